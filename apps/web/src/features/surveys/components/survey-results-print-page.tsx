import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { NotFound } from "../../../components/not-found";
import { PrintSheet } from "../../../components/print-sheet";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { type RegionContext, RegionFrame } from "../../../components/region-frame";
import { isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import type { QuestionResult, SurveyDetail } from "../lib/types";
import { ResultChart, type ResultRow } from "./result-chart";
import { SurveyPeriod } from "./survey-period";

/** Wide enough for A4's text width (180 mm at 96 dpi is 680 px); narrower screens scale the drawing down. */
const CHART_WIDTH = 640;

/** A survey's results as an A4 document: each question's counts as a table and a chart drawn at a fixed size. */
export function SurveyResultsPrintPage({ slug, surveyId }: { slug: string; surveyId: string }) {
  return (
    <RegionFrame slug={slug}>
      {(context) => <ResultsSheet context={context} surveyId={surveyId} />}
    </RegionFrame>
  );
}

function ResultsSheet({ context, surveyId }: { context: RegionContext; surveyId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const survey = useQuery(trpc.survey.byId.queryOptions({ id: surveyId }));
  const results = useQuery({
    ...trpc.survey.results.queryOptions({ id: surveyId, respondentType: null }),
    enabled: survey.isSuccess,
  });
  const { slug, name } = context;

  if (survey.isError && isMissing(survey.error)) return <NotFound />;
  if (!isLoaded(survey)) return <QueryFallback query={survey} />;
  const s = survey.data;
  if (s.regionSlug !== slug) return <NotFound />;
  if (!isLoaded(results)) return <QueryFallback query={results} />;
  const data = results.data;

  return (
    <PrintSheet
      title={t("print.survey.title", { title: s.title })}
      owner={name}
      back={{ to: "/regions/$slug/surveys/$surveyId/results", params: { slug, surveyId: s.id } }}
      ready
    >
      <dl className="print-facts">
        <dt>{t("print.survey.period")}</dt>
        <dd>
          <SurveyPeriod opensOn={s.opensOn} closesOn={s.closesOn} />
        </dd>
        <dt>{t("print.survey.total")}</dt>
        <dd>{t("surveys.count.responses", { count: data.responseCount })}</dd>
      </dl>
      {data.responseCount === 0 && <p className="print-muted">{t("surveys.results.noResponses")}</p>}
      {data.questions.map((result, index) => (
        <Question
          key={result.id}
          number={index + 1}
          result={result}
          question={s.questions.find((q) => q.id === result.id)}
        />
      ))}
    </PrintSheet>
  );
}

function Question({
  number,
  result,
  question,
}: {
  number: number;
  result: QuestionResult;
  question: SurveyDetail["questions"][number] | undefined;
}) {
  const { t } = useTranslation();
  const headingId = `print-question-${result.id}`;
  const rows = rowsOf(result, question, (value, label) => t("surveys.results.scalePoint", { value, label }));
  return (
    <section aria-labelledby={headingId} className="print-question">
      <h2 id={headingId}>{t("print.survey.question", { n: number, label: result.label })}</h2>
      <p className="print-muted">
        {t(`surveys.kind.${result.kind}`)} · {t("surveys.results.answered", { count: result.answered })}
        {result.scale?.mean != null && (
          <> · {t("surveys.results.mean", { mean: result.scale.mean.toFixed(2) })}</>
        )}
      </p>
      {result.kind === "multiple" && <p className="print-muted">{t("surveys.results.multipleNote")}</p>}
      {rows === null ? (
        <p className="print-note">{t("print.survey.textNote", { count: result.answered })}</p>
      ) : result.answered === 0 ? (
        <p className="print-muted">{t("surveys.results.noAnswers")}</p>
      ) : (
        <div className="print-block">
          <table className="print-table">
            <caption className="visually-hidden">
              {t("surveys.results.caption", { n: number, count: result.answered })}
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  {result.scale ? t("surveys.results.scaleValue") : t("surveys.results.option")}
                </th>
                <th scope="col">{t("surveys.results.count")}</th>
                <th scope="col">{t("surveys.results.percent")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td className="numeric">{t("surveys.results.countValue", { count: row.count })}</td>
                  <td className="numeric">{t("surveys.results.percentValue", { value: row.percent })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ResultChart rows={rows} width={CHART_WIDTH} />
        </div>
      )}
    </section>
  );
}

/** A question's rows for the table and the chart; null for a free-text question. */
function rowsOf(
  result: QuestionResult,
  question: SurveyDetail["questions"][number] | undefined,
  pointLabel: (value: number, label: string) => string,
): ResultRow[] | null {
  if (result.choices)
    return result.choices.map((c) => ({ label: c.label, count: c.count, percent: c.percent }));
  if (result.scale) {
    const ends: Record<number, string | null | undefined> = {
      1: question?.scaleMinLabel,
      5: question?.scaleMaxLabel,
    };
    return result.scale.distribution.map((d) => {
      const end = ends[d.value];
      return {
        label: end ? pointLabel(d.value, end) : String(d.value),
        count: d.count,
        percent: d.percent,
      };
    });
  }
  return null;
}
