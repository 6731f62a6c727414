import type { MeetingSummary } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { useDates } from "../../../i18n/use-dates";

export function Meetings({ meetings }: { meetings: MeetingSummary[] }) {
  const { t } = useTranslation();
  const dates = useDates();
  if (meetings.length === 0) return <p className="empty">{t("region.noMeetings")}</p>;
  return (
    <ul className="entries">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="entry">
          <p className="entry-meta">
            <DateText value={meeting.heldOn} />
            <span className="tag">{t(`meetingKind.${meeting.kind}`)}</span>
          </p>
          <h3 className="entry-title">{meeting.title}</h3>
          {meeting.place && <p>{t("region.place", { place: meeting.place })}</p>}
          {meeting.nextMeeting && (
            <p className="next-meeting">
              {t("region.nextMeeting", { date: dates.partial(meeting.nextMeeting) })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
