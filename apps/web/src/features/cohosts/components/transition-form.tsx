import {
  type AgreementStatus,
  agreementTransitionSchema,
  allowedAgreementTransitions,
  todayInTokyo,
} from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField, TextAreaField, TextField } from "../../../components/fields";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import type { FieldErrors } from "../../../lib/field-errors";
import { useTRPC } from "../../../lib/trpc";
import { useSchemaForm } from "../../../lib/use-schema-form";

interface Props {
  agreement: { id: string; version: number; status: AgreementStatus };
  onReload: () => void;
}

type Key = "to" | "occurredOn" | "note" | "nextStep" | "nextStepOn";

/** Only the statuses the domain allows from the current one are offered. */
export function TransitionForm({ agreement, onReload }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const allowed = allowedAgreementTransitions(agreement.status);
  const [values, setValues] = useState<Record<Key, string>>(() => ({
    to: "",
    occurredOn: todayInTokyo(new Date()),
    note: "",
    nextStep: "",
    nextStepOn: "",
  }));
  const { formRef, errors, check } = useSchemaForm();
  const transition = useMutation(
    trpc.agreement.transition.mutationOptions({
      onSuccess: () => {
        // The status moved on: what was chosen and written for the last move does not carry over.
        setValues((v) => ({ ...v, to: "", note: "", nextStep: "", nextStepOn: "" }));
        return Promise.all([
          queryClient.invalidateQueries(trpc.agreement.pathFilter()),
          queryClient.invalidateQueries(trpc.timeline.pathFilter()),
        ]);
      },
    }),
  );
  const failure = transition.isError ? describeApiFailure(transition.error, t("form.networkError")) : null;
  const shown: FieldErrors = { ...failure?.fieldErrors, ...errors };
  const set = (key: Key) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (transition.isPending) return;
    const parsed = check(agreementTransitionSchema, {
      id: agreement.id,
      version: agreement.version,
      ...values,
      nextStepOn: values.nextStepOn || null,
    });
    if (!parsed) return;
    transition.mutate(parsed);
  };

  return (
    <form
      ref={formRef}
      className="form card"
      noValidate
      onSubmit={submit}
      aria-labelledby="transition-heading"
    >
      <h2 id="transition-heading">{t("cohosts.transitionHeading")}</h2>
      <p className="muted">{t("form.requiredNote")}</p>
      <FormFailure
        failure={failure}
        onReload={() => {
          transition.reset();
          onReload();
        }}
      />
      <SelectField
        id="transition-to"
        label={t("cohosts.fields.to")}
        required
        placeholder={t("form.choose")}
        value={values.to}
        onChange={set("to")}
        options={allowed.map((s) => ({ value: s, label: t(`agreementStatus.${s}`) }))}
        errors={shown.to}
      />
      <TextField
        id="transition-occurredOn"
        type="date"
        label={t("cohosts.fields.occurredOn")}
        required
        value={values.occurredOn}
        onChange={set("occurredOn")}
        errors={shown.occurredOn}
      />
      <TextAreaField
        id="transition-note"
        label={t("cohosts.fields.note")}
        value={values.note}
        onChange={set("note")}
        errors={shown.note}
      />
      <div className="field-row">
        <TextField
          id="transition-nextStep"
          label={t("cohosts.fields.nextStep")}
          value={values.nextStep}
          onChange={set("nextStep")}
          errors={shown.nextStep}
        />
        <TextField
          id="transition-nextStepOn"
          type="date"
          label={t("cohosts.fields.nextStepOn")}
          value={values.nextStepOn}
          onChange={set("nextStepOn")}
          errors={shown.nextStepOn}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={transition.isPending || undefined}>
          {transition.isPending ? t("form.saving") : t("cohosts.transition")}
        </button>
        <div role="status" className={transition.isSuccess ? "notice notice--success" : undefined}>
          {transition.data &&
            t("cohosts.transitioned", { status: t(`agreementStatus.${transition.data.status}`) })}
        </div>
      </div>
    </form>
  );
}
