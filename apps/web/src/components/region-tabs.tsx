import { Link } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

export const REGION_TABS = [
  "overview",
  "forum",
  "timeline",
  "meetings",
  "hearings",
  "surveys",
  "cohosts",
  "organizations",
] as const;
export type RegionTab = (typeof REGION_TABS)[number];

const PATHS = {
  overview: "/regions/$slug",
  forum: "/regions/$slug/forum",
  timeline: "/regions/$slug/timeline",
  meetings: "/regions/$slug/meetings",
  hearings: "/regions/$slug/hearings",
  surveys: "/regions/$slug/surveys",
  cohosts: "/regions/$slug/cohosts",
  organizations: "/regions/$slug/organizations",
} as const satisfies Record<RegionTab, string>;

/**
 * The region's sections as ordinary links (each is its own address), not an ARIA tablist: the current one
 * carries aria-current="page", which the router sets on the active link.
 */
export function RegionTabs({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const strip = useRef<HTMLElement>(null);
  // On a phone the current tab may sit past the right edge: bring it into the strip, without moving the page.
  useEffect(() => {
    const nav = strip.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !current) return;
    const overflow = current.offsetLeft + current.offsetWidth - (nav.scrollLeft + nav.clientWidth);
    if (overflow > 0) nav.scrollLeft += overflow + 16;
  });
  return (
    <nav aria-label={t("tabs.label")} className="region-tabs" ref={strip}>
      <ul>
        {REGION_TABS.map((tab) => (
          <li key={tab}>
            <Link
              to={PATHS[tab]}
              params={{ slug }}
              activeOptions={{ exact: tab === "overview", includeSearch: false }}
            >
              {t(`tabs.${tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
