import { TASK_STATUSES, type TaskStatus } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";

/** Changes the status of every selected task at once; the server refuses all if any one is not allowed. */
export function BulkStatus({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [status, setStatus] = useState<TaskStatus>("doing");
  const [message, setMessage] = useState("");
  const change = useMutation(
    trpc.task.setStatus.mutationOptions({
      onSuccess: async (_result, input) => {
        setMessage(
          t("tasks.bulk.done", { count: input.ids.length, status: t(`taskStatus.${input.status}`) }),
        );
        onDone();
        await queryClient.invalidateQueries(trpc.task.pathFilter());
        await queryClient.invalidateQueries(trpc.overview.pathFilter());
      },
    }),
  );
  const failure = change.isError ? describeApiFailure(change.error, t("form.networkError")) : null;

  return (
    <div className="bulk-bar">
      <form
        aria-label={t("tasks.bulk.label")}
        className="bulk-form"
        onSubmit={(e) => {
          e.preventDefault();
          setMessage("");
          change.mutate({ ids, status });
        }}
      >
        <span>{t("tasks.bulk.selected", { count: ids.length })}</span>
        <label htmlFor={`${id}-status`}>{t("tasks.bulk.status")}</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as TaskStatus)}>
          {TASK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`taskStatus.${s}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={ids.length === 0 || change.isPending}>
          {t("tasks.bulk.apply")}
        </button>
      </form>
      <p role="status" className="bulk-message">
        {message}
      </p>
      <div role="alert">
        {failure && (
          <p className="notice notice--error">
            {t("tasks.bulk.failed")}: {failure.message}
          </p>
        )}
      </div>
    </div>
  );
}
