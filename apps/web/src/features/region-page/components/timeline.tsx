import type { TimelineEntry } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { useTimelineText } from "../../../components/timeline-text";

/** The region's preparation log; the API already sends it newest first. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const text = useTimelineText();
  if (entries.length === 0) return <p className="empty">{t("region.noTimeline")}</p>;
  return (
    <ol className="entries timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="entry">
          <p className="entry-meta">
            <DateText value={{ date: entry.occurredOn, precision: entry.precision }} />
            <span className="tag">{t(`timelineKind.${entry.kind}`)}</span>
            {entry.isPublic && <span className="tag tag--public">{t("region.public")}</span>}
          </p>
          <h3 className="entry-title">{text(entry).title}</h3>
          {entry.body && <p className="entry-body">{text(entry).body}</p>}
        </li>
      ))}
    </ol>
  );
}
