import { parseIsoDate } from "@kyoso/domain/plain";

/** The read log's filters and page, kept in the address (a link from a record opens its reads). */
export interface ReadLogSearch {
  actor?: string | undefined;
  record?: string | undefined;
  type?: "hearing" | "survey" | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page?: number | undefined;
}

export const READ_LOG_PAGE_SIZE = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (value: unknown, valid: (v: string) => boolean) =>
  typeof value === "string" && valid(value) ? value : undefined;

/** A hand-edited address must not reach the API as an invalid input: anything unusable is dropped. */
export function parseReadLogSearch(search: Record<string, unknown>): ReadLogSearch {
  const page = Number(search.page);
  const isDate = (v: string) => parseIsoDate(v) !== undefined;
  const type = search.type === "hearing" || search.type === "survey" ? search.type : undefined;
  return {
    actor: text(search.actor, (v) => UUID.test(v)),
    record: text(search.record, (v) => UUID.test(v)),
    type,
    from: text(search.from, isDate),
    to: text(search.to, isDate),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}
