import {
  getCoreRowModel,
  type RowSelectionState,
  useReactTable,
  type VisibilityState,
} from "@tanstack/react-table";
import { useVirtualizer, useWindowVirtualizer } from "@tanstack/react-virtual";
import { type RefObject, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { DataTable, DataTableRow, useColumnLabels } from "../../../components/data-table";
import { useDates } from "../../../i18n/use-dates";
import { PHONE_QUERY, useMediaQuery } from "../../../lib/use-media-query";
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
 * virtualised so a 200-row page scrolls smoothly, with spacer rows keeping the table's own semantics. On a
 * desktop the table scrolls in its own box under a sticky header; on a phone the rows are cards and the page
 * itself scrolls (a box inside the page would show one card and a half and trap the swipe).
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
  const rowWindow = useRowWindow(tableRows.length, scrollRef);
  const { items, paddingTop, paddingBottom } = rowWindow;
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
                ref={rowWindow.measureElement}
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

/**
 * The rows to render: virtualised against the table's own scroll box on a wide screen, against the window on a
 * phone. Both virtualisers exist (hooks cannot be conditional); only the one in use is enabled.
 */
function useRowWindow(count: number, scrollRef: RefObject<HTMLDivElement | null>) {
  const phone = useMediaQuery(PHONE_QUERY);
  // The rows start this far down the page: the window virtualiser counts from the top of the document. It is
  // read again whenever the page changes size, since what comes above may grow (the filters unfold, a notice).
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const body = scrollRef.current?.querySelector("tbody");
    if (!phone || !body) return;
    const measure = () => setScrollMargin(body.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [phone, scrollRef]);
  const inBox = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 52,
    overscan: 12,
    initialRect: { width: 1200, height: 800 },
    enabled: !phone,
  });
  const inWindow = useWindowVirtualizer({
    count,
    // A card is a label and a value per line, several lines tall.
    estimateSize: () => 260,
    overscan: 4,
    scrollMargin,
    enabled: phone,
  });
  const virtualizer = phone ? inWindow : inBox;
  const margin = phone ? scrollMargin : 0;
  const items = virtualizer.getVirtualItems();
  return {
    items,
    paddingTop: Math.max((items[0]?.start ?? margin) - margin, 0),
    paddingBottom: Math.max(virtualizer.getTotalSize() - ((items.at(-1)?.end ?? margin) - margin), 0),
    measureElement: virtualizer.measureElement,
  };
}
