import { useEffect, useRef } from 'react';
import { useStrings } from '../i18n';
import type { EmbedCode } from '../../embed/embed-code';
import { CopyButton } from '../share-button/ShareButton';

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
      <label htmlFor="embed-iframe">{t.embedIframe}</label>
      <textarea
        id="embed-iframe"
        readOnly
        rows={4}
        value={code.iframe}
        onFocus={(e) => e.currentTarget.select()}
      />
      <CopyButton text={() => code.iframe} label={t.copyCode} />
      <label htmlFor="embed-script">{t.embedScript}</label>
      <textarea
        id="embed-script"
        readOnly
        rows={4}
        value={code.script}
        onFocus={(e) => e.currentTarget.select()}
      />
      <CopyButton text={() => code.script} label={t.copyCode} />
      <p className="dialog__note">{t.embedNote}</p>
      <button type="button" className="text-button" onClick={() => dialog.current?.close()}>
        {t.closePanel}
      </button>
    </dialog>
  );
}
