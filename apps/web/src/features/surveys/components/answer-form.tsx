import {
  type AnswerValue,
  ORGANIZATION_TYPE_LABELS_JA,
  ORGANIZATION_TYPES,
  type OrganizationType,
  validateAnswers,
} from "@kyoso/domain";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, type MouseEvent, useEffect, useRef, useState } from "react";
import { isApiError, useTRPC } from "../../../lib/trpc";
import {
  type AnswerDraft,
  type AnswerErrors,
  orderedErrors,
  randomId,
  splitServerErrors,
} from "../lib/answer-state";
import type { PublicSurvey } from "../lib/types";
import { AnswerQuestion, questionDomId } from "./answer-question";
import { useAnswerText } from "./answer-text";

const ID_PREFIX = "q";

export interface Receipt {
  number: number;
  duplicate: boolean;
}

interface Props {
  token: string;
  survey: PublicSurvey;
  onDone: (receipt: Receipt) => void;
}

const isTooManyRequests = (error: unknown) => {
  if (!isApiError(error)) return false;
  const response = error.meta?.response;
  return error.data?.httpStatus === 429 || (response instanceof Response && response.status === 429);
};

/**
 * The respondent's form. The same checks as the server run first (validateAnswers from the domain), so most
 * mistakes are shown without a round trip; whatever the server still refuses is shown the same way: a summary
 * that takes focus and links to each question, and the message beside the question.
 */
export function AnswerForm({ token, survey, onDone }: Props) {
  const t = useAnswerText();
  const trpc = useTRPC();
  // One key per filled-in form: a retry after a lost reply is recognised and stored once.
  const [idempotencyKey] = useState(randomId);
  const [answers, setAnswers] = useState<AnswerDraft>({});
  const [organizationType, setOrganizationType] = useState<OrganizationType | "">("");
  const [errors, setErrors] = useState<AnswerErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const sending = useRef(false);

  const fail = (byQuestion: AnswerErrors, other: string[]) => {
    setErrors(byQuestion);
    setGeneral(other);
    setAttempt((n) => n + 1);
  };

  const send = useMutation(
    trpc.publicSurvey.submit.mutationOptions({
      onSuccess: onDone,
      onError: (error) => {
        if (isTooManyRequests(error)) return fail({}, [t("rateLimited")]);
        if (!isApiError(error) || !error.data) return fail({}, [t("networkError")]);
        const { byQuestion, other } = splitServerErrors(error.data.fieldErrors ?? {}, survey.questions);
        fail(byQuestion, other.length > 0 || Object.keys(byQuestion).length > 0 ? other : [error.message]);
      },
      onSettled: () => {
        sending.current = false;
      },
    }),
  );

  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sending.current) return;
    const checked = validateAnswers(survey.questions, answers);
    if (!checked.ok) return fail(checked.errors, []);
    sending.current = true;
    setErrors({});
    setGeneral([]);
    send.mutate({
      token,
      idempotencyKey,
      respondentOrganizationType: survey.asksOrganizationType && organizationType ? organizationType : null,
      answers,
    });
  };

  const setAnswer = (questionId: string) => (value: AnswerValue | undefined) =>
    setAnswers(({ [questionId]: _old, ...rest }) =>
      value === undefined ? rest : { ...rest, [questionId]: value },
    );

  const listed = orderedErrors(survey.questions, errors);
  const count = listed.length + general.length;
  const goTo = (questionId: string) => (event: MouseEvent) => {
    event.preventDefault();
    const target = document.getElementById(questionDomId(ID_PREFIX, questionId));
    target?.scrollIntoView({ block: "start" });
    target?.querySelector<HTMLElement>("input, textarea, select")?.focus({ preventScroll: true });
  };

  return (
    <form className="answer-form" noValidate onSubmit={submit} aria-label={t("formLabel")}>
      <div ref={summary} tabIndex={-1} role="alert" className={count > 0 ? "error-summary" : undefined}>
        {count > 0 && (
          <>
            <h2 className="error-summary-title">{t("errorSummaryTitle", { count })}</h2>
            <ul>
              {listed.map((e) => (
                <li key={e.questionId}>
                  <a href={`#${questionDomId(ID_PREFIX, e.questionId)}`} onClick={goTo(e.questionId)}>
                    {t("errorItem", { n: e.number, message: e.message })}
                  </a>
                </li>
              ))}
              {general.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p className="answer-note">{t("requiredNote")}</p>
      {survey.asksOrganizationType && (
        <div className="answer-question">
          <label htmlFor="answer-organization-type" className="answer-text-label">
            <span className="answer-label">{t("organizationType")}</span>
            <span className="answer-optional">{t("optional")}</span>
          </label>
          <p id="answer-organization-type-hint" className="answer-help">
            {t("organizationTypeHint")}
          </p>
          <select
            id="answer-organization-type"
            value={organizationType}
            aria-describedby="answer-organization-type-hint"
            onChange={(e) => setOrganizationType(e.target.value as OrganizationType | "")}
          >
            <option value="">{t("noAnswer")}</option>
            {ORGANIZATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {ORGANIZATION_TYPE_LABELS_JA[type]}
              </option>
            ))}
          </select>
        </div>
      )}
      {survey.questions.map((question, index) => (
        <AnswerQuestion
          key={question.id}
          question={question}
          number={index + 1}
          idPrefix={ID_PREFIX}
          value={answers[question.id]}
          error={errors[question.id]}
          onChange={setAnswer(question.id)}
        />
      ))}
      <div className="answer-submit">
        <button type="submit" className="button button--block" aria-disabled={send.isPending || undefined}>
          {send.isPending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}
