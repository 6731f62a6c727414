import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { Attachments } from "../../../components/attachments";
import { DateText } from "../../../components/date-text";
import { DeleteWithUndo } from "../../../components/delete-with-undo";
import { NotFound } from "../../../components/not-found";
import { PageHeading } from "../../../components/page-heading";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { RecordHistory } from "../../../components/record-history";
import type { RegionContext } from "../../../components/region-frame";
import { isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { FindingsList } from "./findings-list";
import { HearingConsentSummary } from "./hearing-consent";

export function HearingDetailPage({ context, hearingId }: { context: RegionContext; hearingId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const hearing = useQuery(trpc.hearing.byId.queryOptions({ id: hearingId }));
  const remove = useMutation(trpc.hearing.delete.mutationOptions());
  const { region, slug, name, canWrite } = context;

  if ((hearing.isError && isMissing(hearing.error)) || (hearing.data && hearing.data.regionId !== region.id))
    return <NotFound />;
  if (!isLoaded(hearing)) return <QueryFallback query={hearing} />;
  const h = hearing.data;
  const title = t("hearings.with", { organization: h.organizationName });

  return (
    <>
      <p className="breadcrumb">
        <Link to="/regions/$slug/hearings" params={{ slug }}>
          {t("hearings.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={title} />
      <p className="entry-meta">
        <DateText value={h.heldOn} />
        <span>{t("hearings.interviewer", { name: h.interviewer })}</span>
        {h.respondent && <span>{t("hearings.respondent", { name: h.respondent })}</span>}
      </p>
      {canWrite && (
        <div className="record-actions">
          <Link
            to="/regions/$slug/hearings/$hearingId/edit"
            params={{ slug, hearingId: h.id }}
            className="button button--secondary"
          >
            {t("hearings.edit")}
          </Link>
          <DeleteWithUndo
            label={t("hearings.delete")}
            confirmTitle={t("hearings.deleteTitle", { title })}
            what={title}
            onDelete={() => remove.mutateAsync({ id: h.id, version: h.version })}
            onDeleted={() => {
              void navigate({ to: "/regions/$slug/hearings", params: { slug } }).then(() =>
                Promise.all([
                  queryClient.invalidateQueries(trpc.hearing.pathFilter()),
                  queryClient.invalidateQueries(trpc.timeline.pathFilter()),
                ]),
              );
            }}
          />
        </div>
      )}
      <HearingConsentSummary hearing={h} />
      <section aria-labelledby="summary-heading" className="section">
        <h2 id="summary-heading">{t("hearings.summaryHeading")}</h2>
        <p className="pre-line">{h.summary ?? t("common.none")}</p>
      </section>
      <section aria-labelledby="findings-heading" className="section">
        <h2 id="findings-heading">{t("hearings.findingsHeading")}</h2>
        <FindingsList findings={h.findings} />
      </section>
      <Attachments recordType="hearing" recordId={h.id} canWrite={canWrite} />
      <RecordHistory recordType="hearing" id={h.id} />
    </>
  );
}
