import { DEFAULT_SURVEY_PURPOSE_JA, type SurveyStatus } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { NotFound } from "../../../components/not-found";
import { PageHeading } from "../../../components/page-heading";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { RecordHistory } from "../../../components/record-history";
import type { RegionContext } from "../../../components/region-frame";
import { isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import type { SurveyDetail } from "../lib/types";
import { FreeTextRetention } from "./free-text-retention";
import { PublicLink } from "./public-link";
import { SurveyStatusBadge } from "./status-badge";
import { SurveyActions } from "./survey-actions";
import { SurveyPeriod } from "./survey-period";
import "../surveys.css";

/** A survey's page (where the timeline links): its state, answer link, actions and questions. */
export function SurveyDetailPage({ context, surveyId }: { context: RegionContext; surveyId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { slug, name, canWrite } = context;
  const survey = useQuery(trpc.survey.byId.queryOptions({ id: surveyId }));

  if (survey.isError && isMissing(survey.error)) return <NotFound />;
  if (!isLoaded(survey)) return <QueryFallback query={survey} />;
  const s = survey.data;
  if (s.regionSlug !== slug) return <NotFound />;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/regions/$slug/surveys" params={{ slug }}>
          {t("surveys.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={s.title} />
      <dl className="facts">
        <div>
          <dt>{t("surveys.detail.status")}</dt>
          <dd>
            <SurveyStatusBadge status={s.status} />
          </dd>
        </div>
        <div>
          <dt>{t("surveys.periodLabel")}</dt>
          <dd>
            <SurveyPeriod opensOn={s.opensOn} closesOn={s.closesOn} />
          </dd>
        </div>
        <div>
          <dt>{t("surveys.detail.responses")}</dt>
          <dd>{t("surveys.count.responses", { count: s.responseCount })}</dd>
        </div>
        <div>
          <dt>{t("surveys.detail.edition")}</dt>
          <dd>{s.editionTitle ?? t("common.none")}</dd>
        </div>
      </dl>
      <p className="actions">
        <Link
          to="/regions/$slug/surveys/$surveyId/results"
          params={{ slug, surveyId: s.id }}
          className="button"
        >
          {t("surveys.openResults")}
        </Link>
        {canWrite && (
          <Link
            to="/regions/$slug/surveys/$surveyId/edit"
            params={{ slug, surveyId: s.id }}
            className="button button--secondary"
          >
            {t("surveys.detail.edit")}
          </Link>
        )}
      </p>
      <FreeTextRetention survey={s} canWrite={canWrite} />
      {canWrite && (
        <div className="survey-panels">
          <SurveyActions survey={s} slug={slug} />
          <PublicLink url={s.answerUrl} status={s.status} />
        </div>
      )}
      <section aria-labelledby="survey-questions-heading" className="section">
        <h2 id="survey-questions-heading">
          {t("surveys.detail.questionsHeading", { count: s.questions.length })}
        </h2>
        {s.introduction && <p className="pre-line survey-introduction">{s.introduction}</p>}
        <h3 className="survey-purpose-heading">{t("surveyPurpose.label")}</h3>
        <p className="pre-line survey-introduction">{s.purposeOfUse || DEFAULT_SURVEY_PURPOSE_JA}</p>
        <QuestionList questions={s.questions} />
      </section>
      <RecordHistory
        recordType="survey"
        id={s.id}
        fieldLabels={{
          title: t("surveys.fields.title"),
          introduction: t("surveys.fields.introduction"),
          purposeOfUse: t("surveyPurpose.label"),
          opensOn: t("surveys.fields.opensOn"),
          closesOn: t("surveys.fields.closesOn"),
          asksOrganizationType: t("surveys.fields.asksOrganizationType"),
          editionId: t("surveys.fields.editionId"),
          status: t("surveys.historyFields.status"),
          questions: t("surveys.historyFields.questions"),
        }}
        formatValue={(field, value) => {
          if (field === "status" && typeof value === "string")
            return t(`surveys.status.${value as SurveyStatus}`);
          if (field === "questions" && Array.isArray(value))
            return t("surveys.detail.questionsHeading", { count: value.length });
          return undefined;
        }}
      />
    </>
  );
}

function QuestionList({ questions }: { questions: SurveyDetail["questions"] }) {
  const { t } = useTranslation();
  if (questions.length === 0) return <p className="empty">{t("surveys.builder.noQuestions")}</p>;
  return (
    <ol className="question-summary">
      {questions.map((q) => (
        <li key={q.id} className="entry">
          <p className="entry-meta">
            <span className="tag">{t(`surveys.kind.${q.kind}`)}</span>
            <span className={q.required ? "tag tag--required" : "tag"}>
              {q.required ? t("surveys.detail.required") : t("surveys.detail.optional")}
            </span>
          </p>
          <h3 className="entry-title">{q.label}</h3>
          {q.help && <p className="muted entry-body">{q.help}</p>}
          {q.options.length > 0 && (
            <ul className="plain-list">
              {q.options.map((o) => (
                <li key={o.id}>{o.label}</li>
              ))}
            </ul>
          )}
          {q.kind === "scale" && (q.scaleMinLabel || q.scaleMaxLabel) && (
            <p className="entry-body">
              {t("surveys.detail.scaleEnds", {
                min: q.scaleMinLabel ?? t("common.none"),
                max: q.scaleMaxLabel ?? t("common.none"),
              })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
