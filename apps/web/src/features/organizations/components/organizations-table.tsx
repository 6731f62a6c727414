import { Link } from "@tanstack/react-router";
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  type SortingState,
  useReactTable,
} from "@tanstack/react-table";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../../lib/api-types";
import { ORGANIZATION_SORTS, type OrganizationSort } from "../lib/organization-search";

type OrganizationRow = RouterOutputs["organization"]["list"]["rows"][number];

const column = createColumnHelper<OrganizationRow>();
const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

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

  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t("organizations.tableCaption")}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                if (!header.column.getCanSort())
                  return (
                    <th key={header.id} scope="col" className="plain-th">
                      {label}
                    </th>
                  );
                return (
                  <th key={header.id} scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : "none"}>
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {label}
                      <span className="sort-icon" aria-hidden="true">
                        {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
