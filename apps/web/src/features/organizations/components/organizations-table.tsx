import { Link } from "@tanstack/react-router";
import { createColumnHelper, getCoreRowModel, type SortingState, useReactTable } from "@tanstack/react-table";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../../components/data-table";
import type { RouterOutputs } from "../../../lib/api-types";
import { ORGANIZATION_SORTS, type OrganizationSort } from "../lib/organization-search";

type OrganizationRow = RouterOutputs["organization"]["list"]["rows"][number];

const column = createColumnHelper<OrganizationRow>();

interface Props {
  slug: string;
  rows: OrganizationRow[];
  sort: OrganizationSort;
  direction: "asc" | "desc";
  /** The prefectures whose organizations the user may edit here: the region's own. */
  editable: ReadonlySet<string>;
  canWrite: boolean;
  onSortChange: (sort: OrganizationSort, direction: "asc" | "desc") => void;
}

/** The server sorts and pages (manualSorting, manualPagination); the table lays out the page it was sent. */
export function OrganizationsTable({ slug, rows, sort, direction, editable, canWrite, onSortChange }: Props) {
  const { t } = useTranslation();
  const columns = useMemo(
    () => [
      column.accessor("name", {
        id: "name",
        header: () => t("organizations.column.name"),
        cell: (info) => (
          <>
            <span className="org-name">{info.getValue()}</span>
            {info.row.original.nameKana && (
              <span className="org-kana" lang="ja">
                {info.row.original.nameKana}
              </span>
            )}
          </>
        ),
      }),
      column.accessor("type", {
        id: "type",
        header: () => t("organizations.column.type"),
        cell: (info) => <span className="tag">{t(`organizationType.${info.getValue()}`)}</span>,
      }),
      column.accessor("prefectureName", {
        id: "prefecture",
        header: () => t("organizations.column.prefecture"),
        cell: (info) => info.getValue() ?? t("common.none"),
      }),
      column.accessor("note", {
        id: "note",
        enableSorting: false,
        header: () => t("organizations.column.note"),
        cell: (info) => info.getValue() ?? "",
      }),
      ...(canWrite
        ? [
            column.display({
              id: "actions",
              header: () => t("organizations.column.actions"),
              cell: (info) =>
                info.row.original.prefectureCode &&
                editable.has(info.row.original.prefectureCode) && (
                  <Link
                    to="/regions/$slug/organizations/$organizationId/edit"
                    params={{ slug, organizationId: info.row.original.id }}
                    aria-label={t("organizations.editFor", { name: info.row.original.name })}
                  >
                    {t("organizations.edit")}
                  </Link>
                ),
            }),
          ]
        : []),
    ],
    [t, slug, canWrite, editable],
  );
  const sorting: SortingState = [{ id: sort, desc: direction === "desc" }];
  const table = useReactTable({
    data: rows,
    columns,
    manualSorting: true,
    manualPagination: true,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      const id = ORGANIZATION_SORTS.find((s) => s === first?.id);
      // Clicking a sorted column a third time would clear the sort; the list always has one, so it flips back.
      if (!first || !id) onSortChange(sort, direction === "asc" ? "desc" : "asc");
      else onSortChange(id, first.desc ? "desc" : "asc");
    },
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
  });

  return <DataTable table={table} caption={t("organizations.tableCaption")} />;
}
