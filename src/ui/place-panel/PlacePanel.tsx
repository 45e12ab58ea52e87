import { useMemo } from 'react';
import type { DatedEvent } from '../../domain/dataset';
import { useQantar, useQantarStoreApi, useFollowingTime } from '../../store/context';
import { cityEventsUpTo, latestEventsUpTo, passesFilters } from '../../domain/time-index';
import { EventItem } from '../event-item/EventItem';
import { useStrings } from '../i18n';
import { PanelHead } from '../panel-head/PanelHead';
import { SiteTimeline } from '../site-timeline/SiteTimeline';
import { CityZoom } from '../city-zoom/CityZoom';

/** The city panel: the selected city's events up to the slider time, newest first. */
export function PlacePanel() {
  const store = useQantarStoreApi();
  const placeId = useQantar((s) => s.selectedPlace);
  const time = useFollowingTime();
  const lang = useQantar((s) => s.lang);
  const selectedEvent = useQantar((s) => s.selectedEvent);
  const place = useQantar((s) => (s.selectedPlace ? s.placesById.get(s.selectedPlace) : undefined));
  const index = useQantar((s) => s.index);
  const cities = useQantar((s) => s.cities);
  const isCity = place?.kind === 'city';
  // A city lists its own and its sites' events; a site (the airport) lists its own.
  const hiddenCategories = useQantar((s) => s.hiddenCategories);
  const hiddenVerifications = useQantar((s) => s.hiddenVerifications);
  const events = useMemo(() => {
    if (!placeId) return [];
    const visible = (e: DatedEvent) => passesFilters(e, hiddenCategories, hiddenVerifications);
    return isCity
      ? cityEventsUpTo(cities, placeId, time).filter(visible)
      : latestEventsUpTo(index, time, (e) => e.place === placeId && visible(e)).events;
  }, [index, cities, placeId, time, isCity, hiddenCategories, hiddenVerifications]);
  const t = useStrings();

  if (!place) return null;
  const actions = store.getState();
  return (
    <aside className="panel" aria-labelledby="place-panel-title" data-testid="place-panel">
      <PanelHead
        id="place-panel-title"
        title={place.name[lang]}
        focusKey={place.id}
        onClose={() => actions.selectPlace(null)}
      />
      <p className="panel__count" data-testid="place-count">
        {t.eventsSoFar(events.length)}
      </p>
      {isCity ? <CityZoom placeId={place.id} /> : <SiteTimeline siteId={place.id} />}
      {events.length === 0 ? <p>{t.noEventsYet}</p> : null}
      <ol className="panel__list">
        {events.map((e) => (
          <li key={e.id}>
            <EventItem
              event={e}
              lang={lang}
              selected={e.id === selectedEvent}
              onSelect={actions.selectEvent}
            />
          </li>
        ))}
      </ol>
    </aside>
  );
}
