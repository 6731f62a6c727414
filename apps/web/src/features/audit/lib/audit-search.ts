import { AUDIT_RECORD_TYPES, type AuditRecordType, parseIsoDate } from "@kyoso/domain/plain";

/** The audit log's filters and page, kept in the address so a filtered view can be reloaded or shared. */
export interface AuditSearch {
  actor?: string | undefined;
  region?: string | undefined;
  type?: AuditRecordType | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page?: number | undefined;
}

export const AUDIT_PAGE_SIZE = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (value: unknown, valid: (v: string) => boolean) =>
  typeof value === "string" && valid(value) ? value : undefined;

/** A hand-edited address must not reach the API as an invalid input: anything unusable is dropped. */
export function parseAuditSearch(search: Record<string, unknown>): AuditSearch {
  const page = Number(search.page);
  const isDate = (v: string) => parseIsoDate(v) !== undefined;
  return {
    actor: text(search.actor, (v) => UUID.test(v)),
    region: text(search.region, (v) => UUID.test(v)),
    type: text(search.type, (v) => (AUDIT_RECORD_TYPES as readonly string[]).includes(v)) as
      | AuditRecordType
      | undefined,
    from: text(search.from, isDate),
    to: text(search.to, isDate),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}
