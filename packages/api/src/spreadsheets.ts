import { once } from "node:events";
import { PassThrough, type Readable, type Writable } from "node:stream";
import ExcelJS from "exceljs";

// Excel workbooks written as a stream: one sheet, Japanese headers, a frozen header row with filters, and
// dates as real date cells. The rows come a batch at a time and the next batch is asked for only once the
// reader has taken the last, so memory stays flat however long the sheet.

export type SheetCell = string | number | Date | null;

export interface SheetColumn {
  header: string;
  /** In characters, as Excel counts them (a Japanese character is about two). */
  width: number;
  /**
   * `date` and `dateTime` cells take a Date whose UTC reading is the wall-clock time in Japan: Excel stores
   * times without a zone, and exceljs writes a Date's UTC reading.
   */
  format?: "date" | "dateTime" | "text";
}

const NUMBER_FORMATS = { date: "yyyy/mm/dd", dateTime: "yyyy/mm/dd hh:mm:ss", text: "@" } as const;

/** A YYYY-MM-DD date as a date cell (midnight, no zone). */
export const dateCell = (isoDate: string | null): Date | null =>
  isoDate ? new Date(`${isoDate}T00:00:00Z`) : null;

/** What a writable stream holds and when it asks for a pause, in any version of Node's streams. */
interface ZipInput extends Writable {
  _writableState: { length: number; highWaterMark: number };
}

/**
 * exceljs's sheet stream does not push back: it hands every 64 kB to the zip's input stream whether or not
 * that one has room, so an export to a slow reader would pile up in memory. Waiting for that input stream to
 * drain after each batch keeps at most about one batch queued. The stream is reached through exceljs's own
 * fields and is a readable-stream 2 PassThrough (no `writableLength`); the versions are pinned, and if they
 * move the export fails loudly rather than growing unchecked.
 */
function zipInputOf(sheet: ExcelJS.Worksheet): ZipInput {
  const internal = sheet as unknown as { stream?: { pipes?: Partial<ZipInput>[] } };
  const input = internal.stream?.pipes?.[0];
  if (typeof input?._writableState?.length !== "number" || typeof input.once !== "function") {
    throw new Error("exceljs's worksheet stream has changed: cannot follow the reader's pace");
  }
  return input as ZipInput;
}

/** Resolves when `input` has room again, or when `output` has closed (the download was cut short). */
async function roomIn(input: ZipInput, output: Readable): Promise<void> {
  const state = input._writableState;
  if (state.length < state.highWaterMark || output.destroyed) return;
  const stop = new AbortController();
  try {
    await Promise.race([
      once(input, "drain", { signal: stop.signal }),
      once(output, "close", { signal: stop.signal }),
    ]);
  } catch (error) {
    if (!stop.signal.aborted) throw error;
  } finally {
    stop.abort();
  }
}

/**
 * A workbook of one sheet as a byte stream, written while `batches` yields rows (cells in column order).
 * Strings are written as strings, never as formulas, whatever they start with: no quoting is needed, unlike
 * CSV. Shared strings stay off (they would keep every distinct answer in memory until the end).
 */
export function xlsxStream(
  sheetName: string,
  columns: readonly SheetColumn[],
  batches: AsyncIterable<SheetCell[][]>,
): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "Kyoso";
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  // One style object per column, given to each of its cells: exceljs looks a style up by object identity
  // first, so shared objects skip working out the same style again for every cell (a quarter of the time).
  const styles: Partial<ExcelJS.Style>[] = columns.map((c) =>
    c.format ? { numFmt: NUMBER_FORMATS[c.format] } : {},
  );
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();

  const write = async () => {
    for await (const rows of batches) {
      if (output.destroyed) return;
      for (const cells of rows) {
        const row = sheet.addRow(cells);
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cell.style = styles[column - 1] ?? {};
        });
      }
      sheet.lastRow?.commit();
      await roomIn(zipInputOf(sheet), output);
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error as Error));
  return output;
}
