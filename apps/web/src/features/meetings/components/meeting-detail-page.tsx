import { TASK_STATUSES } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Attachments } from "../../../components/attachments";
import { DateText } from "../../../components/date-text";
import { DeleteWithUndo } from "../../../components/delete-with-undo";
import { NotFound } from "../../../components/not-found";
import { PageHeading } from "../../../components/page-heading";
import { PrintLink } from "../../../components/print-link";
import { isLoaded, Loading, QueryFallback } from "../../../components/query-state";
import { RecordHistory } from "../../../components/record-history";
import type { RegionContext } from "../../../components/region-frame";
import { useDates } from "../../../i18n/use-dates";
import { isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";

// The markdown renderer is the heaviest dependency and only minutes need it: loaded when a meeting has them.
const Markdown = lazy(() => import("../../../components/markdown").then((m) => ({ default: m.Markdown })));

export function MeetingDetailPage({ context, meetingId }: { context: RegionContext; meetingId: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const meeting = useQuery(trpc.meeting.byId.queryOptions({ id: meetingId }));
  const remove = useMutation(trpc.meeting.delete.mutationOptions());
  const { region, slug, name, canWrite } = context;

  // A meeting of another region under this region's address is not this region's meeting.
  if ((meeting.isError && isMissing(meeting.error)) || (meeting.data && meeting.data.regionId !== region.id))
    return <NotFound />;
  if (!isLoaded(meeting)) return <QueryFallback query={meeting} />;

  const m = meeting.data;
  const place = [m.place, m.online ? t("meetings.online") : null]
    .filter(Boolean)
    .join(t("common.listSeparator"));
  const time =
    m.startTime && m.endTime
      ? t("meetings.detail.timeRange", { start: m.startTime, end: m.endTime })
      : (m.startTime ?? "");
  const text = (value: string | null): ReactNode =>
    value ? <p className="pre-line">{value}</p> : <p className="muted">{t("meetings.detail.notRecorded")}</p>;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/regions/$slug/meetings" params={{ slug }}>
          {t("meetings.backToList", { region: name })}
        </Link>
      </p>
      <PageHeading title={m.title} />
      <p className="lead">
        <span className="tag">{t(`meetingKind.${m.kind}`)}</span>
      </p>
      <p>
        <PrintLink to="/print/regions/$slug/meetings/$meetingId" params={{ slug, meetingId: m.id }} />
      </p>
      {canWrite && (
        <div className="record-actions">
          <Link
            to="/regions/$slug/meetings/$meetingId/edit"
            params={{ slug, meetingId: m.id }}
            className="button button--secondary"
          >
            {t("meetings.edit")}
          </Link>
          <DeleteWithUndo
            label={t("meetings.delete")}
            confirmTitle={t("meetings.deleteTitle", { title: m.title })}
            what={m.title}
            onDelete={() => remove.mutateAsync({ id: m.id, version: m.version })}
            onDeleted={() => {
              void navigate({ to: "/regions/$slug/meetings", params: { slug } }).then(() =>
                Promise.all([
                  queryClient.invalidateQueries(trpc.meeting.pathFilter()),
                  queryClient.invalidateQueries(trpc.timeline.pathFilter()),
                  queryClient.invalidateQueries(trpc.region.pathFilter()),
                ]),
              );
            }}
          />
        </div>
      )}
      <p className="next-meeting">
        {m.nextMeeting
          ? t("meetings.detail.next", { date: dates.partial(m.nextMeeting) })
          : t("meetings.detail.noNext")}
      </p>
      <dl className="facts card">
        <div>
          <dt>{t("meetings.detail.when")}</dt>
          <dd>
            <DateText value={m.heldOn} /> {time}
          </dd>
        </div>
        <div>
          <dt>{t("meetings.detail.place")}</dt>
          <dd>{place || t("common.undecided")}</dd>
        </div>
        <div>
          <dt>{t("meetings.detail.attendees")}</dt>
          <dd className="pre-line">{m.attendees ?? t("common.none")}</dd>
        </div>
        <div>
          <dt>{t("meetings.detail.organizations")}</dt>
          <dd>
            {m.organizations.length > 0
              ? m.organizations.map((o) => o.name).join(t("common.listSeparator"))
              : t("common.none")}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="agenda-heading" className="section">
        <h2 id="agenda-heading">{t("meetings.detail.agenda")}</h2>
        {text(m.agenda)}
      </section>
      <section aria-labelledby="minutes-heading" className="section">
        <h2 id="minutes-heading">{t("meetings.detail.minutes")}</h2>
        {m.minutes ? (
          <Suspense fallback={<Loading />}>
            <Markdown text={m.minutes} />
          </Suspense>
        ) : (
          <p className="muted">{t("markdown.empty")}</p>
        )}
      </section>
      <section aria-labelledby="decisions-heading" className="section">
        <h2 id="decisions-heading">{t("meetings.detail.decisions")}</h2>
        {text(m.decisions)}
      </section>
      <section aria-labelledby="tasks-heading" className="section">
        <h2 id="tasks-heading">{t("meetings.detail.tasks")}</h2>
        {m.tasks.length === 0 ? (
          <p className="empty">{t("meetings.detail.noTasks")}</p>
        ) : (
          <ul className="entries">
            {m.tasks.map((task) => {
              const status = TASK_STATUSES.find((s) => s === task.status);
              return (
                <li key={task.id} className="entry">
                  <p className="entry-title">{task.title}</p>
                  <p className="entry-meta">
                    {status && <span className="tag">{t(`meetings.taskStatus.${status}`)}</span>}
                    {task.dueOn && <span>{t("meetings.detail.due", { date: dates.date(task.dueOn) })}</span>}
                    <span>
                      {task.assigneeName
                        ? t("meetings.detail.assignee", { name: task.assigneeName })
                        : t("meetings.detail.unassigned")}
                    </span>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <Attachments recordType="meeting" recordId={m.id} canWrite={canWrite} />
      <RecordHistory recordType="meeting" id={m.id} />
    </>
  );
}
