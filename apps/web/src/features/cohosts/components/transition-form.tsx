import {
  type AgreementStatus,
  agreementTransitionSchema,
  allowedAgreementTransitions,
  todayInTokyo,
} from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FormSelect, FormText, FormTextArea } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";

interface Props {
  agreement: { id: string; version: number; status: AgreementStatus };
  onReload: () => void;
}

/** Only the statuses the domain allows from the current one are offered. */
export function TransitionForm({ agreement, onReload }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const allowed = allowedAgreementTransitions(agreement.status);
  const sf = useSchemaForm({
    schema: agreementTransitionSchema,
    defaultValues: { to: "", occurredOn: todayInTokyo(new Date()), note: "", nextStep: "", nextStepOn: "" },
    toInput: (values) => ({
      id: agreement.id,
      version: agreement.version,
      ...values,
      nextStepOn: values.nextStepOn || null,
    }),
  });
  const transition = useMutation(
    trpc.agreement.transition.mutationOptions({
      onSuccess: () => {
        // The status moved on: what was chosen and written for the last move does not carry over.
        sf.form.reset({ ...sf.form.getValues(), to: "", note: "", nextStep: "", nextStepOn: "" });
        return Promise.all([
          queryClient.invalidateQueries(trpc.agreement.pathFilter()),
          queryClient.invalidateQueries(trpc.timeline.pathFilter()),
          queryClient.invalidateQueries(trpc.audit.pathFilter()),
        ]);
      },
    }),
  );
  const failure = transition.isError ? describeApiFailure(transition.error, t("form.networkError")) : null;
  return (
    <SchemaForm
      form={sf}
      serverErrors={failure?.fieldErrors}
      onValid={(input) => {
        if (!transition.isPending) transition.mutate(input);
      }}
      className="form card"
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
      <FormSelect
        id="transition-to"
        name="to"
        label={t("cohosts.fields.to")}
        required
        placeholder={t("form.choose")}
        options={allowed.map((s) => ({ value: s, label: t(`agreementStatus.${s}`) }))}
      />
      <FormText
        id="transition-occurredOn"
        name="occurredOn"
        type="date"
        label={t("cohosts.fields.occurredOn")}
        required
      />
      <FormTextArea id="transition-note" name="note" label={t("cohosts.fields.note")} />
      <div className="field-row">
        <FormText id="transition-nextStep" name="nextStep" label={t("cohosts.fields.nextStep")} />
        <FormText
          id="transition-nextStepOn"
          name="nextStepOn"
          type="date"
          label={t("cohosts.fields.nextStepOn")}
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
    </SchemaForm>
  );
}
