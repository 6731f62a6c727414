/** The region report's address: which year's forum (default the newest the reader may see), and free text on/off. */
export interface PrintReportSearch {
  year?: number | undefined;
  /** Free text is left out unless asked for (and then shown only to those who may read it). */
  notes?: boolean | undefined;
}

export function parsePrintReportSearch(search: Record<string, unknown>): PrintReportSearch {
  const year = Number(search.year);
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    notes:
      search.notes === true || search.notes === "true" || search.notes === 1 || search.notes === "1"
        ? true
        : undefined,
  };
}
