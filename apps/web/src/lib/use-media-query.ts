import { useSyncExternalStore } from "react";

/** The width at which tables turn into cards (lists.css, tasks.css): a phone held upright. */
export const PHONE_QUERY = "(max-width: 30rem)";

/** Whether a CSS media query matches now, re-rendering when it starts or stops matching (a phone turned). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", changed);
      return () => list.removeEventListener("change", changed);
    },
    () => window.matchMedia(query).matches,
  );
}
