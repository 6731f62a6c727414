import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { ForumContext } from "./forum-frame";

export const FORUM_SECTIONS = ["program", "capacity", "announcements", "retrospective"] as const;
export type ForumSection = (typeof FORUM_SECTIONS)[number];

const PATHS = {
  program: "/regions/$slug/forum",
  capacity: "/regions/$slug/forum/capacity",
  announcements: "/regions/$slug/forum/announcements",
  retrospective: "/regions/$slug/forum/retrospective",
} as const satisfies Record<ForumSection, string>;

/** The four pages of フォーラム運営 as links (each its own address); the router marks the current one. */
export function ForumNav({ forum }: { forum: ForumContext }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("forum.nav.label")} className="forum-nav">
      <ul>
        {FORUM_SECTIONS.map((s) => (
          <li key={s}>
            <Link
              to={PATHS[s]}
              params={{ slug: forum.slug }}
              search={{ edition: forum.editionParam }}
              activeOptions={{ exact: true, includeSearch: false }}
            >
              {t(`forum.nav.${s}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The address of one of the pages, for links from elsewhere on them (a draft to publish, say). */
export const forumPath = (section: ForumSection) => PATHS[section];
