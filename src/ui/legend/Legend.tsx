import { useState } from 'react';
import { CATEGORIES, VERIFICATIONS, type Verification } from '../../domain/dataset';
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

/** Legend of categories, verification styles and the recent/earlier emphasis. */
export function Legend() {
  const t = useStrings();
  // Open on wide screens; on a phone it starts folded so the map stays visible.
  const [open] = useState(
    () =>
      typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 721px)').matches,
  );
  return (
    <details className="legend" open={open}>
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
    </details>
  );
}
