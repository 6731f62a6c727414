import {
  TASK_PRIORITIES,
  TASK_STATUSES,
  type TaskPriority,
  type TaskStatus,
  taskUpdateSchema,
} from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { FormSelect, FormText, FormTextArea } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";

type Task = RouterOutputs["task"]["byId"];
type Users = RouterOutputs["user"]["list"] | undefined;

/** Edits a task at the version it was loaded at; a stale version comes back as CONFLICT with a reload offer. */
export function TaskForm({ task, users, onReload }: { task: Task; users: Users; onReload: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const sf = useSchemaForm({
    schema: taskUpdateSchema,
    defaultValues: {
      title: task.title,
      description: task.description ?? "",
      status: task.status as TaskStatus,
      priority: task.priority as TaskPriority,
      assigneeId: task.assigneeId ?? "",
      dueOn: task.dueOn ?? "",
    },
    toInput: (values) => ({
      id: task.id,
      version: task.version,
      ...values,
      assigneeId: values.assigneeId || null,
      dueOn: values.dueOn || null,
    }),
  });
  const update = useMutation(
    trpc.task.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.task.pathFilter());
        await queryClient.invalidateQueries(trpc.overview.pathFilter());
        await queryClient.invalidateQueries(trpc.audit.pathFilter());
      },
    }),
  );

  const assignees = new Map<string, string>();
  for (const u of users ?? []) assignees.set(u.id, u.displayName);
  if (task.assigneeId && task.assigneeName) assignees.set(task.assigneeId, task.assigneeName);
  if (me) assignees.set(me.id, me.displayName);

  return (
    <SchemaForm
      form={sf}
      onValid={(input) => update.mutate(input)}
      className="form"
      aria-labelledby="task-edit-heading"
    >
      <h2 id="task-edit-heading">{t("tasks.detail.editHeading")}</h2>
      <FormText id="task-title" name="title" label={t("tasks.fields.title")} required />
      <FormTextArea id="task-description" name="description" label={t("tasks.fields.description")} />
      <div className="field-row">
        <FormSelect
          id="task-status"
          name="status"
          label={t("tasks.fields.status")}
          options={TASK_STATUSES.map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))}
        />
        <FormSelect
          id="task-priority"
          name="priority"
          label={t("tasks.fields.priority")}
          options={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`taskPriority.${p}`) }))}
        />
        <FormText id="task-due" name="dueOn" type="date" label={t("tasks.fields.dueOn")} />
      </div>
      <div className="field-row assignee-row">
        <FormSelect
          id="task-assignee"
          name="assigneeId"
          label={t("tasks.fields.assignee")}
          placeholder={t("tasks.unassigned")}
          options={[...assignees].map(([value, label]) => ({ value, label }))}
        />
      </div>
      <FormFailure
        failure={update.isError ? describeApiFailure(update.error, t("form.networkError")) : null}
        onReload={onReload}
      />
      <div role="status">
        {update.isSuccess && <p className="notice notice--success">{t("tasks.detail.saved")}</p>}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t("form.saving") : t("tasks.detail.save")}
        </button>
      </div>
    </SchemaForm>
  );
}
