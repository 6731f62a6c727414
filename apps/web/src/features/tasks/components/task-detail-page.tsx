import { can, TASK_PRIORITIES, TASK_STATUSES } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Attachments } from "../../../components/attachments";
import { DeleteWithUndo } from "../../../components/delete-with-undo";
import { DueDate } from "../../../components/due-date";
import { Forbidden } from "../../../components/forbidden";
import { PageHeading } from "../../../components/page-heading";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { RecordHistory } from "../../../components/record-history";
import { describeApiFailure, isForbidden, isMissing } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { OverdueTag } from "./overdue-tag";
import { TaskComments } from "./task-comments";
import { TaskForm } from "./task-form";

type TaskListData = RouterOutputs["task"]["list"];

export function TaskDetailPage({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  // Remounting the form is how a reload after a conflict replaces the stale values.
  const [formKey, setFormKey] = useState(0);
  const task = useQuery(trpc.task.byId.queryOptions({ id: taskId }));
  const users = useQuery({ ...trpc.user.list.queryOptions(), enabled: can(me, "user.manage") });
  const navigate = useNavigate();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.task.pathFilter()),
      queryClient.invalidateQueries(trpc.overview.pathFilter()),
      queryClient.invalidateQueries(trpc.audit.pathFilter()),
    ]);
  // 「自分に割り当て」 is one action, kept at once: not a change of the form that a reload would lose.
  const pickUp = useMutation(trpc.task.pickUp.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.task.delete.mutationOptions());

  const back = (
    <p className="breadcrumb">
      <Link to="/tasks">{t("tasks.detail.back")}</Link>
    </p>
  );
  if (task.isError && isForbidden(task.error)) return <Forbidden />;
  if (task.isError && isMissing(task.error)) {
    return (
      <>
        {back}
        <PageHeading title={t("tasks.detail.notFound")} />
      </>
    );
  }
  if (!isLoaded(task)) return <QueryFallback query={task} />;
  const data = task.data;
  const canWrite = can(me, "task.write", { regionId: data.regionId, assigneeId: data.assigneeId });
  const canDelete = can(me, "region.write", { regionId: data.regionId });
  const pickUpFailure = pickUp.isError ? describeApiFailure(pickUp.error, t("form.networkError")) : null;

  return (
    <>
      {back}
      <PageHeading title={data.title} />
      <dl className="facts">
        <div>
          <dt>{t("tasks.detail.region")}</dt>
          <dd>{data.regionName}</dd>
        </div>
        <div>
          <dt>{t("tasks.fields.status")}</dt>
          <dd>
            <span className={`tag task-status task-status--${data.status}`}>
              {t(`taskStatus.${data.status}`)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t("tasks.fields.assignee")}</dt>
          <dd>
            {data.assigneeName ?? t("tasks.unassigned")}
            {canWrite && me && !data.assigneeId && (
              <>
                {" "}
                <button
                  type="button"
                  className="button button--small"
                  aria-disabled={pickUp.isPending || undefined}
                  onClick={() => {
                    if (!pickUp.isPending) pickUp.mutate({ id: data.id, version: data.version });
                  }}
                >
                  {pickUp.isPending ? t("tasks.detail.pickingUp") : t("tasks.detail.pickUp")}
                </button>
              </>
            )}
            <span role="status" className="pick-up-status">
              {pickUp.isSuccess && data.assigneeId === me?.id && t("tasks.detail.pickedUp")}
            </span>
            {pickUpFailure && (
              <span role="alert" className="notice notice--error pick-up-status">
                {pickUpFailure.message}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("tasks.fields.dueOn")}</dt>
          <dd>
            {data.dueOn ? <DueDate value={data.dueOn} /> : t("tasks.noDue")}
            {data.overdue && <OverdueTag />}
          </dd>
        </div>
        {data.meetingTitle && (
          <div>
            <dt>{t("tasks.detail.meeting")}</dt>
            <dd>{data.meetingTitle}</dd>
          </div>
        )}
      </dl>
      {data.description && <p className="task-description">{data.description}</p>}
      {canWrite ? (
        <TaskForm
          key={`${formKey}-${data.version}`}
          task={data}
          users={users.data}
          onReload={() => {
            void queryClient.invalidateQueries(trpc.task.byId.queryFilter({ id: taskId }));
            setFormKey((k) => k + 1);
          }}
        />
      ) : (
        <p className="notice notice--info">{t("tasks.detail.readOnly")}</p>
      )}
      <TaskComments taskId={taskId} comments={data.comments} canWrite={canWrite} />
      <Attachments recordType="task" recordId={data.id} canWrite={canWrite} />
      {canDelete && (
        <section className="section record-actions">
          <DeleteWithUndo
            label={t("tasks.detail.deleteTask")}
            confirmTitle={t("tasks.detail.deleteTaskTitle", { title: data.title })}
            what={data.title}
            onDelete={() => remove.mutateAsync({ id: data.id, version: data.version })}
            onDeleted={() => {
              // The list shows without the task at once, not for the moment until its refetch answers.
              queryClient.setQueriesData({ queryKey: trpc.task.list.pathKey() }, (list?: TaskListData) =>
                list && list.rows.some((row) => row.id === data.id)
                  ? { ...list, rows: list.rows.filter((row) => row.id !== data.id), total: list.total - 1 }
                  : list,
              );
              void refresh();
              void navigate({ to: "/tasks" });
            }}
          />
        </section>
      )}
      {can(me, "region.read", { regionId: data.regionId }) && (
        <RecordHistory
          recordType="task"
          id={data.id}
          fieldLabels={{
            title: t("tasks.fields.title"),
            priority: t("tasks.fields.priority"),
            meetingTitle: t("tasks.detail.meeting"),
            regionName: t("tasks.detail.region"),
          }}
          formatValue={(field, value) => {
            const v = String(value);
            if (field === "status") {
              const status = TASK_STATUSES.find((s) => s === v);
              return status && t(`taskStatus.${status}`);
            }
            if (field === "priority") {
              const priority = TASK_PRIORITIES.find((p) => p === v);
              return priority && t(`taskPriority.${priority}`);
            }
            return undefined;
          }}
        />
      )}
    </>
  );
}
