import { type EditionMilestone, editionMilestoneUpdateSchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormControl } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { serverMessage } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";

interface Props {
  editionId: string;
  milestone: EditionMilestone;
  label: string;
}

/** Shift one milestone by days and mark it done; the result is announced in the row's status. */
export function MilestoneRowForm({ editionId, milestone, label }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const prefix = `milestone-${milestone.key}`;
  const sf = useSchemaForm({
    schema: editionMilestoneUpdateSchema,
    defaultValues: { shift: String(milestone.shiftDays), done: milestone.doneOn !== null },
    toInput: ({ shift, done }: { shift: string; done: boolean }) => ({
      editionId,
      key: milestone.key,
      shiftDays: shift.trim() === "" ? 0 : Number(shift),
      doneOn: done ? (milestone.doneOn ?? todayInTokyo()) : null,
      version: milestone.version,
    }),
    // The row has one place for messages: every one of them is said next to the shift.
    fieldOf: () => "shift",
  });
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");
  const save = useMutation(
    trpc.milestone.setForEdition.mutationOptions({
      onSuccess: async () => {
        setMessage(t("milestones.saved", { label }));
        await queryClient.invalidateQueries(trpc.milestone.forEdition.queryFilter({ editionId }));
        await queryClient.invalidateQueries(trpc.overview.pathFilter());
      },
      onError: (e) =>
        setError(t("milestones.failed", { label, message: serverMessage(e) ?? t("form.networkError") })),
    }),
  );

  return (
    <SchemaForm
      form={sf}
      className="milestone-form"
      onValid={(input) => {
        setMessage("");
        setError("");
        save.mutate(input);
      }}
    >
      <FormControl<string>
        name="shift"
        render={({ value, onChange, messages }) => {
          const shown = messages()?.join(" ") || error;
          return (
            <>
              <div className="field inline-field">
                <label htmlFor={`${prefix}-shift`}>
                  {t("milestones.shiftDays")}
                  <span className="visually-hidden">{label}</span>
                </label>
                <input
                  id={`${prefix}-shift`}
                  type="number"
                  inputMode="numeric"
                  step={1}
                  className="input--narrow"
                  value={value}
                  aria-invalid={shown ? true : undefined}
                  aria-describedby={shown ? `${prefix}-error` : undefined}
                  onChange={(e) => onChange(e.target.value)}
                />
              </div>
              <FormControl<boolean>
                name="done"
                render={({ value: done, onChange: setDone }) => (
                  <label className="checkbox">
                    <input type="checkbox" checked={done} onChange={(e) => setDone(e.target.checked)} />
                    {t("milestones.done")}
                    <span className="visually-hidden">{label}</span>
                  </label>
                )}
              />
              <button
                type="submit"
                className="button button--secondary button--small"
                disabled={save.isPending}
              >
                {t("milestones.save")}
                <span className="visually-hidden">{label}</span>
              </button>
              <p id={`${prefix}-error`} role="alert" className="field-error">
                {shown}
              </p>
            </>
          );
        }}
      />
      <p role="status" className="small">
        {message}
      </p>
    </SchemaForm>
  );
}
