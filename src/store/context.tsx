import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { QantarState, QantarStore } from './store';

const StoreContext = createContext<QantarStore | null>(null);

/** Provides one app or embed instance's store to the components below it. */
export function StoreProvider({ store, children }: { store: QantarStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
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
