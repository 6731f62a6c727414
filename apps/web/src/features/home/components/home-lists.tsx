import type { HomeData, HomeMeeting, HomeRegionRef } from "@kyoso/domain";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { DueDate } from "../../../components/due-date";
import { MilestoneStatusBadge } from "../../../components/milestone-status";
import { toLanguage } from "../../../i18n/index";
import { useDates } from "../../../i18n/use-dates";

function useRegionName() {
  const { i18n } = useTranslation();
  const en = toLanguage(i18n.resolvedLanguage) === "en";
  return (item: HomeRegionRef) => (en ? item.regionNameEn : item.regionNameJa);
}

type HomeSectionName = "tasks" | "meetings" | "minutes" | "milestones" | "agreements" | "surveys";

/**
 * One list of the home page: its heading (`home.<name>.heading` unless given), the items (or `home.<name>.empty`
 * when there are none) and how many more there are.
 */
function HomeSection({
  name,
  heading,
  count,
  shown,
  note,
  children,
}: {
  name: HomeSectionName;
  heading?: string;
  count: number;
  shown: number;
  note?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = `home-${name}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="home-section">
      <h2 id={`${id}-heading`}>
        {heading ?? t(`home.${name}.heading`)} <span className="home-count">{count}</span>
      </h2>
      {note}
      {shown === 0 ? (
        <p className="empty">{t(`home.${name}.empty`)}</p>
      ) : (
        <ul className="home-list">{children}</ul>
      )}
      {count > shown && <p className="muted small">{t("home.more", { count: count - shown })}</p>}
    </section>
  );
}

export function TaskList({ data }: { data: HomeData }) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  return (
    <HomeSection
      name="tasks"
      heading={t(data.role === "probono" ? "home.tasks.headingProbono" : "home.tasks.heading")}
      count={data.taskCount}
      shown={data.tasks.length}
    >
      {data.tasks.map((task) => (
        <li key={task.id} className={task.overdue ? "home-item home-item--overdue" : "home-item"}>
          <Link
            to="/tasks/$taskId"
            params={{ taskId: task.id }}
            className="home-item-title"
            data-user-text=""
          >
            {task.title}
          </Link>
          <span className="home-item-meta">
            {task.dueOn ? <DueDate value={task.dueOn} /> : t("home.tasks.noDue")}
            {task.overdue && <span className="tag tag--late">{t("home.tasks.overdue")}</span>}
            {!task.assigned && <span className="tag">{t("home.tasks.open")}</span>}
            <span>{t(`taskStatus.${task.status}`, { defaultValue: task.status })}</span>
            <span>{regionName(task)}</span>
          </span>
        </li>
      ))}
    </HomeSection>
  );
}

function MeetingItem({ meeting, children }: { meeting: HomeMeeting; children?: ReactNode }) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  const when = meeting.planned
    ? { date: meeting.heldOn, precision: meeting.precision ?? "day" }
    : { date: meeting.heldOn, precision: "day" as const };
  return (
    <li className="home-item">
      <Link
        to="/regions/$slug/meetings/$meetingId"
        params={{ slug: meeting.regionSlug, meetingId: meeting.id }}
        className="home-item-title"
        data-user-text=""
      >
        {meeting.title}
      </Link>
      <span className="home-item-meta">
        <DateText value={when} />
        {meeting.startTime && <span>{meeting.startTime}</span>}
        <span>{t(`meetingKind.${meeting.kind}`, { defaultValue: meeting.kind })}</span>
        <span>{regionName(meeting)}</span>
      </span>
      {children}
    </li>
  );
}

export function MeetingList({ data }: { data: HomeData }) {
  const { t } = useTranslation();
  return (
    <HomeSection name="meetings" count={data.meetingCount} shown={data.meetings.length}>
      {data.meetings.map((meeting) => (
        <MeetingItem key={`${meeting.id}-${meeting.planned ? "next" : "held"}`} meeting={meeting}>
          <span className="home-item-meta">
            {meeting.planned ? (
              <span className="tag">{t("home.meetings.planned")}</span>
            ) : meeting.online ? (
              <span>{t("home.meetings.online")}</span>
            ) : null}
            {!meeting.planned && <span>{meeting.place ?? t("home.meetings.placeUnknown")}</span>}
          </span>
        </MeetingItem>
      ))}
    </HomeSection>
  );
}

export function MinutesList({ data }: { data: HomeData }) {
  return (
    <HomeSection name="minutes" count={data.withoutMinutesCount} shown={data.withoutMinutes.length}>
      {data.withoutMinutes.map((meeting) => (
        <MeetingItem key={meeting.id} meeting={meeting} />
      ))}
    </HomeSection>
  );
}

export function MilestoneList({ data }: { data: HomeData }) {
  const { i18n } = useTranslation();
  const en = toLanguage(i18n.resolvedLanguage) === "en";
  const regionName = useRegionName();
  return (
    <HomeSection name="milestones" count={data.milestoneCount} shown={data.milestones.length}>
      {data.milestones.map((m) => (
        <li key={`${m.editionId}-${m.key}`} className="home-item">
          <Link to="/regions/$slug" params={{ slug: m.regionSlug }} className="home-item-title">
            {regionName(m)}：{en ? m.labelEn : m.labelJa}
          </Link>
          <span className="home-item-meta">
            <MilestoneStatusBadge status={m.status} />
            <DueDate value={m.dueOn} />
          </span>
        </li>
      ))}
    </HomeSection>
  );
}

export function AgreementList({ data }: { data: HomeData }) {
  const { t } = useTranslation();
  const dates = useDates();
  const regionName = useRegionName();
  return (
    <HomeSection name="agreements" count={data.agreementCount} shown={data.agreements.length}>
      {data.agreements.map((a) => (
        <li key={a.id} className="home-item">
          <Link
            to="/regions/$slug/cohosts/$agreementId"
            params={{ slug: a.regionSlug, agreementId: a.id }}
            className="home-item-title"
            data-user-text=""
          >
            {a.organizationName}
          </Link>
          <span className="home-item-meta">
            <span className="tag">{t(`agreementStatus.${a.status}`, { defaultValue: a.status })}</span>
            <span className="home-late">
              {t("home.agreements.nextStepOn", { date: dates.date(a.nextStepOn) })}
            </span>
            <span>{regionName(a)}</span>
          </span>
          {a.nextStep && (
            <span className="home-item-note" data-user-text="">
              {a.nextStep}
            </span>
          )}
        </li>
      ))}
    </HomeSection>
  );
}

export function SurveyList({ data }: { data: HomeData }) {
  const { t } = useTranslation();
  const dates = useDates();
  const regionName = useRegionName();
  const count = data.surveys.reduce((n, s) => n + s.newAnswers, 0);
  return (
    <HomeSection
      name="surveys"
      count={count}
      shown={data.surveys.length}
      note={
        <p className="muted small">
          {data.seenAt
            ? t("home.surveys.since", { at: dates.dateTime(data.seenAt) })
            : t("home.surveys.sinceFirst")}
        </p>
      }
    >
      {data.surveys.map((s) => (
        <li key={s.id} className="home-item">
          <Link
            to="/regions/$slug/surveys/$surveyId/results"
            params={{ slug: s.regionSlug, surveyId: s.id }}
            className="home-item-title"
            data-user-text=""
          >
            {s.title}
          </Link>
          <span className="home-item-meta">
            <span>{t("home.surveys.newAnswers", { count: s.newAnswers, total: s.responseCount })}</span>
            <span>{regionName(s)}</span>
          </span>
        </li>
      ))}
    </HomeSection>
  );
}
