import { type EditionMilestone, editionMilestoneUpdateSchema, todayInTokyo } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
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
  const [shift, setShift] = useState(String(milestone.shiftDays));
  const [done, setDone] = useState(milestone.doneOn !== null);
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
    <form
      noValidate
      className="milestone-form"
      onSubmit={(e) => {
        e.preventDefault();
        setMessage("");
        const parsed = editionMilestoneUpdateSchema.safeParse({
          editionId,
          key: milestone.key,
          shiftDays: shift.trim() === "" ? 0 : Number(shift),
          doneOn: done ? (milestone.doneOn ?? todayInTokyo()) : null,
          version: milestone.version,
        });
        if (!parsed.success) {
          setError(parsed.error.issues.map((i) => i.message).join(" "));
          return;
        }
        setError("");
        save.mutate(parsed.data);
      }}
    >
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
          value={shift}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${prefix}-error` : undefined}
          onChange={(e) => setShift(e.target.value)}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={done} onChange={(e) => setDone(e.target.checked)} />
        {t("milestones.done")}
        <span className="visually-hidden">{label}</span>
      </label>
      <button type="submit" className="button button--secondary button--small" disabled={save.isPending}>
        {t("milestones.save")}
        <span className="visually-hidden">{label}</span>
      </button>
      <p id={`${prefix}-error`} role="alert" className="field-error">
        {error}
      </p>
      <p role="status" className="small">
        {message}
      </p>
    </form>
  );
}
