import { type ShortDateContext, todayInTokyo } from "@kyoso/domain";

/**
 * How short dates read in a region: by its current forum's year and date, or, with no forum yet, as if the
 * forum closed the current fiscal year (年度), so "10.29" still means the autumn just past or coming.
 */
export function shortDateContext(
  edition: { year: number; heldOn: string | null } | null | undefined,
  today: string = todayInTokyo(new Date()),
): ShortDateContext {
  if (edition) return { forumYear: edition.year, heldOn: edition.heldOn };
  const [year = 2026, month = 1] = today.split("-").map(Number);
  return { forumYear: month >= 4 ? year + 1 : year };
}

/** Today written in full (2026年11月25日), which reads the same whatever the forum context. */
export function todayText(today: string = todayInTokyo(new Date())): string {
  const [y, m, d] = today.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
