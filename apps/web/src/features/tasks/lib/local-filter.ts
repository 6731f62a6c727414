/**
 * The rows already on screen that match what is being typed in the keyword field, shown at once while the
 * server's answer for the new keyword is on its way. The same rule as the server's (task.list `text`): the
 * title contains the keyword, ignoring case.
 */
export function filterLoadedRows<T extends { title: string }>(rows: T[], typed: string | undefined): T[] {
  const needle = typed?.trim().toLocaleLowerCase();
  if (!needle) return rows;
  return rows.filter((row) => row.title.toLocaleLowerCase().includes(needle));
}
