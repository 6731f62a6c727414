import { useSyncExternalStore } from "react";

/**
 * Whether the last session ended on its own (the server answered UNAUTHORIZED while the app was signed in).
 * It is set from the query cache, outside React, so it lives in a tiny external store the sign-in page reads.
 */
let expired = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (expired === value) return;
  expired = value;
  for (const listener of listeners) listener();
}

export const sessionExpiry = {
  mark: () => set(true),
  clear: () => set(false),
};

export function useSessionExpired(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => expired,
  );
}
