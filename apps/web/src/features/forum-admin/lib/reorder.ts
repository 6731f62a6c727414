/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at either end. */
export function moved<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  const next = [...items];
  const item = next[index];
  const other = next[target];
  if (item === undefined || other === undefined) return next;
  next[index] = other;
  next[target] = item;
  return next;
}

/**
 * After a move, the button to keep focus on: the one pressed, unless the item reached the end it moved towards
 * (that button is now disabled), then its partner.
 */
export function focusAfterMove(delta: -1 | 1, position: number, total: number): "up" | "down" {
  if (delta === -1) return position === 1 ? "down" : "up";
  return position === total ? "up" : "down";
}
