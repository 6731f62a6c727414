import {
  type AgreementStatus,
  agreementCorrectionSchema,
  allowedAgreementTransitions,
  effectiveAgreementHistory,
} from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { FormSelect, FormText, FormTextArea } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormActions } from "../../../components/form-actions";
import { FormFailure } from "../../../components/form-failure";
import { useDates } from "../../../i18n/use-dates";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { describeChange, type HistoryEvent } from "./history-table";

interface Props {
  agreement: { id: string; version: number };
  history: HistoryEvent[];
  event: HistoryEvent;
  onDone: () => void;
  onReload: () => void;
}

const FIRST: readonly AgreementStatus[] = ["proposed", "negotiating"];

/**
 * Corrects one entry of the history. The latest entry's status may change to any status its own move could have
 * reached; an earlier entry keeps its status (its date and note can change), as the domain rule says.
 */
export function CorrectionForm({ agreement, history, event, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const effective = effectiveAgreementHistory(history);
  const isLatest = effective.at(-1)?.id === event.id;
  const reachable = !isLatest
    ? [event.toStatus]
    : event.fromStatus === null
      ? FIRST
      : [event.toStatus, ...allowedAgreementTransitions(event.fromStatus)];
  const options = [...new Set(reachable)];
  const sf = useSchemaForm({
    schema: agreementCorrectionSchema,
    defaultValues: { to: event.toStatus as string, occurredOn: event.occurredOn, note: event.note ?? "" },
    toInput: (values) => ({ id: agreement.id, version: agreement.version, eventId: event.id, ...values }),
  });
  const correct = useMutation(
    trpc.agreement.correct.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.agreement.pathFilter()),
          queryClient.invalidateQueries(trpc.timeline.pathFilter()),
          queryClient.invalidateQueries(trpc.audit.pathFilter()),
        ]);
        onDone();
      },
    }),
  );
  const failure = correct.isError ? describeApiFailure(correct.error, t("form.networkError")) : null;
  const title = t("cohosts.correctionHeading", {
    date: dates.date(event.occurredOn),
    change: describeChange(t, event),
  });
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <SchemaForm
      form={sf}
      serverErrors={failure?.fieldErrors}
      onValid={(input) => {
        if (!correct.isPending) correct.mutate(input);
      }}
      className="form card correction-form"
      aria-labelledby="correction-heading"
    >
      <h3 id="correction-heading" ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <p className="muted">{t("cohosts.correctionIntro")}</p>
      <FormFailure
        failure={failure}
        onReload={() => {
          correct.reset();
          onReload();
        }}
      />
      <FormSelect
        id="correction-to"
        name="to"
        label={t("cohosts.fields.to")}
        required
        options={options.map((s) => ({ value: s, label: t(`agreementStatus.${s}`) }))}
      />
      <FormText
        id="correction-occurredOn"
        name="occurredOn"
        type="date"
        label={t("cohosts.fields.occurredOn")}
        required
      />
      <FormTextArea id="correction-note" name="note" label={t("cohosts.fields.note")} />
      <FormActions
        pending={correct.isPending}
        label={t("cohosts.correctionSave")}
        success={correct.isSuccess && <p>{t("cohosts.correctionSaved")}</p>}
      />
      <button type="button" className="button button--secondary" onClick={onDone}>
        {t("cohosts.cancelCorrection")}
      </button>
    </SchemaForm>
  );
}
