import type { Dataset } from '../domain/dataset';
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
  // Places with a panel: cities, and sites with a control timeline (the airport).
  const hasPanel = (id: string) =>
    dataset.places.some((p) => p.id === id && p.kind === 'city') ||
    dataset.status.some((s) => s.layer === 'site_control' && s.subject === id);
  const place = url.place !== undefined && hasPanel(url.place) ? { id: url.place } : undefined;
  if (place) init.selectedPlace = place.id;
  if (url.event && dataset.events.some((e) => e.id === url.event)) init.selectedEvent = url.event;
  return init;
}
