import { TASK_STATUSES, type TaskStatus } from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { OutboxQueued } from "../../../components/outbox-queued";
import { describeApiFailure } from "../../../lib/api-errors";
import { useOutboxSave } from "../../../lib/outbox/use-outbox-save";
import { useTRPC } from "../../../lib/trpc";

/** A selected task as the table shows it: the version seen, so a change that waited offline cannot overwrite. */
export interface SelectedTask {
  id: string;
  version: number;
  title: string;
}

/**
 * Changes the status of every selected task at once; the server refuses all if any one is not allowed.
 * `onlyWhenSelected` (a phone): the form shows once a task is ticked, stuck to the foot of the screen; what
 * it did is still said after the selection empties.
 */
export function BulkStatus({
  tasks,
  onDone,
  onlyWhenSelected = false,
}: {
  tasks: SelectedTask[];
  onDone: () => void;
  onlyWhenSelected?: boolean;
}) {
  const ids = tasks.map((task) => task.id);
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
  const outbox = useOutboxSave("task.setStatus");
  const failure = change.isError ? describeApiFailure(change.error, t("form.networkError")) : null;

  return (
    <div className={onlyWhenSelected ? "bulk-bar bulk-bar--docked" : "bulk-bar"}>
      <form
        hidden={onlyWhenSelected && ids.length === 0}
        aria-label={t("tasks.bulk.label")}
        className="bulk-form"
        onSubmit={(e) => {
          e.preventDefault();
          setMessage("");
          outbox.clear();
          const input = {
            ids,
            status,
            versions: Object.fromEntries(tasks.map((task) => [task.id, task.version])),
            // Made at the press of the button: every later send of this change carries the same one.
            idempotencyKey: outbox.key(),
          };
          const summary = {
            title: tasks.map((task) => task.title).join("、"),
            detail: t("outbox.taskStatus", { count: ids.length, status: t(`taskStatus.${status}`) }),
          };
          const queued = () => {
            change.reset();
            onDone();
          };
          if (outbox.offline()) {
            void outbox.queue(input, summary).then(queued);
            return;
          }
          change.mutate(input, {
            onError: async (error) => {
              if (await outbox.queueIfUnreachable(error, input, summary)) queued();
            },
          });
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
      <div role="status" className="bulk-message">
        {message}
        {outbox.queued && <OutboxQueued />}
      </div>
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
