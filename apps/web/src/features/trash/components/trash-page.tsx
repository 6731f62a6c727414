import { AUDIT_RECORD_TYPES, can } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { createColumnHelper, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { DataTable } from "../../../components/data-table";
import { Forbidden } from "../../../components/forbidden";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import { useDates } from "../../../i18n/use-dates";
import { describeApiFailure } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";

type Item = RouterOutputs["trash"]["list"][number];

const column = createColumnHelper<Item>();

/**
 * A region's deleted records (削除済み): who deleted what when, restorable for 30 days by the region's committee;
 * the national team can also remove one for good.
 */
export function TrashPage({ context }: { context: RegionContext }) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const { slug, name, canWrite } = context;
  const mayPurge = can(me, "record.purge");
  const list = useQuery({ ...trpc.trash.list.queryOptions({ regionSlug: slug }), enabled: canWrite });
  const [status, setStatus] = useState("");
  const [purging, setPurging] = useState<Item | null>(null);
  const restore = useMutation(
    trpc.trash.restore.mutationOptions({
      onSuccess: async (_data, input) => {
        const item = list.data?.find((i) => i.id === input.id);
        setStatus(t("trash.restored", { title: item?.title ?? "" }));
        await queryClient.invalidateQueries();
      },
    }),
  );
  const purge = useMutation(
    trpc.trash.purge.mutationOptions({
      onSuccess: async (_data, input) => {
        const item = list.data?.find((i) => i.id === input.id);
        setPurging(null);
        setStatus(t("trash.purged", { title: item?.title ?? "" }));
        await queryClient.invalidateQueries(trpc.trash.pathFilter());
      },
    }),
  );
  const failure = restore.isError
    ? describeApiFailure(restore.error, t("form.networkError"))
    : purge.isError
      ? describeApiFailure(purge.error, t("form.networkError"))
      : null;

  const columns = useMemo(
    () => [
      column.accessor("recordType", {
        header: () => t("trash.column.kind"),
        cell: (info) => {
          const type = AUDIT_RECORD_TYPES.find((r) => r === info.getValue());
          return <span className="tag">{type ? t(`audit.recordType.${type}`) : info.getValue()}</span>;
        },
      }),
      column.accessor("title", { header: () => t("trash.column.title") }),
      column.accessor("deletedByName", {
        header: () => t("trash.column.deletedBy"),
        cell: (info) => info.getValue() ?? t("audit.unknownActor"),
      }),
      column.accessor("deletedAt", {
        header: () => t("trash.column.deletedAt"),
        cell: (info) => <time dateTime={info.getValue()}>{dates.dateTime(info.getValue())}</time>,
      }),
      column.accessor("restorableUntil", {
        header: () => t("trash.column.restorableUntil"),
        cell: (info) => (info.row.original.restorable ? dates.dateTime(info.getValue()) : t("trash.expired")),
      }),
      column.display({
        id: "actions",
        header: () => t("trash.column.actions"),
        cell: (info) => {
          const item = info.row.original;
          return (
            <div className="record-actions">
              {item.restorable && (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t("trash.restoreLabel", { title: item.title })}
                  aria-disabled={restore.isPending || undefined}
                  onClick={() => {
                    if (!restore.isPending) restore.mutate({ recordType: item.recordType, id: item.id });
                  }}
                >
                  {t("trash.restore")}
                </button>
              )}
              {mayPurge && (
                <button
                  type="button"
                  className="button button--danger-secondary button--small"
                  aria-label={t("trash.purgeLabel", { title: item.title })}
                  onClick={() => setPurging(item)}
                >
                  {t("trash.purge")}
                </button>
              )}
            </div>
          );
        },
      }),
    ],
    [t, dates, restore, mayPurge],
  );
  const table = useReactTable({
    data: list.data ?? [],
    columns,
    enableSorting: false,
    getCoreRowModel: getCoreRowModel(),
  });

  if (!canWrite) return <Forbidden />;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/regions/$slug" params={{ slug }}>
          {t("trash.backToRegion", { region: name })}
        </Link>
      </p>
      <PageHeading title={t("trash.title", { region: name })} />
      <p className="lead">{t("trash.intro")}</p>
      <p role="status" className={status ? "notice notice--success" : undefined}>
        {status}
      </p>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure.message}
        </p>
      )}
      <ListState query={list} isEmpty={(rows) => rows.length === 0} empty={t("trash.empty")}>
        {() => <DataTable table={table} caption={t("trash.tableCaption", { region: name })} />}
      </ListState>
      <ConfirmDialog
        open={purging !== null}
        title={t("trash.purgeTitle", { title: purging?.title ?? "" })}
        confirmLabel={t("trash.purgeConfirm")}
        pending={purge.isPending}
        danger
        onConfirm={() => {
          if (purging) purge.mutate({ recordType: purging.recordType, id: purging.id });
        }}
        onCancel={() => setPurging(null)}
      >
        <p>{t("trash.purgeBody")}</p>
      </ConfirmDialog>
    </>
  );
}
