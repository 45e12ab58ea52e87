import { useQantar, useFollowingTime } from '../../store/context';
import { useStrings } from '../i18n';
import { visibleCorrections } from './visible';

/** The correction log of one record (event, claim or status): what changed and when. The
 * newsroom's own corrections are always shown; corrections that are part of the story (a toll
 * withdrawn) only once they had been made by the slider time (see visible.ts). */
export function Corrections({ record }: { record: string }) {
  const t = useStrings();
  const lang = useQantar((s) => s.lang);
  const time = useFollowingTime();
  const corrections = useQantar((s) => s.correctionsByRecord.get(record));
  const known = visibleCorrections(corrections ?? [], time);
  if (known.length === 0) return null;
  return (
    <ul className="corrections" data-testid="corrections">
      {known.map((c, i) => (
        <li key={i}>
          <strong>{t.correctedOn(c.date)}:</strong> {c.what[lang]}
        </li>
      ))}
    </ul>
  );
}
