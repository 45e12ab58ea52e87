import { useEffect, useMemo, useRef } from 'react';
import { useQantar, useQantarStoreApi } from '../../store/context';
import { cityEventsUpTo } from '../../domain/time-index';
import { EventItem } from '../event-item/EventItem';
import { useStrings } from '../i18n';
import { Icon } from '../icons';

/** The city panel: the selected city's events up to the slider time, newest first. */
export function PlacePanel() {
  const store = useQantarStoreApi();
  const placeId = useQantar((s) => s.selectedPlace);
  const time = useQantar((s) => s.time);
  const lang = useQantar((s) => s.lang);
  const selectedEvent = useQantar((s) => s.selectedEvent);
  const place = useQantar((s) => (s.selectedPlace ? s.placesById.get(s.selectedPlace) : undefined));
  const sourcesById = useQantar((s) => s.sourcesById);
  const index = useQantar((s) => s.index);
  const places = useQantar((s) => s.dataset.places);
  const events = useMemo(() => (placeId ? cityEventsUpTo(index, places, placeId, time) : []), [index, places, placeId, time]);
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useStrings();

  useEffect(() => {
    if (placeId) heading.current?.focus();
  }, [placeId]);

  if (!place) return null;
  const actions = store.getState();
  return (
    <aside className="panel" aria-labelledby="place-panel-title" data-testid="place-panel">
      <div className="panel__head">
        <h2 id="place-panel-title" ref={heading} tabIndex={-1}>
          {place.name[lang]}
        </h2>
        <button type="button" className="icon-button" onClick={() => actions.selectPlace(null)} aria-label={t.closePanel} title={t.closePanel}>
          <Icon name="close" />
        </button>
      </div>
      <p className="panel__count" data-testid="place-count">
        {t.eventsSoFar(events.length)}
      </p>
      {events.length === 0 ? <p>{t.noEventsYet}</p> : null}
      <ol className="panel__list">
        {events.map((e) => (
          <li key={e.id}>
            <EventItem
              event={e}
              sourcesById={sourcesById}
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
