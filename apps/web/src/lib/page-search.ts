/** A list's page number kept in the address; anything but a whole number above 1 means the first page. */
export interface PageSearch {
  page?: number | undefined;
}

export function parsePageSearch(search: Record<string, unknown>): PageSearch {
  const page = Number(search.page);
  return { page: Number.isInteger(page) && page > 1 ? page : undefined };
}
