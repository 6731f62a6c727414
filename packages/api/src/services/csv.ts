import { CSV_TOO_LARGE_MESSAGE, CSV_UPLOAD_MAX_BYTES, DomainError, stripUnstorable } from "@kyoso/domain";
import Papa from "papaparse";

/**
 * The text of a CSV as Japanese offices save it: UTF-8 with or without a BOM, or Shift_JIS from Excel.
 * UTF-8 is tried strictly first; bytes that are not valid UTF-8 are read as Shift_JIS.
 */
function decodeCsv(bytes: Uint8Array): string {
  if (bytes.length > CSV_UPLOAD_MAX_BYTES) throw new DomainError("VALIDATION", CSV_TOO_LARGE_MESSAGE);
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

/**
 * An uploaded CSV (base64) read into rows by `read`, with the Japanese errors every import shares: too large,
 * not CSV at all, required columns missing from the first line (`columnsNote` says what a line is).
 */
export function readCsvUpload<T extends { missingColumns: string[] }>(
  fileBase64: string,
  read: (rows: string[][]) => T,
  columnsNote = "",
): T {
  const text = decodeCsv(Buffer.from(fileBase64, "base64"));
  // Files from other systems may carry NUL bytes, which the database cannot store: cells are read without them.
  const { rows, errors } = parseCsvRows(stripUnstorable(text));
  if (errors.length > 0 && rows.length === 0)
    throw new DomainError("VALIDATION", `CSVとして読み取れませんでした。${errors[0]}`);
  const result = read(rows);
  if (result.missingColumns.length > 0) {
    throw new DomainError(
      "VALIDATION",
      `CSVの1行目に「${result.missingColumns.join("」「")}」の列が必要です${columnsNote}。`,
    );
  }
  return result;
}
