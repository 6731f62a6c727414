import { type ShortDateContext, todayInTokyo } from "@kyoso/domain";

/**
 * How short dates read in a region: against Japan's today (whatever the browser's time zone), with its
 * current forum's year and date to warn about a reading outside the forum's preparation.
 */
export function shortDateContext(
  edition: { year: number; heldOn: string | null } | null | undefined,
  today: string = todayInTokyo(new Date()),
): ShortDateContext {
  return edition ? { today, forumYear: edition.year, heldOn: edition.heldOn } : { today };
}

/** Today written in full (2026年11月25日), which reads the same whatever the forum context. */
export function todayText(today: string = todayInTokyo(new Date())): string {
  const [y, m, d] = today.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
