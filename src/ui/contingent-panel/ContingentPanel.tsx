import { claimantIn } from '../../domain/editorial';
import { formatClaimValue, formatTimeWithPrecision } from '../../domain/format';
import { ALMATY_OFFSET_MINUTES, RANGE_END, type EpochMs } from '../../domain/time';
import { troopPhaseAt } from '../../domain/troops';
import { useQantar, useQantarStoreApi, useFollowingTime } from '../../store/context';
import { useStrings } from '../i18n';
import { PanelHead } from '../panel-head/PanelHead';
import { SourceList } from '../source-list/SourceList';

/** A CSTO contingent: where it is at the slider time, its units, troop numbers as claimed,
 * the sites it guarded (contested ones marked), its route and dates, and sources. */
export function ContingentPanel() {
  const store = useQantarStoreApi();
  const t = useStrings();
  const time = useFollowingTime();
  const lang = useQantar((s) => s.lang);
  const dataset = useQantar((s) => s.dataset);
  const placesById = useQantar((s) => s.placesById);
  const troop = useQantar((s) =>
    s.story.troops.find((x) => x.contingent.id === s.selectedContingent),
  );
  if (!troop) return null;
  const c = troop.contingent;
  const phase = troopPhaseAt(troop.schedule, time);
  // Like the figures panel: the numbers claimed up to the slider time.
  const claims = dataset.claims
    .filter((x) => x.metric === 'troops' && x.contingent === c.id && x.asOf <= time)
    .sort((a, b) => a.asOf - b.asOf);
  // No spoilers: the sites it guarded are listed once it had arrived, dates only once reached,
  // and the note (which looks back on the whole mission) once the withdrawal was over.
  const arrived = c.arrival !== undefined && c.arrival <= time;
  const sites = arrived ? dataset.deploymentSites.filter((x) => x.deployment === c.id) : [];
  const over = time >= RANGE_END || (c.withdrawalEnd !== undefined && c.withdrawalEnd <= time);
  const name = (placeId: string | undefined) =>
    placeId ? (placesById.get(placeId)?.name[lang] ?? placeId) : '?';
  const when = (v: EpochMs | undefined) =>
    v === undefined
      ? '?'
      : v > time
        ? t.notYet
        : formatTimeWithPrecision(v, c.precision, ALMATY_OFFSET_MINUTES, lang);
  return (
    <aside className="panel" aria-labelledby="contingent-title" data-testid="contingent-panel">
      <PanelHead
        id="contingent-title"
        title={c.name[lang]}
        focusKey={c.id}
        onClose={() => store.getState().selectContingent(null)}
      />
      <p className="panel__count" data-testid="contingent-phase" data-phase={phase}>
        {t.troopPhase[phase]} ·{' '}
        <span className={`badge badge--${c.verification}`}>{t.verification[c.verification]}</span>
      </p>
      <p>
        <strong>{t.route}:</strong> {name(c.departureAirfield ?? c.origin)} →{' '}
        {name(c.arrivalAirfield)} ({when(c.departure)} – {when(c.arrival)};{' '}
        {when(c.withdrawalStart)} – {when(c.withdrawalEnd)})
      </p>
      {c.units ? (
        <p>
          <strong>{t.contingentUnits}:</strong> {c.units[lang]}
        </p>
      ) : null}
      <h3>{t.contingentTroops}</h3>
      {claims.length === 0 ? <p>{t.noFigures}</p> : null}
      <ul className="figures__list">
        {claims.map((x) => (
          <li key={x.id} className="figures__claim" data-claim-id={x.id}>
            <strong>{formatClaimValue(x, lang, t.qualifier)}</strong> — {claimantIn(x, lang)},{' '}
            {formatTimeWithPrecision(x.asOf, x.precision, ALMATY_OFFSET_MINUTES, lang)}{' '}
            <span className={`badge badge--${x.verification}`}>
              {t.verification[x.verification]}
            </span>
            <SourceList ids={x.sources} />
          </li>
        ))}
      </ul>
      <h3>{t.contingentSites}</h3>
      <ul className="figures__list">
        {sites.map((x) => (
          <li key={x.site} className="figures__claim" data-site={x.site}>
            <strong>{name(x.site)}</strong>
            {x.contested ? (
              <span className="badge badge--contested"> {t.contested}</span>
            ) : null} — {claimantIn(x, lang)}
            {x.note ? <span className="figures__note"> — {x.note[lang]}</span> : null}
            <SourceList ids={x.sources} />
          </li>
        ))}
      </ul>
      {c.note && over ? <p className="figures__note">{c.note[lang]}</p> : null}
      <SourceList ids={c.sources} />
    </aside>
  );
}
