import { can, type RegionSummary, visibleRegionFilter } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import { StageBadge } from "../../../components/stage-badge";
import { toLanguage } from "../../../i18n/index";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { DueTasks } from "./due-tasks";
import { MilestoneMatrix } from "./milestone-matrix";
import { PrefectureStages } from "./prefecture-stages";
import { PrefectureTileMap } from "./prefecture-tile-map";
import { RegionsTable } from "./regions-table";
import { StageCounts } from "./stage-counts";
import { StalledAgreements } from "./stalled-agreements";

/**
 * The national overview, phone first: the person's own region(s), then the plain list of regions, then the map
 * and the rest. Someone who sees only some regions (a partner) gets no map of the 47 prefectures, which could
 * only show the others as 「未着手」.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const regions = useQuery(trpc.region.list.queryOptions());
  const overview = useQuery(trpc.overview.get.queryOptions({}));
  const me = useMe();
  const regionSlugs = useMemo(() => new Map((regions.data ?? []).map((r) => [r.id, r.slug])), [regions.data]);
  const seesAll = me ? visibleRegionFilter(me).all : false;
  const mine = (data: RegionSummary[]) =>
    data.filter((r) => (me?.role === "partner" ? r.id === me.partnerRegionId : me?.regionIds.includes(r.id)));

  return (
    <>
      <PageHeading title={t("overview.title")} />
      <p className="lead">{t("overview.intro")}</p>
      <ListState query={regions}>
        {(data) => (
          <>
            <OwnRegions regions={mine(data)} />
            <section aria-labelledby="regions-heading" className="section">
              <h2 id="regions-heading">{t("overview.regionsHeading")}</h2>
              {data.length === 0 ? (
                <p className="empty">{t("overview.empty")}</p>
              ) : (
                <RegionsTable regions={data} />
              )}
            </section>
          </>
        )}
      </ListState>
      <ListState query={overview}>
        {(data) => (
          <>
            {seesAll && <PrefectureTileMap tiles={data.prefectureTiles} />}
            <MilestoneMatrix template={data.template} regions={data.regions} />
            {data.dueTasks && <DueTasks tasks={data.dueTasks} today={data.today} />}
            {data.byStage.length > 0 && (
              <StageCounts byStage={data.byStage} byFiscalYear={data.byFiscalYear} />
            )}
          </>
        )}
      </ListState>
      {seesAll && (
        <ListState query={regions}>
          {(data) => (
            <section aria-labelledby="prefectures-heading" className="section">
              <h2 id="prefectures-heading">{t("overview.prefecturesHeading")}</h2>
              <p>{t("overview.prefecturesIntro")}</p>
              <PrefectureStages regions={data} />
            </section>
          )}
        </ListState>
      )}
      {can(me, "national.view") && <StalledAgreements regionSlugs={regionSlugs} />}
    </>
  );
}

/** The person's own region(s) first, with the current forum's stage: what a committee member looks for. */
function OwnRegions({ regions }: { regions: RegionSummary[] }) {
  const { t, i18n } = useTranslation();
  const en = toLanguage(i18n.resolvedLanguage) === "en";
  if (regions.length === 0) return null;
  return (
    <section aria-labelledby="own-regions-heading" className="section">
      <h2 id="own-regions-heading">{t("home.myRegions.heading")}</h2>
      <ul className="own-regions">
        {regions.map((region) => (
          <li key={region.id}>
            <Link to="/regions/$slug" params={{ slug: region.slug }} className="own-region-name">
              {en ? region.nameEn : region.nameJa}
            </Link>
            <StageBadge stage={region.currentEdition?.stage ?? null} />
            {region.currentEdition && <span className="muted small">{region.currentEdition.title}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
