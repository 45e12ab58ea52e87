import { useQantar } from '../../store/context';
import { useStrings } from '../i18n';

/** "Sources: Publisher, date (via reprint); …" with links where the item can be read. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const t = useStrings();
  const sourcesById = useQantar((s) => s.sourcesById);
  return (
    <p className="sources">
      {t.sources}:{' '}
      {ids.map((id, i) => {
        const s = sourcesById.get(id);
        const text = s ? `${s.publisher}, ${s.date}` : id;
        return (
          <span key={id}>
            {i > 0 ? '; ' : ''}
            {s?.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
                {text}
              </a>
            ) : (
              <span title={s?.title}>{text}</span>
            )}
            {s?.kind ? (
              <span className={`source__kind source__kind--${s.kind}`}>
                {' '}
                ({t.sourceKind[s.kind]})
              </span>
            ) : null}
            {s?.via ? ` (${t.via} ${s.via})` : ''}
          </span>
        );
      })}
    </p>
  );
}
