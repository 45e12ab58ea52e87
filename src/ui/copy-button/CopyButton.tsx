import { useState } from 'react';
import { useStrings } from '../i18n';

/** Copies text (a link, an embed code) to the clipboard; says so in a polite live region (or shows the text to copy). */
export function CopyButton({
  text,
  label,
  className = 'text-button',
}: {
  text: () => string;
  label: string;
  className?: string;
}) {
  const t = useStrings();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <span className="copy">
      <button type="button" className={className} onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy__status" role="status">
        {status === 'copied' ? t.copied : status === 'failed' ? t.copyFailed : ''}
      </span>
      {status === 'failed' ? (
        <input
          className="copy__fallback"
          readOnly
          value={text()}
          aria-label={label}
          onFocus={(e) => e.currentTarget.select()}
        />
      ) : null}
    </span>
  );
}
