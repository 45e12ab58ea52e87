import { formatTimeWithPrecision } from '../domain/format';
import { ALMATY_OFFSET_MINUTES } from '../domain/time';
import { statusAt } from '../domain/status';
import type { MarkerTexts } from '../map/adapter';
import type { QantarStore } from '../store/store';
import { STRINGS } from '../ui/i18n';

/** Returns the texts of the map's markers and tooltips, in the store's language and time. */
export function createMarkerTexts(store: QantarStore): MarkerTexts {
  return {
    city: (place, count, lang) => STRINGS[lang].cityEvents(place.name[lang], count),
    site: (place, status, uncertain, lang) => {
      const t = STRINGS[lang];
      const text =
        (status ? (t.siteStatus[status] ?? status) : t.noStatus) +
        (uncertain ? t.uncertainSuffix : '');
      // No label until a status is recorded: the hollow symbol alone marks the site.
      return { label: status ? text : '', ariaLabel: t.siteAria(place.name[lang], text) };
    },
    troop: (contingent, phase, lang) => {
      const t = STRINGS[lang];
      return {
        label: contingent.country,
        ariaLabel: t.troopAria(contingent.name[lang], t.troopPhase[phase]),
      };
    },
    troopGroup: (contingents, open, lang) => {
      const t = STRINGS[lang];
      const n = contingents.length;
      const names = contingents.map((c) => c.name[lang]).join('; ');
      return open
        ? { label: '×', ariaLabel: t.troopGroupClose(n) }
        : { label: t.troopGroupLabel(n), ariaLabel: t.troopGroupShow(n, names) };
    },
    region: (code, name, lang) => {
      const t = STRINGS[lang];
      const s = store.getState();
      const emergency = statusAt(s.dataset.status, 'emergency', code, s.time);
      if (!emergency) return t.regionNoEmergency(name);
      const { interval } = emergency;
      const since = formatTimeWithPrecision(
        interval.from,
        interval.precision,
        ALMATY_OFFSET_MINUTES,
        lang,
      );
      const curfew = statusAt(s.dataset.status, 'curfew', code, s.time)
        ? `; ${t.regionCurfew}`
        : '';
      const sources = interval.sources
        .map((id) => s.sourcesById.get(id)?.publisher ?? id)
        .join(', ');
      return `${t.regionEmergency(name, since)}${curfew}. ${t.sources}: ${sources}`;
    },
  };
}
