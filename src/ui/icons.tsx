/** Small inline icons (no icon font: every glyph must render offline on every system). */
type IconName = 'previous' | 'next' | 'play' | 'pause' | 'close' | 'info';

const PATHS: Record<IconName, string> = {
  previous: 'M4 3h2v14H4zM17 3v14L7 10z',
  next: 'M14 3h2v14h-2zM3 3l10 7-10 7z',
  play: 'M5 3l12 7-12 7z',
  pause: 'M4 3h4v14H4zM12 3h4v14h-4z',
  close: 'M4.5 3L10 8.5 15.5 3 17 4.5 11.5 10 17 15.5 15.5 17 10 11.5 4.5 17 3 15.5 8.5 10 3 4.5z',
  info: 'M10 1a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 2a7 7 0 1 1 0 14 7 7 0 0 1 0-14zM9 8h2v7H9zm0-3h2v2H9z',
};

export function Icon({ name }: { name: IconName }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
