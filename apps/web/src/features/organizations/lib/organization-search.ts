import { ORGANIZATION_TYPES, type OrganizationType } from "@kyoso/domain/plain";

export const ORGANIZATION_SORTS = ["name", "type", "prefecture", "updated"] as const;
export type OrganizationSort = (typeof ORGANIZATION_SORTS)[number];

/** The organizations tab's search, filters, sort and page, kept in the address. */
export interface OrganizationSearch {
  q?: string | undefined;
  type?: OrganizationType | undefined;
  pref?: string | undefined;
  sort?: OrganizationSort | undefined;
  dir?: "asc" | "desc" | undefined;
  page?: number | undefined;
}

export const ORGANIZATION_PAGE_SIZE = 20;

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.find((v) => v === value);

/** A hand-edited address must not reach the API as an invalid input: anything unusable is dropped. */
export function parseOrganizationSearch(search: Record<string, unknown>): OrganizationSearch {
  const page = Number(search.page);
  const q = typeof search.q === "string" ? search.q.trim().slice(0, 100) : "";
  const pref = typeof search.pref === "string" && /^\d{2}$/.test(search.pref) ? search.pref : undefined;
  return {
    q: q || undefined,
    type: oneOf(ORGANIZATION_TYPES, search.type),
    pref,
    sort: oneOf(ORGANIZATION_SORTS, search.sort),
    dir: oneOf(["asc", "desc"] as const, search.dir),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}
