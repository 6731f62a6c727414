/** `?edition=<id>` on the forum pages: another year's forum than the region's current one. */
export interface ForumSearch {
  edition?: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseForumSearch(search: Record<string, unknown>): ForumSearch {
  const edition = search.edition;
  return { edition: typeof edition === "string" && UUID.test(edition) ? edition : undefined };
}
