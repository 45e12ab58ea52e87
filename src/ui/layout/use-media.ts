import { useSyncExternalStore } from 'react';

/** Below this width the side column becomes a bottom sheet and the header tools one menu. */
export const PHONE_QUERY = '(max-width: 720px)';

/** Returns whether a media query matches, following changes (false where matchMedia is missing). */
export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}
