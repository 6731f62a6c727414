import Papa from "papaparse";

const MAX_BYTES = 2 * 1024 * 1024;

/**
 * The text of a CSV as Japanese offices save it: UTF-8 with or without a BOM, or Shift_JIS from Excel.
 * UTF-8 is tried strictly first; bytes that are not valid UTF-8 are read as Shift_JIS.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes.length > MAX_BYTES) throw new RangeError("too large");
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hasBom) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("shift_jis").decode(bytes);
  }
}

/** Rows of cells, with papaparse handling quotes, embedded commas and newlines. */
export function parseCsvRows(text: string): { rows: string[][]; errors: string[] } {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
  return { rows: result.data, errors: result.errors.map((e) => `${(e.row ?? 0) + 1}行目: ${e.message}`) };
}
