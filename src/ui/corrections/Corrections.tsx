import { almatyTime } from '../../domain/time';
import { useQantar, useFollowingTime } from '../../store/context';
import { useStrings } from '../i18n';

/** The correction log of one record (event, claim or status), as far as it had happened by
 * the slider time: what changed and when. */
export function Corrections({ record }: { record: string }) {
  const t = useStrings();
  const lang = useQantar((s) => s.lang);
  const time = useFollowingTime();
  const corrections = useQantar((s) => s.correctionsByRecord.get(record));
  const known = (corrections ?? []).filter((c) => almatyTime(c.date) <= time);
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
