import { useEffect, useRef } from 'react';
import { useStrings } from '../i18n';
import type { EmbedCode } from '../../embed/embed-code';
import { CopyButton } from '../copy-button/CopyButton';

/** The embed dialog: code for the current view, with copy buttons. A native modal <dialog>. */
export default function EmbedDialog({ code, onClose }: { code: EmbedCode; onClose: () => void }) {
  const t = useStrings();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="embed-title"
      onClose={onClose}
      data-testid="embed-dialog"
    >
      <h2 id="embed-title">{t.embedTitle}</h2>
      <p>{t.embedIntro}</p>
      {(
        [
          ['embed-iframe', t.embedIframe, code.iframe],
          ['embed-script', t.embedScript, code.script],
        ] as const
      ).map(([id, label, text]) => (
        <div key={id}>
          <label htmlFor={id}>{label}</label>
          <textarea
            id={id}
            readOnly
            rows={4}
            value={text}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton text={() => text} label={t.copyCode} />
        </div>
      ))}
      <p className="dialog__note">{t.embedNote}</p>
      <button type="button" className="text-button" onClick={() => dialog.current?.close()}>
        {t.closePanel}
      </button>
    </dialog>
  );
}
