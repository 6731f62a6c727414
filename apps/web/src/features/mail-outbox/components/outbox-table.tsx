import type { AppRouter } from "@kyoso/api";
import { createColumnHelper, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import type { inferRouterOutputs } from "@trpc/server";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../../components/data-table";
import { useDates } from "../../../i18n/use-dates";

type OutboxRow = inferRouterOutputs<AppRouter>["mail"]["outbox"][number];

const column = createColumnHelper<OutboxRow>();
const KINDS = ["password_reset", "email_change", "password_changed"] as const;

interface Props {
  rows: OutboxRow[];
  retrying: boolean;
  onRetry: (id: string) => void;
}

/** The newest 200 messages; a failed one can be sent again. Cards on a phone. */
export function OutboxTable({ rows, retrying, onRetry }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const columns = useMemo(
    () => [
      column.accessor("createdAt", {
        header: () => t("mailOutbox.column.createdAt"),
        cell: (info) => <time dateTime={info.getValue()}>{dates.dateTime(info.getValue())}</time>,
      }),
      column.accessor("toAddress", { header: () => t("mailOutbox.column.to") }),
      column.accessor("subject", {
        header: () => t("mailOutbox.column.subject"),
        cell: (info) => (
          <details>
            <summary>{info.getValue()}</summary>
            <pre className="mail-body">{info.row.original.body}</pre>
          </details>
        ),
      }),
      column.accessor("kind", {
        header: () => t("mailOutbox.column.kind"),
        cell: (info) => {
          const kind = KINDS.find((k) => k === info.getValue());
          return <span className="tag">{t(`mailOutbox.kind.${kind ?? "other"}`)}</span>;
        },
      }),
      column.accessor("status", {
        header: () => t("mailOutbox.column.status"),
        cell: (info) => {
          const row = info.row.original;
          return (
            <>
              <span
                className={`status status--${row.status === "sent" ? "active" : row.status === "failed" ? "disabled" : "invited"}`}
              >
                {t(`mailOutbox.status.${row.status}`)}
              </span>
              {row.status === "pending" && row.attempts > 0 && (
                <p className="muted">
                  {t("mailOutbox.nextAttempt", { date: dates.dateTime(row.nextAttemptAt) })}
                </p>
              )}
              {row.lastError && (
                <p className="muted">{t("mailOutbox.lastError", { error: row.lastError })}</p>
              )}
              {row.status === "failed" && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-disabled={retrying || undefined}
                  onClick={() => !retrying && onRetry(row.id)}
                >
                  {t("mailOutbox.retry")}
                  <span className="visually-hidden">
                    {t("mailOutbox.retryWhich", { to: row.toAddress, subject: row.subject })}
                  </span>
                </button>
              )}
            </>
          );
        },
      }),
      column.accessor("attempts", { header: () => t("mailOutbox.column.attempts") }),
    ],
    [t, dates, retrying, onRetry],
  );
  const table = useReactTable({
    data: rows,
    columns,
    enableSorting: false,
    getCoreRowModel: getCoreRowModel(),
  });
  return <DataTable table={table} caption={t("mailOutbox.title")} />;
}
