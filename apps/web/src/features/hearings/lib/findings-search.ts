/** The national findings page's theme filter and page, kept in the address so a view can be shared. */
export interface FindingsSearch {
  theme?: string | undefined;
  page?: number | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseFindingsSearch(search: Record<string, unknown>): FindingsSearch {
  const page = Number(search.page);
  return {
    theme: typeof search.theme === "string" && UUID.test(search.theme) ? search.theme : undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}
