/** `?created=1` on the builder: it was just created (or copied), so it says so above the form. */
export interface BuilderSearch {
  created?: true | undefined;
}

export function parseBuilderSearch(search: Record<string, unknown>): BuilderSearch {
  const created = search.created;
  return {
    created: created === true || created === 1 || created === "1" || created === "true" ? true : undefined,
  };
}
