import { type RegionSummary, STAGES, type Stage } from "@kyoso/domain";
import { Link } from "@tanstack/react-router";
import {
  createColumnHelper,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../../components/data-table";
import { DateText } from "../../../components/date-text";
import { StageBadge } from "../../../components/stage-badge";
import { VenueFullBadge } from "../../../components/venue-full-badge";
import { toLanguage } from "../../../i18n/index";

const column = createColumnHelper<RegionSummary>();
const stageOrder = (stage: Stage) => STAGES.indexOf(stage);

export function RegionsTable({ regions }: { regions: RegionSummary[] }) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const [sorting, setSorting] = useState<SortingState>([]);

  const columns = useMemo(() => {
    const regionName = (r: RegionSummary) => (locale === "en" ? r.nameEn : r.nameJa);
    return [
      column.accessor(regionName, {
        id: "region",
        header: () => t("overview.column.region"),
        cell: (info) => (
          <Link to="/regions/$slug" params={{ slug: info.row.original.slug }}>
            {info.getValue()}
          </Link>
        ),
      }),
      column.accessor((r) => r.prefectures[0]?.code, {
        id: "prefectures",
        header: () => t("overview.column.prefectures"),
        sortUndefined: "last",
        cell: (info) =>
          info.row.original.prefectures
            .map((p) => (locale === "en" ? p.nameRomaji : p.nameJa))
            .join(t("common.listSeparator")),
      }),
      column.accessor((r) => r.currentEdition?.title, {
        id: "forum",
        header: () => t("overview.column.forum"),
        sortUndefined: "last",
        sortingFn: (a, b) =>
          (a.original.currentEdition?.title ?? "").localeCompare(
            b.original.currentEdition?.title ?? "",
            locale,
          ),
        cell: (info) => {
          const title = info.getValue();
          const venueFullFrom = info.row.original.currentEdition?.venueFullFrom;
          return title ? (
            <>
              <Link to="/regions/$slug" params={{ slug: info.row.original.slug }} data-user-text="">
                {title}
              </Link>
              {venueFullFrom && (
                <span className="venue-full-mark">
                  <VenueFullBadge from={venueFullFrom} compact />
                </span>
              )}
            </>
          ) : (
            <span className="muted">{t("overview.noEdition")}</span>
          );
        },
      }),
      column.accessor((r) => (r.currentEdition ? stageOrder(r.currentEdition.stage) : undefined), {
        id: "stage",
        header: () => t("overview.column.stage"),
        sortUndefined: "last",
        cell: (info) => <StageBadge stage={info.row.original.currentEdition?.stage ?? null} />,
      }),
      column.accessor((r) => r.currentEdition?.heldOn ?? undefined, {
        id: "heldOn",
        header: () => t("overview.column.heldOn"),
        sortUndefined: "last",
        cell: (info) => {
          const heldOn = info.getValue();
          return heldOn ? (
            <DateText value={heldOn} />
          ) : (
            <span className="muted">{t("common.undecided")}</span>
          );
        },
      }),
    ];
  }, [t, locale]);

  const table = useReactTable({
    data: regions,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    // Dates and stages read naturally earliest first; the default would start some columns descending.
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  return <DataTable table={table} caption={t("overview.tableCaption")} />;
}
