import type { TaskPriority, TaskStatus } from "@kyoso/domain";
import { Link } from "@tanstack/react-router";
import { createColumnHelper } from "@tanstack/react-table";
import type { TFunction } from "i18next";
import { DueDate } from "../../../components/due-date";
import type { useDates } from "../../../i18n/use-dates";
import type { RouterOutputs } from "../../../lib/api-types";
import { OverdueTag } from "./overdue-tag";

export type TaskRow = RouterOutputs["task"]["list"]["rows"][number];

const column = createColumnHelper<TaskRow>();

/** Columns the user may hide; the selection box and the title always show. */
export const HIDEABLE_COLUMNS = ["region", "status", "priority", "assignee", "dueOn", "updatedAt"] as const;

/** Sortable columns and the server's sort key for each. */
export const SORT_KEYS = {
  title: "title",
  region: "region",
  status: "status",
  priority: "priority",
  dueOn: "dueOn",
  updatedAt: "updatedAt",
} as const;

export function taskColumns(
  t: TFunction,
  dates: ReturnType<typeof useDates>,
  regionName: (regionId: string, nameJa: string) => string,
) {
  return [
    column.display({
      id: "select",
      header: ({ table }) => (
        <input
          type="checkbox"
          aria-label={t("tasks.selectPage")}
          checked={table.getIsAllRowsSelected()}
          ref={(el) => {
            if (el) el.indeterminate = table.getIsSomeRowsSelected();
          }}
          onChange={table.getToggleAllRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          aria-label={t("tasks.selectRow", { title: row.original.title })}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    }),
    column.accessor("title", {
      header: () => t("tasks.column.title"),
      cell: (info) => (
        <Link to="/tasks/$taskId" params={{ taskId: info.row.original.id }} data-user-text="">
          {info.getValue()}
        </Link>
      ),
    }),
    column.accessor("regionName", {
      id: "region",
      header: () => t("tasks.column.region"),
      cell: (info) => regionName(info.row.original.regionId, info.getValue()),
    }),
    column.accessor("status", {
      header: () => t("tasks.column.status"),
      cell: (info) => (
        <span className={`tag task-status task-status--${info.getValue()}`}>
          {t(`taskStatus.${info.getValue() as TaskStatus}`)}
        </span>
      ),
    }),
    column.accessor("priority", {
      header: () => t("tasks.column.priority"),
      cell: (info) => t(`taskPriority.${info.getValue() as TaskPriority}`),
    }),
    column.accessor("assigneeName", {
      id: "assignee",
      header: () => t("tasks.column.assignee"),
      enableSorting: false,
      cell: (info) =>
        info.getValue() !== null ? (
          <span data-user-text="">{info.getValue()}</span>
        ) : (
          <span className="muted">{t("tasks.unassigned")}</span>
        ),
    }),
    column.accessor("dueOn", {
      header: () => t("tasks.column.dueOn"),
      cell: (info) => {
        const due = info.getValue();
        if (!due) return <span className="muted">{t("tasks.noDue")}</span>;
        return (
          <>
            <DueDate value={due} />
            {info.row.original.overdue && <OverdueTag />}
          </>
        );
      },
    }),
    column.accessor("updatedAt", {
      header: () => t("tasks.column.updatedAt"),
      cell: (info) => dates.dateTime(String(info.getValue())),
    }),
  ];
}
