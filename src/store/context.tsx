import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import type { EpochMs } from '../domain/time';
import type { QantarState, QantarStore } from './store';

const StoreContext = createContext<QantarStore | null>(null);
const FollowingTimeContext = createContext<EpochMs | null>(null);

/** Provides one app or embed instance's store to the components below it. */
export function StoreProvider({ store, children }: { store: QantarStore; children: ReactNode }) {
  return (
    <StoreContext.Provider value={store}>
      <FollowingTimeProvider store={store}>{children}</FollowingTimeProvider>
    </StoreContext.Provider>
  );
}

/** Returns the store of the surrounding StoreProvider (for subscriptions outside render). */
export function useQantarStoreApi(): QantarStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useQantarStoreApi must be used inside <StoreProvider>');
  return store;
}

/** Reads a slice of state through a selector; the component re-renders when it changes. */
export function useQantar<T>(selector: (s: QantarState) => T): T {
  return useStore(useQantarStoreApi(), selector);
}

/**
 * The slider time for the views that follow the slider (panels, situation line, text view): it
 * changes in a React transition, so the slider thumb and readout, which read the store directly,
 * render at once inside the input event and these views render afterwards, interruptibly,
 * without blocking the next input (issue 15). zustand's own subscription
 * (useSyncExternalStore) always renders synchronously, so this one keeps its own state; one
 * subscription for all of them, so a tick schedules one transition, not one per view.
 */
function FollowingTimeProvider({ store, children }: { store: QantarStore; children: ReactNode }) {
  const [time, setTime] = useState(() => store.getState().time);
  useEffect(() => {
    const follow = () => {
      const now = store.getState().time;
      startTransition(() => setTime(now));
    };
    // A change between the first render and this effect is not missed.
    if (store.getState().time !== time) follow();
    return store.subscribe((s, prev) => {
      if (s.time !== prev.time) follow();
    });
    // Subscribes once per store; `time` is only read to catch up at subscription.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  return <FollowingTimeContext.Provider value={time}>{children}</FollowingTimeContext.Provider>;
}

/** Returns the slider time as the views that follow the slider see it (see above). */
export function useFollowingTime(): EpochMs {
  const time = useContext(FollowingTimeContext);
  if (time === null) throw new Error('useFollowingTime must be used inside <StoreProvider>');
  return time;
}
