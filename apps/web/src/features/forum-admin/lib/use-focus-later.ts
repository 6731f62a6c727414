import { useEffect, useState } from "react";

/**
 * Focus an element by id once the next render has put it in place: the session just added, or the same button
 * after its session moved (a node the browser moved may have dropped focus).
 */
export function useFocusLater(): (id: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  // A fresh object each time, so asking for the same id twice still focuses it again.
  return (id: string) => setTarget({ id });
}
