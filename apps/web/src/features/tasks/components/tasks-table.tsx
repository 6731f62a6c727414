import {
  getCoreRowModel,
  type RowSelectionState,
  useReactTable,
  type VisibilityState,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { DataTable, DataTableRow, useColumnLabels } from "../../../components/data-table";
import { useDates } from "../../../i18n/use-dates";
import { useRegionNames } from "../../../lib/use-region-names";
import { SORT_KEYS, type TaskRow, taskColumns } from "./task-columns";

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
  const regionName = useRegionNames();
  const columns = useMemo(() => taskColumns(t, dates, regionName), [t, dates, regionName]);
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
    enableMultiSort: false,
    // The server sorts; a click names the column and the page flips or sets the direction.
    onSortingChange: (updater) => {
      const current = [{ id: sort, desc: direction === "desc" }];
      const next = typeof updater === "function" ? updater(current) : updater;
      const id = next[0]?.id ?? sort;
      if (id in SORT_KEYS) onSort(id as keyof typeof SORT_KEYS);
    },
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

  const labels = useColumnLabels(table);

  return (
    <DataTable
      table={table}
      caption={t("tasks.tableCaption")}
      className="task-table"
      scrollRef={scrollRef}
      scrollClassName="task-scroll"
      body={
        <>
          {paddingTop > 0 && (
            <tr className="spacer-row">
              <td colSpan={columnCount} style={{ height: paddingTop, padding: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = tableRows[item.index];
            if (!row) return null;
            return (
              <DataTableRow
                key={row.id}
                row={row}
                labels={labels}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className={row.getIsSelected() ? "row--selected" : undefined}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr className="spacer-row">
              <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0 }} />
            </tr>
          )}
        </>
      }
    />
  );
}
