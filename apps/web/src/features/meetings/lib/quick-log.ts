/** An organization a chip offers: id and name. */
export interface ChipOrganization {
  id: string;
  name: string;
}

/**
 * The region's organizations with those at the last meeting first (in the order they were listed there),
 * then the rest in the order given (kana order): the same people tend to meet again.
 */
export function orderForChips<T extends ChipOrganization>(
  all: readonly T[],
  lastMeeting: readonly string[],
): T[] {
  const rank = new Map(lastMeeting.map((id, i) => [id, i]));
  const first = all
    .filter((o) => rank.has(o.id))
    .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return [...first, ...all.filter((o) => !rank.has(o.id))];
}

/** Action items typed one per line: blank lines and list marks (・, -, *, 1.) dropped, each line one task. */
export function actionItemLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[・•\-*]|\d+[.)．）])\s*/u, "").trim())
    .filter((line) => line !== "");
}
