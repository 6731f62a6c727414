import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { NotFound } from "../../../components/not-found";
import { PageHeading } from "../../../components/page-heading";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import { useDates } from "../../../i18n/use-dates";
import { isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { HistoryTable } from "./history-table";
import { TransitionForm } from "./transition-form";

export function AgreementDetailPage({
  context,
  agreementId,
}: {
  context: RegionContext;
  agreementId: string;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const agreement = useQuery(trpc.agreement.byId.queryOptions({ id: agreementId }));
  const { region, slug, name, canWrite } = context;

  if (
    (agreement.isError && isMissing(agreement.error)) ||
    (agreement.data && agreement.data.regionId !== region.id)
  )
    return <NotFound />;
  if (!isLoaded(agreement)) return <QueryFallback query={agreement} />;
  const a = agreement.data;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/regions/$slug/cohosts" params={{ slug }}>
          {t("cohosts.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={a.organizationName} />
      <dl className="facts card">
        <div>
          <dt>{t("cohosts.status")}</dt>
          <dd>
            <span className="tag">{t(`agreementStatus.${a.status}`)}</span>{" "}
            {t("cohosts.since", { date: dates.date(a.statusChangedOn) })}
          </dd>
        </div>
        <div>
          <dt>{t("cohosts.role")}</dt>
          <dd>{t(`agreementRole.${a.role}`)}</dd>
        </div>
        <div>
          <dt>{t("cohosts.forum")}</dt>
          <dd>{a.editionTitle}</dd>
        </div>
        {a.nextStep && (
          <div>
            <dt>{t("cohosts.fields.nextStep")}</dt>
            <dd>
              {a.nextStep} {a.nextStepOn && <DateText value={a.nextStepOn} />}
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="history-heading" className="section">
        <h2 id="history-heading">{t("cohosts.historyHeading")}</h2>
        <HistoryTable history={a.history} />
      </section>
      {canWrite && (
        <section className="section">
          <TransitionForm
            agreement={a}
            onReload={() => void queryClient.invalidateQueries(trpc.agreement.pathFilter())}
          />
        </section>
      )}
    </>
  );
}
