import { useEffect, useRef, useState } from 'react';
import { formatSliderTime } from '../../domain/format';
import { eventsInWindow, passesFilters } from '../../domain/time-index';
import { useQantar, useQantarStoreApi } from '../../store/context';
import { selectVisibleCount } from '../../store/selectors';
import { useStrings } from '../i18n';

/** Quiet time after the last slider change before announcing; longer while playing. */
const SETTLE_MS = 700;
const PLAYING_MS = 4000;

/**
 * Tells screen-reader users (politely) the slider time and the events that became visible
 * since the last announcement; throttled so that playing or dragging does not flood them.
 */
export function Announcer() {
  const store = useQantarStoreApi();
  const t = useStrings();
  const playing = useQantar((s) => s.playing);
  const [message, setMessage] = useState('');
  const announced = useRef(store.getState().time);

  const announce = useRef(() => {});
  useEffect(() => {
    announce.current = () => {
      const s = store.getState();
      const from = announced.current;
      announced.current = s.time;
      if (from === s.time) return;
      const fresh =
        s.time > from
          ? eventsInWindow(s.index, from, s.time).filter((e) =>
              passesFilters(e, s.hiddenCategories, s.hiddenVerifications),
            )
          : [];
      const parts = [t.announceTime(formatSliderTime(s.time, s.lang), selectVisibleCount(s))];
      const latest = fresh[fresh.length - 1];
      if (latest) parts.push(t.announceNew(fresh.length, latest.summary[s.lang]));
      setMessage(parts.join(' '));
    };
  }, [store, t]);

  // While playing: one announcement every few seconds, however fast the slider moves.
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => announce.current(), PLAYING_MS);
    return () => clearInterval(timer);
  }, [playing]);

  // Otherwise: once the slider has settled. A store subscription, not a render per tick, so the
  // slider's input event does not re-render this component (issue 15).
  useEffect(() => {
    if (playing) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => announce.current(), SETTLE_MS);
    };
    settle();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.time !== prev.time) settle();
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [playing, store]);

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
