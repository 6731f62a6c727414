import type { VisibilityState } from "@tanstack/react-table";
import { useCallback, useState } from "react";

const STORAGE_KEY = "kyoso.tasks.columns";

function stored(): VisibilityState {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}");
    if (typeof value !== "object" || value === null) return {};
    return Object.fromEntries(Object.entries(value).filter(([, shown]) => typeof shown === "boolean"));
  } catch {
    // Storage blocked or a hand-edited value: fall back to every column.
    return {};
  }
}

/** Which task columns are shown, remembered in this browser across visits. */
export function useColumnVisibility() {
  const [visibility, setVisibility] = useState<VisibilityState>(stored);
  const setShown = useCallback((column: string, shown: boolean) => {
    setVisibility((previous) => {
      const next = { ...previous, [column]: shown };
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Not remembered, but still applied for this visit.
      }
      return next;
    });
  }, []);
  return { visibility, setShown };
}
