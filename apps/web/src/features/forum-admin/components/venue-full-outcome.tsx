import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useDates } from "../../../i18n/use-dates";
import type { CapacityResult } from "../lib/types";
import type { ForumContext } from "./forum-frame";

/**
 * What a write of capacity or counts did: saved, and when it filled the venue, that the forum is online-only
 * from that day and a draft announcement waits to be checked and published.
 */
export function VenueFullOutcome({
  forum,
  result,
  savedKey = "forum.capacity.saved",
}: {
  forum: ForumContext;
  result: CapacityResult;
  /** The plain success message when the venue did not fill up. */
  savedKey?: "forum.capacity.saved" | "forum.import.committed";
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const draft = result.venueFullAnnouncement;
  const from = result.edition.venueFullFrom;
  if (!draft) {
    return <p className="notice notice--success">{t(savedKey)}</p>;
  }
  return (
    <div className="notice notice--info venue-full-outcome">
      <p className="notice-title">{t(savedKey)}</p>
      {from && <p>{t("forum.capacity.becameFull", { date: dates.date(from) })}</p>}
      <p>{t("forum.capacity.draftCreated", { title: draft.title })}</p>
      <p>
        <Link
          to="/regions/$slug/forum/announcements"
          params={{ slug: forum.slug }}
          search={{ edition: forum.editionParam }}
          hash={`announcement-${draft.id}`}
          className="button"
        >
          {t("forum.capacity.openDraft")}
        </Link>
      </p>
    </div>
  );
}
