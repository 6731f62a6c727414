import { type Cell, flexRender, type Header, type Row, type Table } from "@tanstack/react-table";
import type { ComponentProps, ReactNode, Ref } from "react";
import { Pager } from "./pager";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/**
 * The column's name as text, for the label a cell shows beside its value when the table turns into cards on a
 * phone. Headers here are functions returning the translated name; anything else (a select-all box) has none.
 */
function columnLabel<T>(header: Header<T, unknown> | undefined): string {
  const def = header?.column.columnDef.header;
  if (typeof def === "string") return def;
  if (typeof def === "function" && header) {
    const out = def(header.getContext());
    if (typeof out === "string") return out;
  }
  return "";
}

/** The header row(s): a sort button where the column can sort (client or server side), aria-sort on the th. */
export function DataTableHead<T>({ table }: { table: Table<T> }) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const content = flexRender(header.column.columnDef.header, header.getContext());
            if (!header.column.getCanSort())
              return (
                <th key={header.id} scope="col" className="plain-th">
                  {content}
                </th>
              );
            const sorted = header.column.getIsSorted();
            return (
              <th key={header.id} scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : "none"}>
                <button
                  type="button"
                  className="sort-button"
                  onClick={header.column.getToggleSortingHandler()}
                >
                  {content}
                  <span className="sort-icon" aria-hidden="true">
                    {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}

/** One body row; each cell carries its column's name in data-label for the phone layout (CSS only). */
export function DataTableRow<T>({
  row,
  labels,
  ...rest
}: { row: Row<T>; labels: Map<string, string> } & Omit<ComponentProps<"tr">, "children">) {
  return (
    <tr {...rest}>
      {row.getVisibleCells().map((cell: Cell<T, unknown>) => (
        <td key={cell.id} data-label={labels.get(cell.column.id) || undefined}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
}

/** Column id → its name as text, read once per render from the last header row. */
export function useColumnLabels<T>(table: Table<T>): Map<string, string> {
  const headers = table.getHeaderGroups().at(-1)?.headers ?? [];
  return new Map(headers.map((h) => [h.column.id, columnLabel(h)]));
}

interface Props<T> {
  table: Table<T>;
  /** Names the table for screen readers; shown only when captionVisible. */
  caption: string;
  captionVisible?: boolean;
  className?: string;
  /** Paging the server does (the table is built with manualPagination); the shared pager shows below. */
  pager?: ComponentProps<typeof Pager> | undefined;
  rowClassName?: (row: Row<T>) => string | undefined;
  scrollRef?: Ref<HTMLDivElement>;
  scrollClassName?: string;
  /** Replaces the body rows (the virtualised task table brings its own, with spacer rows). */
  body?: ReactNode;
}

/**
 * Every data table of the app: TanStack Table lays out the rows (sorting and paging client side, or on the
 * server through manualSorting/manualPagination); the markup is a real table with caption and column headers,
 * and below ~480 px each row becomes a card of label: value pairs (lists.css, `.data-table`).
 */
export function DataTable<T>({
  table,
  caption,
  captionVisible,
  className,
  pager,
  rowClassName,
  ...rest
}: Props<T>) {
  const labels = useColumnLabels(table);
  return (
    <>
      <div ref={rest.scrollRef} className={["table-scroll", rest.scrollClassName].filter(Boolean).join(" ")}>
        <table className={["data-table data-table--cards", className].filter(Boolean).join(" ")}>
          <caption className={captionVisible ? undefined : "visually-hidden"}>{caption}</caption>
          <DataTableHead table={table} />
          <tbody>
            {rest.body ??
              table
                .getRowModel()
                .rows.map((row) => (
                  <DataTableRow key={row.id} row={row} labels={labels} className={rowClassName?.(row)} />
                ))}
          </tbody>
        </table>
      </div>
      {pager && <Pager {...pager} />}
    </>
  );
}
