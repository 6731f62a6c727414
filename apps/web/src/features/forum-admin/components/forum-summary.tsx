import { isEditionPublic } from "@kyoso/domain";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { StageBadge } from "../../../components/stage-badge";
import { VenueFullBadge } from "../../../components/venue-full-badge";
import type { ForumContext } from "./forum-frame";
import { type ForumSection, forumPath } from "./forum-nav";

/**
 * Which forum these pages are about: title, stage, date, whether the venue is full, the public page and feed,
 * and the region's other years.
 */
export function ForumSummary({ forum, section }: { forum: ForumContext; section: ForumSection }) {
  const { t } = useTranslation();
  const { edition, slug } = forum;
  const others = forum.editions.filter((e) => e.id !== edition.id);
  const isPublic = isEditionPublic(edition.stage);
  return (
    <div className="card forum-summary">
      <p className="forum-summary-title">{edition.title}</p>
      <ul className="forum-summary-facts">
        <li>
          <span className="visually-hidden">{t("forum.summary.stage")}: </span>
          <StageBadge stage={edition.stage} />
        </li>
        <li>
          {t("forum.summary.heldOn")}:{" "}
          {edition.heldOn ? <DateText value={edition.heldOn} /> : t("common.undecided")}
        </li>
        {edition.venueFullFrom && (
          <li>
            <VenueFullBadge from={edition.venueFullFrom} />
          </li>
        )}
      </ul>
      {isPublic ? (
        <p className="forum-summary-links">
          <a href={`/forums/${slug}/${edition.year}`}>{t("forum.summary.publicPage")}</a>
          <a href={`/feeds/regions/${slug}/atom.xml`} type="application/atom+xml">
            {t("forum.summary.atom")}
          </a>
        </p>
      ) : (
        <p className="muted small">{t("forum.summary.notPublic")}</p>
      )}
      {others.length > 0 && (
        <p className="forum-summary-years">
          {t("forum.summary.otherYears")}{" "}
          {others.map((e) => (
            <Link
              key={e.id}
              to={forumPath(section)}
              params={{ slug }}
              search={{ edition: e.id === forum.editions[0]?.id ? undefined : e.id }}
            >
              {t("forum.summary.year", { year: e.year })}
            </Link>
          ))}
        </p>
      )}
      {!forum.canWrite && <p className="muted small">{t("forum.summary.readOnly")}</p>}
    </div>
  );
}
