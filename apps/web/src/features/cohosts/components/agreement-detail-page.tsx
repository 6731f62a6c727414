import { AGREEMENT_ROLES, AGREEMENT_STATUSES } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { DeleteWithUndo } from "../../../components/delete-with-undo";
import { NotFound } from "../../../components/not-found";
import { PageHeading } from "../../../components/page-heading";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { RecordHistory } from "../../../components/record-history";
import type { RegionContext } from "../../../components/region-frame";
import { useDates } from "../../../i18n/use-dates";
import { isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { AgreementForm } from "./agreement-form";
import { CorrectionForm } from "./correction-form";
import { type HistoryEvent, HistoryTable } from "./history-table";
import { PublishableControl } from "./publishable-control";
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
  const navigate = useNavigate();
  const [correcting, setCorrecting] = useState<HistoryEvent | null>(null);
  // Remounting the forms is how a reload after a conflict replaces stale values.
  const [formKey, setFormKey] = useState(0);
  const remove = useMutation(trpc.agreement.delete.mutationOptions());
  const reload = () => {
    void queryClient.invalidateQueries(trpc.agreement.pathFilter());
    setFormKey((k) => k + 1);
  };

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
        <div>
          <dt>{t("cohostPublish.label")}</dt>
          <dd>
            <PublishableControl agreement={a} canWrite={canWrite} slug={slug} />
          </dd>
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
        <HistoryTable history={a.history} onCorrect={canWrite ? setCorrecting : undefined} />
        {canWrite && correcting && (
          <CorrectionForm
            key={`${correcting.id}-${formKey}`}
            agreement={a}
            history={a.history}
            event={correcting}
            onDone={() => setCorrecting(null)}
            onReload={reload}
          />
        )}
      </section>
      {canWrite && (
        <>
          <section className="section">
            <TransitionForm key={`transition-${formKey}`} agreement={a} onReload={reload} />
          </section>
          <section className="section">
            <AgreementForm
              key={`edit-${formKey}-${a.version}`}
              slug={slug}
              regionId={region.id}
              editionId={a.editionId}
              agreement={a}
              onReload={reload}
            />
          </section>
          <section className="section record-actions">
            <DeleteWithUndo
              label={t("cohosts.delete")}
              confirmTitle={t("cohosts.deleteTitle", { organization: a.organizationName })}
              confirmBody={t("cohosts.deleteBody")}
              what={t("cohosts.deleteWhat", { organization: a.organizationName })}
              onDelete={() => remove.mutateAsync({ id: a.id, version: a.version })}
              onDeleted={() => {
                void queryClient.invalidateQueries(trpc.agreement.pathFilter());
                void navigate({ to: "/regions/$slug/cohosts", params: { slug } });
              }}
            />
          </section>
          <RecordHistory
            recordType="agreement"
            id={a.id}
            fieldLabels={{
              historyEntry: t("cohosts.historyEntry"),
              role: t("cohosts.role"),
              status: t("cohosts.status"),
              statusChangedOn: t("cohosts.statusChangedOn"),
              nextStep: t("cohosts.fields.nextStep"),
              nextStepOn: t("cohosts.fields.nextStepOn"),
              publishable: t("cohostPublish.label"),
            }}
            formatValue={(field, value) => {
              const v = String(value);
              if (field === "status") {
                const status = AGREEMENT_STATUSES.find((s) => s === v);
                return status && t(`agreementStatus.${status}`);
              }
              if (field === "role") {
                const role = AGREEMENT_ROLES.find((r) => r === v);
                return role && t(`agreementRole.${role}`);
              }
              return undefined;
            }}
          />
        </>
      )}
    </>
  );
}
