import { useMemo } from 'react';
import { unplacedIndex, unplacedUpTo } from '../../domain/unplaced';
import { useFollowingTime, useQantar, useQantarStoreApi } from '../../store/context';
import { EventItem } from '../event-item/EventItem';
import { useCartographyStrings } from '../i18n-cartography';

/** How many unplaced events the open tray lists (newest first); the count covers them all. */
const LISTED = 30;

/**
 * The "nationwide and region-wide" tray on the map (issue 11): events that no source places
 * at a city have no point on the map; here they are counted and listed up to the slider time,
 * with the same filters and selection as the markers.
 */
export function NationwideTray() {
  const store = useQantarStoreApi();
  const t = useCartographyStrings();
  const index = useQantar((s) => s.index);
  const placesById = useQantar((s) => s.placesById);
  // The tray follows the slider after the input event, like the panels (issue 15).
  const time = useFollowingTime();
  const lang = useQantar((s) => s.lang);
  const selectedEvent = useQantar((s) => s.selectedEvent);
  const hiddenCategories = useQantar((s) => s.hiddenCategories);
  const hiddenVerifications = useQantar((s) => s.hiddenVerifications);
  const incidentsShown = useQantar((s) => s.layers.has('incidents'));
  const unplaced = useMemo(() => unplacedIndex(index, placesById), [index, placesById]);
  const all = useMemo(
    () => unplacedUpTo(unplaced, time, hiddenCategories, hiddenVerifications),
    [unplaced, time, hiddenCategories, hiddenVerifications],
  );
  if (!incidentsShown) return null;
  const count = all.events.length;
  return (
    <details
      className="nationwide-tray"
      data-testid="nationwide-tray"
      data-count={count}
      data-map-chrome
    >
      {/* A short chip on the map; the full name is read out and shown as the list's heading. */}
      <summary aria-label={`${t.nationwideTray}: ${count}`} title={t.nationwideTray}>
        {t.nationwideShort} <span className="nationwide-tray__count">{count}</span>
      </summary>
      <h2 className="nationwide-tray__heading">{t.nationwideTray}</h2>
      <p className="nationwide-tray__note">{t.nationwideCount(count)}</p>
      {count === 0 ? <p>{t.nationwideEmpty}</p> : null}
      <ol className="panel__list">
        {all.events.slice(0, LISTED).map((e) => (
          <li key={e.id}>
            <EventItem
              event={e}
              lang={lang}
              selected={e.id === selectedEvent}
              placeName={placesById.get(e.place)?.name[lang]}
              onSelect={store.getState().selectEvent}
            />
          </li>
        ))}
      </ol>
    </details>
  );
}
