import { parseIsoDate, TASK_SORTS, TASK_STATUSES, type TaskStatus } from "@kyoso/domain/plain";

/** The task table's filters, sort and page, kept in the address so a view can be reloaded or shared. */
export interface TaskSearch {
  status?: TaskStatus[] | undefined;
  region?: string | undefined;
  assignee?: string | undefined;
  mine?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  sort?: (typeof TASK_SORTS)[number] | undefined;
  dir?: "asc" | "desc" | undefined;
  page?: number | undefined;
  size?: number | undefined;
}

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (value: unknown, valid: (v: string) => boolean) =>
  typeof value === "string" && valid(value) ? value : undefined;

function statuses(value: unknown): TaskStatus[] | undefined {
  const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
  const valid = TASK_STATUSES.filter((s) => list.includes(s));
  return valid.length > 0 ? valid : undefined;
}

/** A hand-edited address must not reach the API as an invalid input: anything unusable is dropped. */
export function parseTaskSearch(search: Record<string, unknown>): TaskSearch {
  const page = Number(search.page);
  const size = Number(search.size);
  const from = text(search.from, (v) => parseIsoDate(v) !== undefined);
  const to = text(search.to, (v) => parseIsoDate(v) !== undefined);
  return {
    status: statuses(search.status),
    region: text(search.region, (v) => UUID.test(v)),
    assignee: text(search.assignee, (v) => UUID.test(v)),
    mine: search.mine === true || search.mine === "true" ? true : undefined,
    from,
    // A reversed range would be refused by the API; the end is dropped instead.
    to: from && to && to < from ? undefined : to,
    q: text(search.q, (v) => v.trim().length > 0 && v.length <= 100),
    sort: text(search.sort, (v) => (TASK_SORTS as readonly string[]).includes(v)) as TaskSearch["sort"],
    dir: search.dir === "desc" ? "desc" : search.dir === "asc" ? "asc" : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : undefined,
  };
}

/**
 * How many of the filters folded away on a phone narrow the list: status (however many boxes are ticked),
 * region, assignee and each end of the due-date range. The keyword is left out: it stays on screen.
 */
export function foldedFilterCount(search: TaskSearch): number {
  const { status, region, assignee, mine, from, to } = search;
  return [status?.length, region, mine ? undefined : assignee, from, to].filter(Boolean).length;
}

/** Whether any filter at all narrows the list, the keyword included: then there is something to clear. */
export function anyFilter(search: TaskSearch): boolean {
  return foldedFilterCount(search) > 0 || search.q !== undefined;
}
