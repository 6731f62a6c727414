/**
 * Rows per statement for bulk inserts and `in (…)` lists. PostgreSQL takes at most 65,535 bind parameters per
 * statement, so a bulk write of any size is cut into statements of this many rows (at most a dozen columns
 * each); larger batches gain little once a statement carries a thousand rows.
 */
export const ROWS_PER_STATEMENT = 2_000;

/** `items` cut into consecutive slices of at most `size`. */
export function* batches<T>(items: readonly T[], size = ROWS_PER_STATEMENT): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
