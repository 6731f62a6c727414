import { TIMELINE_KINDS, type TimelineKind } from "@kyoso/domain/plain";

/** The timeline's kind filter and page, kept in the address so a filtered view can be reloaded or shared. */
export interface TimelineSearch {
  kinds?: TimelineKind[] | undefined;
  page?: number | undefined;
}

export const TIMELINE_PAGE_SIZE = 20;

const isKind = (value: unknown): value is TimelineKind =>
  typeof value === "string" && (TIMELINE_KINDS as readonly string[]).includes(value);

/** A hand-edited address must not reach the API as an invalid input: anything unusable is dropped. */
export function parseTimelineSearch(search: Record<string, unknown>): TimelineSearch {
  const raw = Array.isArray(search.kinds) ? search.kinds : [];
  const kinds = TIMELINE_KINDS.filter((kind) => raw.filter(isKind).includes(kind));
  const page = Number(search.page);
  return {
    kinds: kinds.length > 0 ? kinds : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}
