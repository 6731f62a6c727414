import { TASK_STATUSES } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { Markdown } from "../../../components/markdown";
import { NotFound } from "../../../components/not-found";
import { PrintSheet } from "../../../components/print-sheet";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { type RegionContext, RegionFrame } from "../../../components/region-frame";
import { useDates } from "../../../i18n/use-dates";
import { isMissing } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";

/** A meeting's minutes as an A4 document: facts, agenda, minutes, decisions and action items. */
export function MeetingPrintPage({ slug, meetingId }: { slug: string; meetingId: string }) {
  return (
    <RegionFrame slug={slug}>
      {(context) => <MeetingSheet context={context} meetingId={meetingId} />}
    </RegionFrame>
  );
}

function MeetingSheet({ context, meetingId }: { context: RegionContext; meetingId: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const meeting = useQuery(trpc.meeting.byId.queryOptions({ id: meetingId }));
  const { region, slug, name } = context;

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
    value ? <p className="print-pre">{value}</p> : <p className="print-muted">{t("print.notRecorded")}</p>;

  return (
    <PrintSheet
      title={t("print.meeting.title", { title: m.title })}
      owner={name}
      back={{ to: "/regions/$slug/meetings/$meetingId", params: { slug, meetingId: m.id } }}
      ready
    >
      <dl className="print-facts">
        <dt>{t("print.meeting.kind")}</dt>
        <dd>{t(`meetingKind.${m.kind}`)}</dd>
        <dt>{t("print.meeting.when")}</dt>
        <dd>
          <DateText value={m.heldOn} /> {time}
        </dd>
        <dt>{t("print.meeting.place")}</dt>
        <dd>{place || t("common.undecided")}</dd>
        <dt>{t("print.meeting.attendees")}</dt>
        <dd>{m.attendees ?? t("common.none")}</dd>
        <dt>{t("print.meeting.organizations")}</dt>
        <dd>
          {m.organizations.length > 0
            ? m.organizations.map((o) => o.name).join(t("common.listSeparator"))
            : t("common.none")}
        </dd>
        <dt>{t("print.meeting.next")}</dt>
        <dd>{m.nextMeeting ? dates.partial(m.nextMeeting) : t("print.meeting.noNext")}</dd>
      </dl>
      <section aria-labelledby="print-agenda" className="print-block">
        <h2 id="print-agenda">{t("print.meeting.agenda")}</h2>
        {text(m.agenda)}
      </section>
      <section aria-labelledby="print-minutes">
        <h2 id="print-minutes">{t("print.meeting.minutes")}</h2>
        {m.minutes ? <Markdown text={m.minutes} /> : <p className="print-muted">{t("print.notRecorded")}</p>}
      </section>
      <section aria-labelledby="print-decisions" className="print-block">
        <h2 id="print-decisions">{t("print.meeting.decisions")}</h2>
        {text(m.decisions)}
      </section>
      <section aria-labelledby="print-actions">
        <h2 id="print-actions">{t("print.meeting.actionItems")}</h2>
        {m.tasks.length === 0 ? (
          <p className="print-muted">{t("print.meeting.noActionItems")}</p>
        ) : (
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">{t("print.meeting.taskColumn")}</th>
                <th scope="col">{t("print.meeting.assigneeColumn")}</th>
                <th scope="col">{t("print.meeting.dueColumn")}</th>
                <th scope="col">{t("print.meeting.statusColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {m.tasks.map((task) => {
                const status = TASK_STATUSES.find((s) => s === task.status);
                return (
                  <tr key={task.id}>
                    <td>{task.title}</td>
                    <td>{task.assigneeName ?? t("print.meeting.unassigned")}</td>
                    <td>{task.dueOn ? dates.date(task.dueOn) : t("common.none")}</td>
                    <td>{status ? t(`meetings.taskStatus.${status}`) : t("common.none")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </PrintSheet>
  );
}
