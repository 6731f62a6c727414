import {
  flexRender,
  getCoreRowModel,
  type RowSelectionState,
  useReactTable,
  type VisibilityState,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useDates } from "../../../i18n/use-dates";
import { SORT_KEYS, type TaskRow, taskColumns } from "./task-columns";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

interface Props {
  rows: TaskRow[];
  sort: string;
  direction: "asc" | "desc";
  onSort: (columnId: keyof typeof SORT_KEYS) => void;
  columnVisibility: VisibilityState;
  rowSelection: RowSelectionState;
  onRowSelectionChange: (next: RowSelectionState) => void;
}

/**
 * One server page of tasks. Sorting, filtering and paging happen on the server (manual*); rows are
 * virtualised so a 200-row page scrolls smoothly, with spacer rows keeping the table's own semantics.
 */
export function TasksTable({ rows, sort, direction, onSort, columnVisibility, ...selection }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const columns = useMemo(() => taskColumns(t, dates), [t, dates]);
  const scrollRef = useRef<HTMLDivElement>(null);

  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    state: {
      sorting: [{ id: sort, desc: direction === "desc" }],
      columnVisibility,
      rowSelection: selection.rowSelection,
    },
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    enableRowSelection: true,
    onRowSelectionChange: (updater) =>
      selection.onRowSelectionChange(
        typeof updater === "function" ? updater(selection.rowSelection) : updater,
      ),
    getCoreRowModel: getCoreRowModel(),
  });

  const tableRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 52,
    overscan: 12,
    initialRect: { width: 1200, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <div ref={scrollRef} className="table-scroll task-scroll">
      <table className="data-table task-table">
        <caption className="visually-hidden">{t("tasks.tableCaption")}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const id = header.column.id;
                const sortable = id in SORT_KEYS;
                const sorted = sortable && SORT_KEYS[id as keyof typeof SORT_KEYS] === sort;
                const content = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={sortable ? undefined : "plain-th"}
                    aria-sort={sortable ? (sorted ? ARIA_SORT[direction] : "none") : undefined}
                  >
                    {sortable ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => onSort(id as keyof typeof SORT_KEYS)}
                      >
                        {content}
                        <span className="sort-icon" aria-hidden="true">
                          {sorted ? (direction === "asc" ? "▲" : "▼") : "↕"}
                        </span>
                      </button>
                    ) : (
                      content
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr className="spacer-row">
              <td colSpan={columnCount} style={{ height: paddingTop, padding: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = tableRows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={row.getIsSelected() ? "row--selected" : undefined}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr className="spacer-row">
              <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
