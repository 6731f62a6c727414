import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { NotFound } from "../../../components/not-found";
import { PageHeading } from "../../../components/page-heading";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import { isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { FindingsList } from "./findings-list";

export function HearingDetailPage({ context, hearingId }: { context: RegionContext; hearingId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const hearing = useQuery(trpc.hearing.byId.queryOptions({ id: hearingId }));
  const { region, slug, name } = context;

  if ((hearing.isError && isMissing(hearing.error)) || (hearing.data && hearing.data.regionId !== region.id))
    return <NotFound />;
  if (!isLoaded(hearing)) return <QueryFallback query={hearing} />;
  const h = hearing.data;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/regions/$slug/hearings" params={{ slug }}>
          {t("hearings.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={t("hearings.with", { organization: h.organizationName })} />
      <p className="entry-meta">
        <DateText value={h.heldOn} />
        <span>{t("hearings.interviewer", { name: h.interviewer })}</span>
        {h.respondent && <span>{t("hearings.respondent", { name: h.respondent })}</span>}
      </p>
      <section aria-labelledby="summary-heading" className="section">
        <h2 id="summary-heading">{t("hearings.summaryHeading")}</h2>
        <p className="pre-line">{h.summary ?? t("common.none")}</p>
      </section>
      <section aria-labelledby="findings-heading" className="section">
        <h2 id="findings-heading">{t("hearings.findingsHeading")}</h2>
        <FindingsList findings={h.findings} />
      </section>
    </>
  );
}
