import { AGREEMENT_STATUSES } from "@kyoso/domain";
import { createColumnHelper, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../../components/data-table";
import { DateText } from "../../../components/date-text";
import { useDates } from "../../../i18n/use-dates";
import type { RouterOutputs } from "../../../lib/api-types";
import "./history.css";

export type HistoryEvent = RouterOutputs["agreement"]["byId"]["history"][number];

const column = createColumnHelper<HistoryEvent>();

/** 「打診 → 協議中」 or 「開始: 打診」, in the user's language. */
export function describeChange(t: TFunction, h: Pick<HistoryEvent, "fromStatus" | "toStatus">): string {
  const label = (value: string) => {
    const status = AGREEMENT_STATUSES.find((s) => s === value);
    return status ? t(`agreementStatus.${status}`) : value;
  };
  return h.fromStatus
    ? t("cohosts.history.move", { from: label(h.fromStatus), to: label(h.toStatus) })
    : t("cohosts.history.start", { to: label(h.toStatus) });
}

interface Props {
  history: HistoryEvent[];
  /** Offers 「訂正」 on each entry not corrected yet (those who may write in the region). */
  onCorrect?: ((event: HistoryEvent) => void) | undefined;
}

/**
 * Every change of the talks, oldest first as the API sends them: who, when, what and why. A corrected entry
 * stays, marked 「訂正済み」, and its correction is marked 「訂正」 with the date of the entry it corrects.
 * Below ~480 px each entry becomes a card (DataTable).
 */
export function HistoryTable({ history, onCorrect }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const byId = useMemo(() => new Map(history.map((h) => [h.id, h])), [history]);
  const columns = useMemo(
    () => [
      column.accessor("occurredOn", {
        header: () => t("cohosts.history.occurredOn"),
        cell: (info) => <DateText value={info.getValue()} />,
      }),
      column.display({
        id: "change",
        header: () => t("cohosts.history.change"),
        cell: ({ row }) => {
          const h = row.original;
          const corrected = h.correctsId ? byId.get(h.correctsId) : undefined;
          return (
            <>
              <span className={h.correctedById ? "history-corrected" : undefined}>
                {describeChange(t, h)}
              </span>
              {h.correctedById && (
                <span className="tag history-tag history-tag--corrected">{t("cohosts.corrected")}</span>
              )}
              {corrected && (
                <span className="tag history-tag">
                  {t("cohosts.correctionOf", { date: dates.date(corrected.occurredOn) })}
                </span>
              )}
            </>
          );
        },
      }),
      column.accessor("note", {
        header: () => t("cohosts.history.note"),
        cell: (info) => <span className="pre-line">{info.getValue() ?? t("common.none")}</span>,
      }),
      column.accessor("actorName", {
        header: () => t("cohosts.history.actor"),
        cell: (info) => info.getValue() ?? t("common.none"),
      }),
      ...(onCorrect
        ? [
            column.display({
              id: "actions",
              header: () => t("cohosts.history.actions"),
              cell: ({ row }) =>
                !row.original.correctedById && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t("cohosts.correctFor", {
                      date: dates.date(row.original.occurredOn),
                      change: describeChange(t, row.original),
                    })}
                    onClick={() => onCorrect(row.original)}
                  >
                    {t("cohosts.correct")}
                  </button>
                ),
            }),
          ]
        : []),
    ],
    [t, dates, byId, onCorrect],
  );
  const table = useReactTable({
    data: history,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    enableSorting: false,
  });
  return (
    <DataTable
      table={table}
      caption={t("cohosts.historyCaption")}
      rowClassName={(row) => (row.original.correctedById ? "history-row--corrected" : undefined)}
    />
  );
}
