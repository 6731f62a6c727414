import { Link } from "@tanstack/react-router";
import { createColumnHelper, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../../components/data-table";
import { DateText } from "../../../components/date-text";
import type { RouterOutputs } from "../../../lib/api-types";

type MeetingRow = RouterOutputs["meeting"]["forRegion"]["rows"][number];

const column = createColumnHelper<MeetingRow>();

/** One page the server sent, newest first; the table lays it out and nothing more. */
export function MeetingsTable({ slug, rows }: { slug: string; rows: MeetingRow[] }) {
  const { t } = useTranslation();
  const columns = useMemo(
    () => [
      column.accessor("heldOn", {
        header: () => t("meetings.column.heldOn"),
        cell: (info) => <DateText value={info.getValue()} />,
      }),
      column.accessor("kind", {
        header: () => t("meetings.column.kind"),
        cell: (info) => <span className="tag">{t(`meetingKind.${info.getValue()}`)}</span>,
      }),
      column.accessor("title", {
        header: () => t("meetings.column.title"),
        cell: (info) => (
          <Link
            to="/regions/$slug/meetings/$meetingId"
            params={{ slug, meetingId: info.row.original.id }}
            data-user-text=""
          >
            {info.getValue()}
          </Link>
        ),
      }),
      column.accessor("place", {
        header: () => t("meetings.column.place"),
        cell: (info) => {
          const place = info.getValue();
          const online = info.row.original.online ? t("meetings.online") : null;
          if (!place) return online ?? t("common.none");
          return (
            <>
              <span data-user-text="">{place}</span>
              {online && `${t("common.listSeparator")}${online}`}
            </>
          );
        },
      }),
      column.accessor("nextMeeting", {
        header: () => t("meetings.column.next"),
        cell: (info) => {
          const next = info.getValue();
          return next ? <DateText value={next} /> : t("common.none");
        },
      }),
    ],
    [t, slug],
  );
  const table = useReactTable({
    data: rows,
    columns,
    manualPagination: true,
    enableSorting: false,
    getCoreRowModel: getCoreRowModel(),
  });
  return <DataTable table={table} caption={t("meetings.tableCaption")} />;
}
