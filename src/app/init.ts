import type { Dataset } from '../domain/dataset';
import { panelPlaceIds } from '../domain/story';
import { findStep } from '../domain/story-steps';
import type { UrlState } from '../embed/url-state';
import type { AppInit } from './App';

/** Returns the initial store state from URL state, dropping ids the dataset does not know. */
export function initFromUrl(url: UrlState, dataset: Dataset): AppInit {
  const init: AppInit = {};
  if (url.time !== undefined) init.time = url.time;
  if (url.layers) init.layers = url.layers;
  if (url.view) init.view = url.view;
  if (url.play) init.play = true;
  if (url.controls === false) init.controls = false;
  if (url.mode === 'list' && (dataset.story ?? []).length > 0) init.list = true;
  if (url.place !== undefined && panelPlaceIds(dataset).has(url.place))
    init.selectedPlace = url.place;
  if (url.event && dataset.events.some((e) => e.id === url.event)) init.selectedEvent = url.event;
  // Story mode (issue 12): `step` opens that step; a link naming a moment, a place, an event,
  // a camera or playback opens exactly that view in free exploration, as before; any other
  // link opens on the story's first step with its opening card.
  const steps = dataset.story ?? [];
  const step = url.step === undefined ? null : findStep(steps, url.step);
  const freeView =
    url.time !== undefined ||
    url.place !== undefined ||
    url.event !== undefined ||
    url.view !== undefined ||
    url.play === true;
  if (step !== null) init.storyStep = step;
  else if (!freeView && steps.length > 0) {
    init.storyStep = 0;
    init.storyIntro = true;
  }
  return init;
}
