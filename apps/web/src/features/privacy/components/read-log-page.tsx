import type { AppRouter } from "@kyoso/api";
import { can, READ_KINDS } from "@kyoso/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { createColumnHelper, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import type { inferRouterOutputs } from "@trpc/server";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../../components/data-table";
import { Forbidden } from "../../../components/forbidden";
import { PageHeading } from "../../../components/page-heading";
import { PrivacyTabs } from "../../../components/privacy-tabs";
import { ListState } from "../../../components/query-state";
import { useDates } from "../../../i18n/use-dates";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { READ_LOG_PAGE_SIZE, type ReadLogSearch } from "../lib/read-log-search";
import { ReadLogFilters } from "./read-log-filters";

type Row = inferRouterOutputs<AppRouter>["privacy"]["readLog"]["rows"][number];
const column = createColumnHelper<Row>();
const EMPTY: Row[] = [];

/** 閲覧ログ: who read hearing findings and survey free text, for the national team. */
export function ReadLogPage({ search }: { search: ReadLogSearch }) {
  const me = useMe();
  return can(me, "audit.read") ? <ReadLog search={search} /> : <Forbidden />;
}

function ReadLog({ search }: { search: ReadLogSearch }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate({ from: "/read-log" });
  const page = search.page ?? 1;
  const { page: _page, ...filters } = search;
  const log = useQuery({
    ...trpc.privacy.readLog.queryOptions({
      actorId: search.actor,
      recordId: search.record,
      recordType: search.type,
      from: search.from,
      to: search.to,
      page,
      pageSize: READ_LOG_PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const users = useQuery(trpc.user.list.queryOptions());
  return (
    <>
      <PageHeading title={t("privacy.readLog.title")} />
      <PrivacyTabs />
      <p className="lead">{t("privacy.readLog.intro")}</p>
      <ReadLogFilters
        key={JSON.stringify(filters)}
        search={filters}
        users={users.data ?? []}
        onApply={(next) => void navigate({ search: next })}
      />
      <section aria-labelledby="read-log-results-heading" className="section">
        <h2 id="read-log-results-heading" className="visually-hidden">
          {t("privacy.readLog.tableCaption")}
        </h2>
        <ListState query={log} isEmpty={(data) => data.total === 0} empty={t("privacy.readLog.empty")}>
          {(data) => (
            <ReadLogTable
              rows={data.rows}
              total={data.total}
              pageIndex={page - 1}
              onPageChange={(index) => void navigate({ search: { ...search, page: index + 1 } })}
            />
          )}
        </ListState>
      </section>
    </>
  );
}

function ReadLogTable({
  rows,
  total,
  pageIndex,
  onPageChange,
}: {
  rows: Row[];
  total: number;
  pageIndex: number;
  onPageChange: (pageIndex: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const columns = useMemo(
    () => [
      column.accessor("occurredAt", {
        header: () => t("privacy.readLog.column.occurredAt"),
        cell: (info) => {
          const at = String(info.getValue());
          return <time dateTime={at}>{dates.dateTime(at)}</time>;
        },
      }),
      column.accessor("actorName", {
        header: () => t("privacy.readLog.column.actor"),
        cell: (info) =>
          info.row.original.actorId ? (
            <Link to="/read-log" search={{ actor: info.row.original.actorId }}>
              {info.getValue() ?? t("privacy.readLog.unknownActor")}
            </Link>
          ) : (
            t("privacy.readLog.unknownActor")
          ),
      }),
      column.accessor("recordId", {
        header: () => t("privacy.readLog.column.record"),
        cell: (info) => {
          const r = info.row.original;
          const type = r.recordType === "hearing" ? "hearing" : "survey";
          const name =
            r.recordType === "hearing" && r.hearingOrganization && r.hearingHeldOn
              ? t("privacy.readLog.hearingName", {
                  organization: r.hearingOrganization,
                  date: dates.date(r.hearingHeldOn),
                })
              : (r.surveyTitle ?? t("privacy.readLog.deletedRecord"));
          return (
            <>
              <span className="tag">{t(`privacy.readLog.type.${type}`)}</span>{" "}
              <Link
                to="/read-log"
                search={{ record: r.recordId }}
                aria-label={`${name}: ${t("privacy.readLog.onlyThis")}`}
              >
                {name}
              </Link>
            </>
          );
        },
      }),
      column.accessor("what", {
        header: () => t("privacy.readLog.column.what"),
        cell: (info) => {
          const kind = READ_KINDS.find((k) => k === info.getValue());
          return kind ? t(`privacy.readLog.what.${kind}`) : info.getValue();
        },
      }),
      column.accessor("regionNameJa", {
        header: () => t("privacy.readLog.column.region"),
        cell: (info) =>
          (i18n.language === "en" ? info.row.original.regionNameEn : info.getValue()) ?? t("common.none"),
      }),
    ],
    [t, i18n.language, dates],
  );
  const table = useReactTable({
    data: rows ?? EMPTY,
    columns,
    manualPagination: true,
    enableSorting: false,
    pageCount: Math.max(Math.ceil(total / READ_LOG_PAGE_SIZE), 1),
    state: { pagination: { pageIndex, pageSize: READ_LOG_PAGE_SIZE } },
    onPaginationChange: (updater) => {
      const current = { pageIndex, pageSize: READ_LOG_PAGE_SIZE };
      const next = typeof updater === "function" ? updater(current) : updater;
      onPageChange(next.pageIndex);
    },
    getCoreRowModel: getCoreRowModel(),
  });
  return (
    <DataTable
      table={table}
      caption={t("privacy.readLog.tableCaption")}
      pager={{
        page: pageIndex + 1,
        total,
        pageSize: READ_LOG_PAGE_SIZE,
        onPageChange: (p) => onPageChange(p - 1),
      }}
    />
  );
}
