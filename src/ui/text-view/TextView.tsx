import { useMemo, useState } from 'react';
import { latestEventsUpTo, passesFilters } from '../../domain/time-index';
import { useQantar, useQantarStoreApi, useFollowingTime } from '../../store/context';
import { EventItem } from '../event-item/EventItem';
import { useStrings } from '../i18n';

/** How many events the text view lists before 'show all'. */
export const TEXT_VIEW_PAGE = 200;

/** The text view: every event up to the slider time, newest first — an alternative to the map. */
export function TextView() {
  const store = useQantarStoreApi();
  const index = useQantar((s) => s.index);
  const time = useFollowingTime();
  const lang = useQantar((s) => s.lang);
  const selectedEvent = useQantar((s) => s.selectedEvent);
  const placesById = useQantar((s) => s.placesById);
  const hiddenCategories = useQantar((s) => s.hiddenCategories);
  const hiddenVerifications = useQantar((s) => s.hiddenVerifications);
  // The same filters as the map: the text view is an equal alternative to it.
  // Long lists (large newsroom datasets) show the newest events first and the rest on request.
  const [showAll, setShowAll] = useState(false);
  const { events, more } = useMemo(
    () =>
      latestEventsUpTo(
        index,
        time,
        (e) => passesFilters(e, hiddenCategories, hiddenVerifications),
        showAll ? undefined : TEXT_VIEW_PAGE,
      ),
    [index, time, hiddenCategories, hiddenVerifications, showAll],
  );
  const t = useStrings();
  return (
    <section className="text-view" aria-labelledby="text-view-title" data-testid="text-view">
      <h2 id="text-view-title">{t.textViewHeading}</h2>
      <ol className="panel__list">
        {events.map((e) => {
          const place = placesById.get(e.place);
          return (
            <li key={e.id}>
              <EventItem
                event={e}
                lang={lang}
                selected={e.id === selectedEvent}
                placeName={place?.kind === 'country' ? t.nationwide : place?.name[lang]}
                onSelect={store.getState().selectEvent}
              />
            </li>
          );
        })}
      </ol>
      {more ? (
        <button type="button" className="text-button" onClick={() => setShowAll(true)}>
          {t.showAll}
        </button>
      ) : null}
    </section>
  );
}
