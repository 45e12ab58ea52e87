import { useEffect } from 'react';

/**
 * Closes a <details> menu on a click or tap outside it and on Escape; Escape also returns the
 * focus to its <summary>, the button that opened it.
 */
export function useDismissableDetails(details: HTMLDetailsElement | null): void {
  useEffect(() => {
    if (!details) return;
    const summary = () => details.querySelector(':scope > summary') as HTMLElement | null;
    const onPointerDown = (e: PointerEvent) => {
      if (details.open && !details.contains(e.target as Node)) details.open = false;
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !details.open) return;
      // The innermost open menu closes first.
      e.stopPropagation();
      details.open = false;
      summary()?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    details.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      details.removeEventListener('keydown', onKeyDown);
    };
  }, [details]);
}
