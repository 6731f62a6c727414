import {
  type AnswerValue,
  DEFAULT_SURVEY_PURPOSE_JA,
  isChoiceKind,
  isTextKind,
  type SurveyQuestion,
} from "@kyoso/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SurveyDraft } from "../lib/builder-state";
import { AnswerQuestion } from "./answer-question";
import { useAnswerText } from "./answer-text";
import "../answer.css";

const previewQuestions = (draft: SurveyDraft): SurveyQuestion[] =>
  draft.questions.map((q) => ({
    id: q.key,
    kind: q.kind,
    label: q.label.trim() || "…",
    help: q.help.trim() || null,
    required: q.required,
    options: isChoiceKind(q.kind) ? q.options.map((o) => ({ id: o.key, label: o.label.trim() || "…" })) : [],
    scaleMinLabel: q.kind === "scale" ? q.scaleMinLabel.trim() || null : null,
    scaleMaxLabel: q.kind === "scale" ? q.scaleMaxLabel.trim() || null : null,
  }));

/**
 * The questions as respondents will see them, built from the unsaved draft. The controls work, so the organizer
 * can try them; nothing here is sent. It sits outside the builder's form, so Enter in it submits nothing.
 */
export function SurveyPreview({ draft }: { draft: SurveyDraft }) {
  const { t } = useTranslation();
  const answerText = useAnswerText();
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const questions = previewQuestions(draft);
  return (
    <details className="survey-preview card">
      <summary>{t("surveys.builder.previewHeading")}</summary>
      <p className="muted">{t("surveys.builder.previewIntro")}</p>
      <div className="answer-preview" lang="ja">
        <p className="answer-preview-title">{draft.title.trim() || "…"}</p>
        {draft.introduction.trim() && <p className="answer-intro">{draft.introduction}</p>}
        <div className="answer-intro">
          <p className="answer-label">{t("surveyPurpose.label")}</p>
          <p>{draft.purposeOfUse.trim() || DEFAULT_SURVEY_PURPOSE_JA}</p>
          {questions.some((q) => isTextKind(q.kind)) && <p>{t("surveyPurpose.previewConsent")}</p>}
        </div>
        {draft.asksOrganizationType && <p className="answer-help">{answerText("organizationTypePreview")}</p>}
        {questions.length === 0 ? (
          <p className="empty">{t("surveys.builder.noQuestions")}</p>
        ) : (
          questions.map((question, index) => (
            <AnswerQuestion
              key={question.id}
              question={question}
              number={index + 1}
              idPrefix="preview"
              value={answers[question.id]}
              error={undefined}
              onChange={(value) =>
                setAnswers(({ [question.id]: _old, ...rest }) =>
                  value === undefined ? rest : { ...rest, [question.id]: value },
                )
              }
            />
          ))
        )}
      </div>
    </details>
  );
}
