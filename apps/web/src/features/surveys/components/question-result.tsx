import type { RespondentFilter } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import type { QuestionResult as Result, SurveyDetail } from "../lib/types";
import { ResultChart, type ResultRow } from "./result-chart";
import { ResultTable } from "./result-table";
import { TextAnswers } from "./text-answers";

interface Props {
  surveyId: string;
  number: number;
  result: Result;
  /** The question as built, for what the ends of a scale mean. */
  question: SurveyDetail["questions"][number] | undefined;
  filter: RespondentFilter;
  refetchInterval: number | false;
}

/** One question's results: choices or scale as a table with a chart beside it, or the text answers. */
export function QuestionResult({ surveyId, number, result, question, filter, refetchInterval }: Props) {
  const { t } = useTranslation();
  const headingId = `result-${result.id}`;
  const caption = t("surveys.results.caption", { n: number, count: result.answered });

  const body = () => {
    if (result.answered === 0) return <p className="empty">{t("surveys.results.noAnswers")}</p>;
    if (result.choices) {
      const rows: ResultRow[] = result.choices.map((c) => ({
        label: c.label,
        count: c.count,
        percent: c.percent,
      }));
      return (
        <>
          {result.kind === "multiple" && <p className="muted">{t("surveys.results.multipleNote")}</p>}
          <div className="result-grid">
            <ResultTable caption={caption} head={t("surveys.results.option")} rows={rows} />
            <ResultChart rows={rows} />
          </div>
        </>
      );
    }
    if (result.scale) {
      const ends: Record<number, string | null | undefined> = {
        1: question?.scaleMinLabel,
        5: question?.scaleMaxLabel,
      };
      const rows: ResultRow[] = result.scale.distribution.map((d) => {
        const end = ends[d.value];
        return {
          label: end ? t("surveys.results.scalePoint", { value: d.value, label: end }) : String(d.value),
          count: d.count,
          percent: d.percent,
        };
      });
      return (
        <>
          <p className="result-mean">
            {result.scale.mean === null
              ? t("surveys.results.noMean")
              : t("surveys.results.mean", { mean: result.scale.mean.toFixed(2) })}
          </p>
          <div className="result-grid">
            <ResultTable caption={caption} head={t("surveys.results.scaleValue")} rows={rows} />
            <ResultChart rows={rows} />
          </div>
        </>
      );
    }
    return (
      <TextAnswers
        surveyId={surveyId}
        questionId={result.id}
        filter={filter}
        answered={result.answered}
        refetchInterval={refetchInterval}
      />
    );
  };

  return (
    <section aria-labelledby={headingId} className="card question-result">
      <p className="entry-meta">
        <span className="tag">{t(`surveys.kind.${result.kind}`)}</span>
        <span>{t("surveys.results.answered", { count: result.answered })}</span>
      </p>
      <h3 id={headingId}>{t("surveys.results.questionHeading", { n: number, label: result.label })}</h3>
      {body()}
    </section>
  );
}
