import type { OrganizationType } from "@kyoso/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "../../../components/fields";
import { NotFound } from "../../../components/not-found";
import { PageHeading } from "../../../components/page-heading";
import { PrintLink } from "../../../components/print-link";
import { isLoaded, ListState, QueryFallback } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import { isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { QuestionResult } from "./question-result";
import { ResponsesReview } from "./responses-review";
import { SurveyStatusBadge } from "./status-badge";
import { SurveyPeriod } from "./survey-period";
import "../surveys.css";

/** While a survey takes answers its results refresh on their own this often. */
const LIVE_INTERVAL_MS = 15_000;

type Filter = "" | OrganizationType | "unspecified";

const timeFormat = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

export function SurveyResultsPage({ context, surveyId }: { context: RegionContext; surveyId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { slug, name } = context;
  const [filter, setFilter] = useState<Filter>("");
  const survey = useQuery(trpc.survey.byId.queryOptions({ id: surveyId }));
  const live = survey.data?.status === "published";
  const refetchInterval = live ? LIVE_INTERVAL_MS : false;
  const respondentType = filter === "" ? null : filter;
  const results = useQuery({
    ...trpc.survey.results.queryOptions({ id: surveyId, respondentType }),
    enabled: survey.isSuccess,
    placeholderData: keepPreviousData,
    refetchInterval,
  });

  if (survey.isError && isMissing(survey.error)) return <NotFound />;
  if (!isLoaded(survey)) return <QueryFallback query={survey} />;
  const s = survey.data;
  if (s.regionSlug !== slug) return <NotFound />;
  const typeLabel = (type: OrganizationType | "unspecified") =>
    type === "unspecified" ? t("surveys.results.unspecified") : t(`organizationType.${type}`);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/regions/$slug/surveys/$surveyId" params={{ slug, surveyId: s.id }}>
          {t("surveys.builder.backToSurvey")}
        </Link>{" "}
        <span aria-hidden="true">·</span>{" "}
        <Link to="/regions/$slug/surveys" params={{ slug }}>
          {t("surveys.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={t("surveys.results.title", { title: s.title })} />
      <p className="entry-meta">
        <SurveyStatusBadge status={s.status} />
        <span>
          {t("surveys.periodLabel")}: <SurveyPeriod opensOn={s.opensOn} closesOn={s.closesOn} />
        </span>
      </p>
      <ListState query={results}>
        {(data) => (
          <>
            <section aria-labelledby="results-summary-heading" className="card results-summary">
              <h2 id="results-summary-heading">{t("surveys.results.summaryHeading")}</h2>
              <p className="results-total">
                {t("surveys.results.total")}
                <strong>{t("surveys.count.responses", { count: data.responseCount })}</strong>
              </p>
              {live && (
                <p className="muted small">
                  {t("surveys.results.live", {
                    time: timeFormat.format(new Date(results.dataUpdatedAt)),
                  })}
                </p>
              )}
              <SelectField
                id="results-filter"
                label={t("surveys.results.filter")}
                value={filter}
                onChange={(value) => setFilter(value as Filter)}
                options={[
                  {
                    value: "",
                    label: t("surveys.results.all", { count: totalOf(data.byRespondentType) }),
                  },
                  ...data.byRespondentType.map((r) => ({
                    value: r.type,
                    label: t("surveys.results.typeOption", { type: typeLabel(r.type), count: r.count }),
                  })),
                ]}
              />
              {filter !== "" && (
                <p role="status" className="notice notice--info">
                  {t("surveys.results.filtered", {
                    type: typeLabel(filter),
                    count: data.responseCount,
                  })}
                </p>
              )}
              <p className="results-export">
                <a
                  className="button button--secondary"
                  href={`/exports/surveys/${s.id}/answers.csv`}
                  download
                >
                  {t("surveys.results.csv")}
                </a>{" "}
                <a
                  className="button button--secondary"
                  href={`/exports/surveys/${s.id}/answers.xlsx`}
                  download
                >
                  {t("surveys.results.xlsx")}
                </a>{" "}
                <PrintLink
                  to="/print/regions/$slug/surveys/$surveyId/results"
                  params={{ slug, surveyId: s.id }}
                />
              </p>
              <p className="muted small">{t("surveys.results.csvNote")}</p>
            </section>
            <section aria-labelledby="results-questions-heading" className="section">
              <h2 id="results-questions-heading">{t("surveys.results.questionsHeading")}</h2>
              {data.responseCount === 0 && <p className="empty">{t("surveys.results.noResponses")}</p>}
              <div className="question-results">
                {data.questions.map((result, index) => (
                  <QuestionResult
                    key={`${result.id}-${filter}`}
                    surveyId={s.id}
                    number={index + 1}
                    result={result}
                    question={s.questions.find((q) => q.id === result.id)}
                    filter={respondentType}
                    refetchInterval={refetchInterval}
                  />
                ))}
              </div>
            </section>
          </>
        )}
      </ListState>
      <ResponsesReview surveyId={s.id} questions={s.questions} canWrite={context.canWrite} />
    </>
  );
}

const totalOf = (rows: readonly { count: number }[]) => rows.reduce((sum, r) => sum + r.count, 0);
