import { parseIsoDate } from "@kyoso/domain";
import { type ReactNode, useEffect } from "react";
import { useFormState, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormCheckbox, FormText, FormTextArea } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import type { SchemaForm as SchemaFormApi } from "../../../components/form/use-schema-form";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { useDates } from "../../../i18n/use-dates";
import type { ApiFailure } from "../../../lib/api-errors";
import type { SurveyDraft } from "../lib/builder-state";
import { ADD_QUESTIONS_ID, QuestionList } from "./question-list";

interface Props<V extends SurveyDraft, Out> {
  /** The page's form over the domain's create or update schema: the same builder creates and edits. */
  form: SchemaFormApi<V, Out>;
  /** Called with the schema's parsed input once every field passes (not while a save is under way). */
  onValid: (input: Out) => void;
  /** Responses so far: above zero, saved questions and options are locked against removal. */
  responseCount: number;
  failure: ApiFailure | null;
  onReload?: () => void;
  pending: boolean;
  submitLabel: string;
  success: ReactNode;
  /** Fields only the create form has (the forum the survey belongs to), bound to the same form by name. */
  extraFields?: ReactNode;
}

/**
 * The survey builder on the shared form layer: react-hook-form holds the survey, its questions and their choices
 * (field arrays), the domain schema checks them on submit, and its messages show beside the fields.
 */
export function SurveyForm<V extends SurveyDraft, Out>(props: Props<V, Out>) {
  const { t } = useTranslation();
  return (
    <SchemaForm
      form={props.form}
      serverErrors={props.failure?.fieldErrors}
      onValid={(input) => {
        if (!props.pending) props.onValid(input);
      }}
      className="form survey-form"
    >
      <FocusAddQuestionsWhenNothingElse />
      <p className="muted">{t("form.requiredNote")}</p>
      <div className="survey-form-failure">
        <FormFailure failure={props.failure} onReload={props.onReload} />
      </div>
      <Basics extraFields={props.extraFields} />
      <QuestionList responseCount={props.responseCount} />
      <FormActions pending={props.pending} label={props.submitLabel} success={props.success} />
    </SchemaForm>
  );
}

function Basics({ extraFields }: { extraFields: ReactNode }) {
  const { t } = useTranslation();
  const dates = useDates();
  const [opensOn, closesOn] = useWatch<SurveyDraft, ["opensOn", "closesOn"]>({
    name: ["opensOn", "closesOn"],
  });
  // The browser draws a date box in its own locale's order: the day is repeated the Japanese way beside it.
  const dateHint = (value: string, key: "opensOn" | "closesOn") =>
    parseIsoDate(value) ? t(`surveys.hints.${key}`, { date: dates.date(value) }) : undefined;
  return (
    <section aria-labelledby="survey-basics-heading" className="card">
      <h2 id="survey-basics-heading">{t("surveys.builder.basicsHeading")}</h2>
      <FormText id="survey-title" name="title" label={t("surveys.fields.title")} required />
      <FormTextArea
        id="survey-introduction"
        name="introduction"
        label={t("surveys.fields.introduction")}
        hint={t("surveys.hints.introduction")}
      />
      <FormTextArea
        id="survey-purposeOfUse"
        name="purposeOfUse"
        label={t("surveyPurpose.label")}
        hint={t("surveyPurpose.hint")}
      />
      <div className="field-row">
        <FormText
          id="survey-opensOn"
          name="opensOn"
          type="date"
          label={t("surveys.fields.opensOn")}
          hint={dateHint(opensOn, "opensOn")}
          required
        />
        <FormText
          id="survey-closesOn"
          name="closesOn"
          type="date"
          label={t("surveys.fields.closesOn")}
          hint={dateHint(closesOn, "closesOn")}
          required
        />
      </div>
      {extraFields}
      <FormCheckbox
        id="survey-asksOrganizationType"
        name="asksOrganizationType"
        label={t("surveys.fields.asksOrganizationType")}
        hint={t("surveys.hints.asksOrganizationType")}
      />
    </section>
  );
}

/**
 * After a rejected save the form focuses the first field marked invalid; when the only problem is the survey as a
 * whole (no questions yet, or a question's choices as a group), focus goes to the place to add a question, which
 * carries the survey-level message.
 */
function FocusAddQuestionsWhenNothingElse() {
  const { submitCount, errors } = useFormState();
  const rejected = Object.keys(errors).length > 0;
  useEffect(() => {
    if (submitCount === 0 || !rejected) return;
    const add = document.getElementById(ADD_QUESTIONS_ID);
    if (!add?.closest("form")?.querySelector('[aria-invalid="true"]')) add?.focus();
  }, [submitCount, rejected]);
  return null;
}
