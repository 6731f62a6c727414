import { createColumnHelper, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../../components/data-table";
import type { ResultRow } from "./result-chart";

const column = createColumnHelper<ResultRow>();

/**
 * The accessible form of a question's results: one row per choice or scale point, with count and share (on a
 * phone each row becomes a card of label: value pairs).
 */
export function ResultTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string;
  rows: readonly ResultRow[];
}) {
  const { t } = useTranslation();
  const columns = useMemo(
    () => [
      column.accessor("label", { header: () => head, cell: (info) => info.getValue() }),
      column.accessor("count", {
        header: () => t("surveys.results.count"),
        cell: (info) => t("surveys.results.countValue", { count: info.getValue() }),
        meta: { numeric: true },
      }),
      column.accessor("percent", {
        header: () => t("surveys.results.percent"),
        cell: (info) => t("surveys.results.percentValue", { value: info.getValue() }),
      }),
    ],
    [t, head],
  );
  const table = useReactTable({
    data: rows as ResultRow[],
    columns,
    enableSorting: false,
    getRowId: (row) => row.label,
    getCoreRowModel: getCoreRowModel(),
  });
  return <DataTable table={table} caption={caption} captionVisible className="compact result-table" />;
}
