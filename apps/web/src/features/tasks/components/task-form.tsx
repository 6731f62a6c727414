import {
  TASK_PRIORITIES,
  TASK_STATUSES,
  type TaskPriority,
  type TaskStatus,
  taskUpdateSchema,
} from "@kyoso/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SelectField, TextAreaField, TextField } from "../../../components/fields";
import { FormFailure } from "../../../components/form-failure";
import { describeApiFailure } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import { type FieldErrors, fieldErrorsOf } from "../../../lib/field-errors";
import { useTRPC } from "../../../lib/trpc";
import { useFocusInvalid } from "../../../lib/use-focus-invalid";
import { useMe } from "../../../lib/use-me";

type Task = RouterOutputs["task"]["byId"];
type Users = RouterOutputs["user"]["list"] | undefined;

/** Edits a task at the version it was loaded at; a stale version comes back as CONFLICT with a reload offer. */
export function TaskForm({ task, users, onReload }: { task: Task; users: Users; onReload: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusInvalid(formRef);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [values, setValues] = useState({
    title: task.title,
    description: task.description ?? "",
    status: task.status as TaskStatus,
    priority: task.priority as TaskPriority,
    assigneeId: task.assigneeId ?? "",
    dueOn: task.dueOn ?? "",
  });
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const update = useMutation(
    trpc.task.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.task.pathFilter());
        await queryClient.invalidateQueries(trpc.overview.pathFilter());
      },
    }),
  );

  const assignees = new Map<string, string>();
  for (const u of users ?? []) assignees.set(u.id, u.displayName);
  if (task.assigneeId && task.assigneeName) assignees.set(task.assigneeId, task.assigneeName);
  if (me) assignees.set(me.id, me.displayName);

  return (
    <form
      ref={formRef}
      noValidate
      className="form"
      aria-labelledby="task-edit-heading"
      onSubmit={(e) => {
        e.preventDefault();
        const input = {
          id: task.id,
          version: task.version,
          ...values,
          assigneeId: values.assigneeId || null,
          dueOn: values.dueOn || null,
        };
        const parsed = taskUpdateSchema.safeParse(input);
        if (!parsed.success) {
          setErrors(fieldErrorsOf(parsed.error));
          focusInvalid();
          return;
        }
        setErrors({});
        update.mutate(input);
      }}
    >
      <h2 id="task-edit-heading">{t("tasks.detail.editHeading")}</h2>
      <TextField
        id="task-title"
        label={t("tasks.fields.title")}
        required
        value={values.title}
        errors={errors.title}
        onChange={(title) => set({ title })}
      />
      <TextAreaField
        id="task-description"
        label={t("tasks.fields.description")}
        value={values.description}
        errors={errors.description}
        onChange={(description) => set({ description })}
      />
      <div className="field-row">
        <SelectField
          id="task-status"
          label={t("tasks.fields.status")}
          value={values.status}
          options={TASK_STATUSES.map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))}
          onChange={(status) => set({ status: status as TaskStatus })}
        />
        <SelectField
          id="task-priority"
          label={t("tasks.fields.priority")}
          value={values.priority}
          options={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`taskPriority.${p}`) }))}
          onChange={(priority) => set({ priority: priority as TaskPriority })}
        />
        <TextField
          id="task-due"
          type="date"
          label={t("tasks.fields.dueOn")}
          value={values.dueOn}
          errors={errors.dueOn}
          onChange={(dueOn) => set({ dueOn })}
        />
      </div>
      <div className="field-row assignee-row">
        <SelectField
          id="task-assignee"
          label={t("tasks.fields.assignee")}
          value={values.assigneeId}
          placeholder={t("tasks.unassigned")}
          options={[...assignees].map(([value, label]) => ({ value, label }))}
          onChange={(assigneeId) => set({ assigneeId })}
        />
        {me && values.assigneeId !== me.id && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => set({ assigneeId: me.id })}
          >
            {t("tasks.fields.assignToMe")}
          </button>
        )}
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
    </form>
  );
}
