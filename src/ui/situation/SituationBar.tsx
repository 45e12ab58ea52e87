import { useEffect, useMemo, useRef, useState } from 'react';
import { latestClaimsByClaimant } from '../../domain/claims';
import type { Claim } from '../../domain/dataset';
import { formatClaimValue, formatTimeWithPrecision } from '../../domain/format';
import { ALMATY_OFFSET_MINUTES } from '../../domain/time';
import { statusAt, statusSubjects } from '../../domain/status';
import { troopPhaseAt } from '../../domain/troops';
import { useQantar, useFollowingTime } from '../../store/context';
import { useStrings } from '../i18n';
import { Icon } from '../icons';

/** Returns a claimed figure as text: "about 2,500", "3,700–3,811". */
const AIRPORT = 'almaty_airport';

/** Keeps the newest claim per kind of claimant (claims come newest first). */
function latestByKind(claims: readonly Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => !seen.has(c.claimantKind) && seen.add(c.claimantKind));
}

/**
 * The situation at the slider time in one line each: internet, state of emergency, foreign
 * troops (as each side claims them, never one merged total) and Almaty airport.
 */
export function SituationBar({
  onShowFigures,
  figuresShown,
}: {
  onShowFigures: () => void;
  figuresShown: boolean;
}) {
  const t = useStrings();
  const time = useFollowingTime();
  const lang = useQantar((s) => s.lang);
  const layers = useQantar((s) => s.layers);
  const dataset = useQantar((s) => s.dataset);
  const story = useQantar((s) => s.story);
  const sourcesById = useQantar((s) => s.sourcesById);
  const regions = useMemo(() => statusSubjects(dataset.status, 'emergency'), [dataset]);
  const [regionsOpen, setRegionsOpen] = useState(false);
  // One line of fixed height (issue 10): items after the first that do not fit whole are left
  // out of the line rather than cut mid-word (data-cut), only a first item too long for the
  // line fades out, and "More" shows the whole situation above the line, so nothing jumps
  // while playing.
  const [expanded, setExpanded] = useState(false);
  const [overflowing, setOverflowing] = useState(false);
  const [clipped, setClipped] = useState(false);
  const items = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = items.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const end = el.getBoundingClientRect().right + 1;
      let cut = false;
      let firstClipped = false;
      [...el.children].forEach((c, i) => {
        const out = c.getBoundingClientRect().right > end;
        if (i === 0) firstClipped = out || c.scrollWidth > c.clientWidth + 1;
        c.toggleAttribute('data-cut', out && i > 0);
        cut ||= out;
      });
      setClipped(firstClipped);
      setOverflowing(cut || el.scrollWidth > el.clientWidth + 1);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const c of el.children) observer.observe(c);
    const mutations = new MutationObserver(measure);
    mutations.observe(el, { subtree: true, childList: true, characterData: true });
    measure();
    return () => {
      observer.disconnect();
      mutations.disconnect();
    };
  }, []);
  // A region's name: its region place, else the city that forms it (Almaty, Nur-Sultan).
  const regionName = (code: string) => {
    const place =
      dataset.places.find((p) => p.kind === 'region' && p.region === code) ??
      dataset.places.find((p) => p.kind === 'city' && p.region === code);
    return place?.name[lang] ?? code;
  };

  const internet = statusAt(dataset.status, 'internet', 'KZ', time);
  const emergencyCount = regions.filter((code) =>
    statusAt(dataset.status, 'emergency', code, time),
  ).length;
  const troopsPresent = story.troops.some((x) => {
    const phase = troopPhaseAt(x.schedule, time);
    return phase === 'arriving' || phase === 'deployed' || phase === 'withdrawing';
  });
  // One line per kind of claimant (CSTO, Kazakh authorities, …): the latest figure each side
  // gave for the whole force. Single unsourced reports stay in the figures panel.
  const troopClaims = latestByKind(
    latestClaimsByClaimant(
      dataset.claims,
      'troops',
      time,
      (c) => c.contingent === 'csto_total' && c.verification !== 'unverified',
    ),
  );
  const airport = statusAt(dataset.status, 'site_control', AIRPORT, time);
  const publishers = (ids: readonly string[]) => {
    const names = [...new Set(ids.map((id) => sourcesById.get(id)?.publisher ?? id))];
    return names.length > 3 ? `${names.slice(0, 3).join(', ')} …` : names.join(', ');
  };

  return (
    <section
      className={`situation${expanded ? ' situation--expanded' : ''}${overflowing ? ' situation--overflowing' : ''}${clipped ? ' situation--clipped' : ''}`}
      aria-label={t.situation}
      data-testid="situation"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && expanded) {
          setExpanded(false);
          (e.currentTarget.querySelector('.situation__toggle') as HTMLElement | null)?.focus();
        }
      }}
    >
      <div className="situation__items" id="situation-items" ref={items}>
        {layers.has('internet') ? (
          <div
            className="situation__item"
            data-testid="internet-status"
            data-status={internet?.interval.status ?? 'normal'}
          >
            <span
              className={`situation__dot situation__dot--${internet?.interval.status ?? 'normal'}`}
              aria-hidden="true"
            />
            <strong>{t.internetHeading}:</strong>{' '}
            {internet ? t.internetStatus[internet.interval.status] : t.internetUnknown}
            <span className="situation__source">
              {' '}
              ({internet ? publishers(internet.interval.sources) : t.internetUnknownNote})
            </span>
            {internet?.interval.note ? (
              <details className="situation__more">
                <summary aria-label={t.internetNote}>
                  <Icon name="info" />
                </summary>
                <p>{internet.interval.note[lang]}</p>
              </details>
            ) : null}
          </div>
        ) : null}
        {layers.has('emergency') ? (
          <div
            className="situation__item"
            data-testid="emergency-status"
            data-count={emergencyCount}
          >
            {/* The keyboard and screen-reader way to the regions' status (the map shows it on hover). */}
            <details
              className="situation__more situation__regions"
              onToggle={(e) => setRegionsOpen(e.currentTarget.open)}
            >
              <summary>
                <strong>{t.emergencyHeading}:</strong> {t.emergencyCount(emergencyCount, 17)}
              </summary>
              {/* Built only while open: the slider does not pay for a list nobody reads. */}
              {regionsOpen ? (
                <ul data-testid="emergency-regions">
                  {regions.map((code) => {
                    const at = statusAt(dataset.status, 'emergency', code, time);
                    const curfew = statusAt(dataset.status, 'curfew', code, time);
                    const name = regionName(code);
                    return (
                      <li key={code} data-region={code} data-in-force={at ? 'yes' : 'no'}>
                        {at
                          ? `${t.regionEmergency(name, formatTimeWithPrecision(at.interval.from, at.interval.precision, ALMATY_OFFSET_MINUTES, lang))}${curfew ? `; ${t.regionCurfew}` : ''} (${publishers(at.interval.sources)})`
                          : t.regionNoEmergency(name)}
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </details>
          </div>
        ) : null}
        {layers.has('troops') ? (
          <div className="situation__item" data-testid="troop-status">
            <strong>{t.troopsHeading}:</strong>{' '}
            {!troopsPresent
              ? t.troopsNone
              : troopClaims.length === 0
                ? t.troopsNoFigure
                : troopClaims
                    .map((c) =>
                      t.troopsClaim(
                        formatClaimValue(c, lang, t.qualifier),
                        t.claimantKind[c.claimantKind],
                        formatTimeWithPrecision(c.asOf, c.precision, ALMATY_OFFSET_MINUTES, lang),
                      ),
                    )
                    .join('; ')}
          </div>
        ) : null}
        {layers.has('sites') && airport ? (
          <div
            className="situation__item"
            data-testid="airport-status"
            data-status={airport.interval.status}
          >
            <strong>{t.airportHeading}:</strong> {t.siteStatus[airport.interval.status]}
            {airport.uncertain ? t.uncertainSuffix : ''}
          </div>
        ) : null}
      </div>
      {overflowing || expanded ? (
        <button
          type="button"
          className="text-button situation__toggle"
          aria-expanded={expanded}
          aria-controls="situation-items"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t.situationLess : t.situationMore}
        </button>
      ) : null}
      <button
        type="button"
        className="text-button situation__figures"
        aria-pressed={figuresShown}
        onClick={onShowFigures}
      >
        {t.figures}
      </button>
    </section>
  );
}
