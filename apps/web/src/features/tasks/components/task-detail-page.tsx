import { can } from "@kyoso/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DueDate } from "../../../components/due-date";
import { Forbidden } from "../../../components/forbidden";
import { PageHeading } from "../../../components/page-heading";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { isForbidden, isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { TaskComments } from "./task-comments";
import { TaskForm } from "./task-form";

export function TaskDetailPage({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  // Remounting the form is how a reload after a conflict replaces the stale values.
  const [formKey, setFormKey] = useState(0);
  const task = useQuery(trpc.task.byId.queryOptions({ id: taskId }));
  const users = useQuery({ ...trpc.user.list.queryOptions(), enabled: can(me, "user.manage") });

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
          <dd>{data.assigneeName ?? t("tasks.unassigned")}</dd>
        </div>
        <div>
          <dt>{t("tasks.fields.dueOn")}</dt>
          <dd>{data.dueOn ? <DueDate value={data.dueOn} /> : t("tasks.noDue")}</dd>
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
    </>
  );
}
