import type { Dataset } from '../domain/dataset';
import { panelPlaceIds } from '../domain/story';
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
  if (url.place !== undefined && panelPlaceIds(dataset).has(url.place))
    init.selectedPlace = url.place;
  if (url.event && dataset.events.some((e) => e.id === url.event)) init.selectedEvent = url.event;
  return init;
}
