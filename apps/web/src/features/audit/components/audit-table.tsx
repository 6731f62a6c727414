import type { AppRouter } from "@kyoso/api";
import { AUDIT_RECORD_TYPES } from "@kyoso/domain";
import { createColumnHelper, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import type { inferRouterOutputs } from "@trpc/server";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../../components/data-table";
import { useDates } from "../../../i18n/use-dates";
import { AuditChanges } from "./audit-changes";

type AuditRow = inferRouterOutputs<AppRouter>["audit"]["list"]["rows"][number];

const column = createColumnHelper<AuditRow>();
const EMPTY: AuditRow[] = [];

interface Props {
  rows: AuditRow[] | undefined;
  /** Zero-based page shown, and how many records the server has in all. */
  pageIndex: number;
  total: number;
  pageSize: number;
  regionNames: Map<string, string>;
  onPageChange: (pageIndex: number) => void;
}

/** A name for the record: its title or person where the snapshot has one, else its kind alone. */
function recordName(row: AuditRow): string | undefined {
  for (const snapshot of [row.after, row.before]) {
    if (snapshot && typeof snapshot === "object" && !Array.isArray(snapshot)) {
      const record = snapshot as Record<string, unknown>;
      const name = record.title ?? record.displayName;
      if (typeof name === "string") return name;
    }
  }
  return undefined;
}

/** The server pages the log (manualPagination); the table only lays out the page it was sent. */
export function AuditTable({ rows, pageIndex, total, pageSize, regionNames, onPageChange }: Props) {
  const { t, i18n } = useTranslation();
  const dates = useDates();

  const columns = useMemo(
    () => [
      column.accessor("occurredAt", {
        header: () => t("audit.column.occurredAt"),
        cell: (info) => <time dateTime={info.getValue()}>{dates.dateTime(info.getValue())}</time>,
      }),
      column.accessor("actorName", {
        header: () => t("audit.column.actor"),
        cell: (info) => info.getValue() ?? t("audit.unknownActor"),
      }),
      column.accessor("action", {
        header: () => t("audit.column.action"),
        cell: (info) => <span className="tag">{t(`audit.action.${info.getValue()}`)}</span>,
      }),
      column.accessor("recordType", {
        header: () => t("audit.column.record"),
        cell: (info) => {
          const type = AUDIT_RECORD_TYPES.find((known) => known === info.getValue());
          const name = recordName(info.row.original);
          return (
            <>
              <span className="tag">{type ? t(`audit.recordType.${type}`) : info.getValue()}</span>
              {name && <span className="record-name">{name}</span>}
            </>
          );
        },
      }),
      column.accessor("regionName", {
        header: () => t("audit.column.region"),
        cell: (info) => (
          <span className="nowrap">
            {(i18n.language === "en" ? info.row.original.regionNameEn : info.getValue()) ?? t("common.none")}
          </span>
        ),
      }),
      column.display({
        id: "details",
        header: () => t("audit.column.details"),
        cell: (info) => (
          <AuditChanges
            before={info.row.original.before}
            after={info.row.original.after}
            regionNames={regionNames}
          />
        ),
      }),
    ],
    [t, i18n.language, dates, regionNames],
  );

  const table = useReactTable({
    data: rows ?? EMPTY,
    columns,
    manualPagination: true,
    enableSorting: false,
    pageCount: Math.max(Math.ceil(total / pageSize), 1),
    state: { pagination: { pageIndex, pageSize } },
    onPaginationChange: (updater) => {
      const next = typeof updater === "function" ? updater({ pageIndex, pageSize }) : updater;
      onPageChange(next.pageIndex);
    },
    getCoreRowModel: getCoreRowModel(),
  });

  return (
    <DataTable
      table={table}
      caption={t("audit.tableCaption")}
      pager={{ page: pageIndex + 1, total, pageSize, onPageChange: (page) => onPageChange(page - 1) }}
    />
  );
}
