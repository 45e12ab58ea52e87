import { useState } from 'react';
import { CATEGORIES, STATUS_LAYERS, VERIFICATIONS, type Verification } from '../../domain/dataset';
import { CATEGORY_COLORS } from '../../domain/palette';
import { useStrings } from '../i18n';

const SAMPLE = '#6E6E6E';

/** A sample marker drawn the way the map draws each verification status. */
function VerificationSample({ v }: { v: Verification }) {
  const hollow = v === 'official_claim' || v === 'unverified';
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <circle
        cx="9"
        cy="9"
        r="6"
        fill={SAMPLE}
        fillOpacity={hollow ? 0.08 : 0.95}
        stroke={hollow ? SAMPLE : v === 'contested' ? '#1a1a1a' : '#ffffff'}
        strokeWidth={hollow ? 2.2 : v === 'contested' ? 1.8 : 1}
      />
    </svg>
  );
}

/** A sample drawn with the map's own marker classes, so legend and map cannot drift apart. */
function SiteSample({ status, uncertain = false }: { status: string; uncertain?: boolean }) {
  return (
    <span
      className={`legend__marker map-marker--site${uncertain ? ' map-marker--uncertain' : ''}`}
      data-status={status}
      aria-hidden="true"
    >
      <span className="map-marker__dot" />
    </span>
  );
}

/**
 * Legend of everything the map draws: categories, verification styles, recent/earlier, circle
 * size, the airport's status shapes, troop chips and routes, emergency and curfew. `folded`
 * is the default state (folded on phones and beside an open panel, so it covers no place); a
 * reader's own choice wins until the layout changes.
 */
export function Legend({ folded = false }: { folded?: boolean }) {
  const t = useStrings();
  const [choice, setChoice] = useState<{ open: boolean; folded: boolean } | null>(null);
  const open = choice && choice.folded === folded ? choice.open : !folded;
  return (
    <details
      className="legend"
      open={open}
      data-testid="legend"
      data-map-chrome
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now !== open) setChoice({ open: now, folded });
      }}
    >
      <summary>{t.legend}</summary>
      <h2 className="legend__heading">{t.categoriesHeading}</h2>
      <ul>
        {CATEGORIES.map((c) => (
          <li key={c}>
            <span
              className="legend__swatch"
              style={{ background: CATEGORY_COLORS[c] }}
              aria-hidden="true"
            />
            {t.category[c]}
          </li>
        ))}
      </ul>
      <h2 className="legend__heading">{t.verificationHeading}</h2>
      <ul>
        {VERIFICATIONS.map((v) => (
          <li key={v}>
            <VerificationSample v={v} />
            {t.verification[v]} <span className="legend__hint">({t.verificationHint[v]})</span>
          </li>
        ))}
      </ul>
      <h2 className="legend__heading">{t.recentHeading}</h2>
      <ul>
        <li>
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <circle cx="9" cy="9" r="6" fill={SAMPLE} />
          </svg>
          {t.recent}
        </li>
        <li>
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <circle cx="9" cy="9" r="4" fill={SAMPLE} fillOpacity={0.45} />
          </svg>
          {t.older}
        </li>
      </ul>
      <h2 className="legend__heading">{t.legendSizeHeading}</h2>
      <ul>
        {(
          [
            [7, '1'],
            [11, '10'],
            [16, '40+'],
          ] as const
        ).map(([r, n]) => (
          <li key={n}>
            <svg width="34" height="34" viewBox="0 0 34 34" aria-hidden="true">
              <circle cx="17" cy="17" r={r} fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            {t.legendSize(n)}
          </li>
        ))}
      </ul>
      <h2 className="legend__heading">{t.legendSitesHeading}</h2>
      <ul>
        {/* Site statuses in the order the airport went through them. */}
        {STATUS_LAYERS.site_control.map((status) => (
          <li key={status}>
            <SiteSample status={status} />
            {t.siteStatus[status]}
          </li>
        ))}
        <li>
          <SiteSample status="occupied" uncertain />
          {t.legendDisputed}
        </li>
      </ul>
      <h2 className="legend__heading">{t.legendTroopsHeading}</h2>
      <ul>
        <li>
          <span className="legend__marker map-marker--troop" aria-hidden="true">
            <span className="map-marker__label">RU</span>
          </span>
          {t.legendTroopChip}
        </li>
        <li>
          <span
            className="legend__marker map-marker--troop"
            data-phase="withdrawing"
            aria-hidden="true"
          >
            <span className="map-marker__label">RU</span>
          </span>
          {t.legendTroopWithdrawing}
        </li>
        <li>
          <span className="legend__marker map-marker--troop-group" aria-hidden="true">
            <span className="map-marker__label">{t.troopGroupLabel(3)}</span>
          </span>
          {t.legendTroopGroup}
        </li>
        <li>
          <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
            <line x1="2" y1="6" x2="32" y2="6" className="legend__route" />
          </svg>
          {t.legendRoute}
        </li>
      </ul>
      <h2 className="legend__heading">{t.legendRegionsHeading}</h2>
      <ul>
        <li>
          <span className="legend__area legend__area--emergency" aria-hidden="true" />
          {t.legendEmergency}
        </li>
        <li>
          <span className="legend__area legend__area--curfew" aria-hidden="true" />
          {t.legendCurfew}
        </li>
      </ul>
    </details>
  );
}
