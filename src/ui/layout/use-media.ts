import { useSyncExternalStore } from 'react';

/** Below this width the side column becomes a bottom sheet and the header tools one menu. */
export const PHONE_QUERY = '(max-width: 720px)';

/**
 * Below this width the open legend (up to 240 px) would cover a third of the map, on a tablet
 * the west of Kazakhstan where the story begins: there it starts folded.
 */
export const NARROW_MAP_QUERY = '(max-width: 1023px)';

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
