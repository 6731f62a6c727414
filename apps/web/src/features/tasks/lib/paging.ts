export interface TaskPaging {
  /** One-based numbers of the first and last rows shown; 0 and 0 when there are none. */
  first: number;
  last: number;
  /** Null when the total is a lower bound: the last page is then unknown. */
  pages: number | null;
  hasPrevious: boolean;
  hasNext: boolean;
}

/**
 * Where a page of the task table stands. The server counts matches only up to a cap; past it the total is a
 * lower bound, so there is a next page whenever this one is full (at worst it comes back empty).
 */
export function taskPaging(page: {
  page: number;
  pageSize: number;
  rowCount: number;
  total: number;
  totalIsLowerBound: boolean;
}): TaskPaging {
  const skipped = (page.page - 1) * page.pageSize;
  const pages = page.totalIsLowerBound ? null : Math.max(Math.ceil(page.total / page.pageSize), 1);
  return {
    first: page.rowCount === 0 ? 0 : skipped + 1,
    last: page.rowCount === 0 ? 0 : skipped + page.rowCount,
    pages,
    hasPrevious: page.page > 1,
    hasNext: pages === null ? page.rowCount === page.pageSize : page.page < pages,
  };
}
