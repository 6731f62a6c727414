import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import { useTRPC } from "../../../lib/trpc";
import { CopySurveyForm } from "./copy-survey-form";
import { SurveyStatusBadge } from "./status-badge";
import { SurveyPeriod } from "./survey-period";
import "../surveys.css";

/** The region's アンケート tab: its surveys, newest opening first, and (for writers) new and copy. */
export function SurveysPage({ context }: { context: RegionContext }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { slug, name, canWrite } = context;
  const list = useQuery(trpc.survey.forRegion.queryOptions({ slug }));
  const [copying, setCopying] = useState(false);

  return (
    <>
      <PageHeading title={t("surveys.title", { region: name })} />
      <p className="lead">{t("surveys.intro")}</p>
      {canWrite && (
        <div className="actions">
          <Link to="/regions/$slug/surveys/new" params={{ slug }} className="button">
            {t("surveys.create")}
          </Link>
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={copying}
            aria-controls="survey-copy"
            onClick={() => setCopying((open) => !open)}
          >
            {t("surveys.copy")}
          </button>
        </div>
      )}
      {canWrite && (
        <div id="survey-copy" hidden={!copying}>
          {copying && <CopySurveyForm context={context} />}
        </div>
      )}
      <section aria-labelledby="surveys-list-heading" className="section">
        <h2 id="surveys-list-heading">{t("surveys.listHeading")}</h2>
        <ListState query={list} isEmpty={(data) => data.length === 0} empty={t("surveys.empty")}>
          {(data) => (
            <ul className="entries">
              {data.map((survey) => (
                <li key={survey.id} className="entry survey-entry">
                  <p className="entry-meta">
                    <SurveyStatusBadge status={survey.status} />
                    <span>
                      <span className="visually-hidden">{t("surveys.periodLabel")}: </span>
                      <SurveyPeriod opensOn={survey.opensOn} closesOn={survey.closesOn} />
                    </span>
                  </p>
                  <h3 className="entry-title">
                    <Link to="/regions/$slug/surveys/$surveyId" params={{ slug, surveyId: survey.id }}>
                      {survey.title}
                    </Link>
                  </h3>
                  <p className="entry-body survey-counts">
                    <span>{t("surveys.count.responsesInList", { count: survey.responseCount })}</span>
                    <span>{t("surveys.count.questions", { count: survey.questionCount })}</span>
                    <Link
                      to="/regions/$slug/surveys/$surveyId/results"
                      params={{ slug, surveyId: survey.id }}
                    >
                      {t("surveys.openResults")}
                      <span className="visually-hidden">
                        {t("surveys.resultsOf", { title: survey.title })}
                      </span>
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </ListState>
      </section>
    </>
  );
}
