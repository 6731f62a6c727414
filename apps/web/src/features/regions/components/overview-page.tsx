import { can } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { DueTasks } from "./due-tasks";
import { MilestoneMatrix } from "./milestone-matrix";
import { PrefectureStages } from "./prefecture-stages";
import { PrefectureTileMap } from "./prefecture-tile-map";
import { RegionsTable } from "./regions-table";
import { StageCounts } from "./stage-counts";
import { StalledAgreements } from "./stalled-agreements";

export function OverviewPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const regions = useQuery(trpc.region.list.queryOptions());
  const overview = useQuery(trpc.overview.get.queryOptions({}));
  const me = useMe();
  const regionSlugs = useMemo(() => new Map((regions.data ?? []).map((r) => [r.id, r.slug])), [regions.data]);

  return (
    <>
      <PageHeading title={t("overview.title")} />
      <p className="lead">{t("overview.intro")}</p>
      <ListState query={overview}>
        {(data) => (
          <>
            <PrefectureTileMap tiles={data.prefectureTiles} />
            <MilestoneMatrix template={data.template} regions={data.regions} />
            {data.dueTasks && <DueTasks tasks={data.dueTasks} today={data.today} />}
            {data.byStage.length > 0 && (
              <StageCounts byStage={data.byStage} byFiscalYear={data.byFiscalYear} />
            )}
          </>
        )}
      </ListState>
      <ListState query={regions}>
        {(data) => (
          <>
            <section aria-labelledby="regions-heading" className="section">
              <h2 id="regions-heading">{t("overview.regionsHeading")}</h2>
              {data.length === 0 ? (
                <p className="empty">{t("overview.empty")}</p>
              ) : (
                <RegionsTable regions={data} />
              )}
            </section>
            <section aria-labelledby="prefectures-heading" className="section">
              <h2 id="prefectures-heading">{t("overview.prefecturesHeading")}</h2>
              <p>{t("overview.prefecturesIntro")}</p>
              <PrefectureStages regions={data} />
            </section>
            {can(me, "national.view") && <StalledAgreements regionSlugs={regionSlugs} />}
          </>
        )}
      </ListState>
    </>
  );
}
