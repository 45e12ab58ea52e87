import type { DatedEvent } from '../../domain/dataset';
import { claimantIn } from '../../domain/editorial';
import { formatEventTime, type Lang } from '../../domain/format';
import { CATEGORY_COLORS } from '../../domain/palette';
import { eventLocation } from '../../domain/location';
import { useQantar } from '../../store/context';
import { useStrings } from '../i18n';
import { useCartographyStrings } from '../i18n-cartography';
import { Corrections } from '../corrections/Corrections';
import { SourceList } from '../source-list/SourceList';

export interface EventItemProps {
  event: DatedEvent;
  lang: Lang;
  selected: boolean;
  placeName?: string | undefined;
  onSelect?: (eventId: string) => void;
}

/** One event: time with its precision, summary, who claims it, verification and sources. */
export function EventItem({ event, lang, selected, placeName, onSelect }: EventItemProps) {
  const t = useStrings();
  const tc = useCartographyStrings();
  const placesById = useQantar((s) => s.placesById);
  const location = eventLocation(event, placesById);
  const time = formatEventTime(event, lang);
  return (
    <article
      className={`event${selected ? ' event--selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
      data-event-id={event.id}
    >
      <header className="event__meta">
        <span
          className="event__swatch"
          style={{ background: CATEGORY_COLORS[event.category] }}
          aria-hidden="true"
        />
        <time className="event__time" dateTime={new Date(event.start).toISOString()}>
          {time}
        </time>
        {placeName ? <span className="event__place">{placeName}</span> : null}
        <span className="event__category">{t.category[event.category]}</span>
        <span className="event__location" data-location={location}>
          {tc.locationLabel}: {tc.location[location]}
        </span>
      </header>
      {onSelect ? (
        <button
          type="button"
          className="event__summary event__summary--button"
          onClick={() => onSelect(event.id)}
          aria-pressed={selected}
        >
          {event.summary[lang]}
          <span className="visually-hidden"> — {t.showOnMap}</span>
        </button>
      ) : (
        <p className="event__summary">{event.summary[lang]}</p>
      )}
      <p className="event__claim">
        <span className={`badge badge--${event.verification}`}>
          {t.verification[event.verification]}
        </span>{' '}
        {t.claimedBy}: {claimantIn(event, lang)} ({t.claimantKind[event.claimantKind]})
      </p>
      <SourceList ids={event.sources} />
      <Corrections record={event.id} />
    </article>
  );
}
