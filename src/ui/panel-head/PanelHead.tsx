import { useEffect, useRef } from 'react';
import { useStrings } from '../i18n';
import { Icon } from '../icons';

/**
 * A side panel's heading with its close button. The heading takes the focus whenever the panel
 * opens on something new (`focusKey`), so keyboard and screen-reader users land in it.
 */
export function PanelHead({
  id,
  title,
  focusKey,
  onClose,
}: {
  id: string;
  title: string;
  focusKey: string;
  onClose: () => void;
}) {
  const t = useStrings();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [focusKey]);
  return (
    <div className="panel__head">
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <button
        type="button"
        className="icon-button"
        onClick={onClose}
        aria-label={t.closePanel}
        title={t.closePanel}
      >
        <Icon name="close" />
      </button>
    </div>
  );
}
