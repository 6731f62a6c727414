import { can, type EditionSummary } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Forbidden } from "../../../components/forbidden";
import { NotFound } from "../../../components/not-found";
import { PageHeading } from "../../../components/page-heading";
import { isLoaded, QueryFallback } from "../../../components/query-state";
import { RegionTabs } from "../../../components/region-tabs";
import { toLanguage } from "../../../i18n/index";
import { isForbidden, isMissing, serverMessage } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import type { Edition } from "../lib/types";
import { ForumNav, type ForumSection } from "./forum-nav";
import { ForumSummary } from "./forum-summary";
import "../forum.css";

export interface ForumContext {
  slug: string;
  regionId: string;
  /** The region's name in the user's language. */
  regionName: string;
  edition: Edition;
  /** The region's editions the user may read, newest year first. */
  editions: EditionSummary[];
  /** Set when the address names an edition other than the current one: links between the pages keep it. */
  editionParam: string | undefined;
  /** edition.write: the program, capacity, announcements and retrospective can be changed. */
  canWrite: boolean;
  /** region.read: the region's records (drafts of announcements, surveys) may be read. */
  canReadRecords: boolean;
}

interface Props {
  slug: string;
  /** `?edition=` of the address; without it, the current (latest) edition the user may read. */
  editionId: string | undefined;
  section: ForumSection;
  children: (forum: ForumContext) => ReactNode;
}

/**
 * The frame of the フォーラム運営 pages. Its gate is edition.read, not region.read: pro bono staff of the region
 * and a partner of the forum read the program and the numbers; only writers see the editing controls.
 */
export function ForumFrame({ slug, editionId, section, children }: Props) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const me = useMe();
  const summary = useQuery(trpc.region.summary.queryOptions({ slug }));
  const region = summary.data;
  // Only the editions the user may read: a partner sees one forum of the region, not its other years.
  const readable = region
    ? region.editions.filter((e) => can(me, "edition.read", { regionId: region.id, editionId: e.id }))
    : [];
  const chosen = region && pickEdition(readable, editionId);
  const edition = useQuery({
    ...trpc.forumEdition.byId.queryOptions({ id: chosen?.id ?? "" }),
    enabled: chosen !== undefined && chosen !== null,
  });

  if (summary.isError && isMissing(summary.error)) return <NotFound kind="region" />;
  if (summary.isError && isForbidden(summary.error)) return <Forbidden />;
  if (!isLoaded(summary))
    return <QueryFallback query={summary} errorMessage={serverMessage(summary.error)} />;
  const data = summary.data;
  const regionName = locale === "en" ? data.nameEn : data.nameJa;
  const canReadRecords = can(me, "region.read", { regionId: data.id });
  const title = <PageHeading title={t(`forum.title.${section}`, { region: regionName })} />;

  if (chosen === null) {
    if (editionId !== undefined && data.editions.some((e) => e.id === editionId)) return <Forbidden />;
    if (editionId !== undefined) return <NotFound />;
    if (data.editions.length > 0) return <Forbidden />;
    return (
      <>
        {canReadRecords && <RegionTabs slug={slug} />}
        {title}
        <p className="empty">{t("forum.noEdition")}</p>
        {can(me, "edition.write", { regionId: data.id }) && (
          <p>
            <Link to="/regions/$slug/editions/new" params={{ slug }} className="button">
              {t("forum.createEdition")}
            </Link>
          </p>
        )}
      </>
    );
  }

  const body = () => {
    if (edition.isError && isMissing(edition.error)) return <NotFound />;
    if (edition.isError && isForbidden(edition.error)) return <Forbidden />;
    if (!isLoaded(edition))
      return <QueryFallback query={edition} errorMessage={serverMessage(edition.error)} />;
    const forum: ForumContext = {
      slug,
      regionId: data.id,
      regionName,
      edition: edition.data,
      editions: readable,
      editionParam: editionId,
      canWrite: can(me, "edition.write", { regionId: data.id, editionId: edition.data.id }),
      canReadRecords,
    };
    return (
      <>
        <ForumSummary forum={forum} section={section} />
        <ForumNav forum={forum} />
        {children(forum)}
      </>
    );
  };

  return (
    <div className="forum-admin">
      {canReadRecords && <RegionTabs slug={slug} />}
      {title}
      {body()}
    </div>
  );
}

/**
 * The edition the page shows, among those the user may read: the one the address names, or the newest. Null when
 * there is none to show.
 */
function pickEdition(readable: EditionSummary[], editionId: string | undefined): EditionSummary | null {
  if (editionId !== undefined) return readable.find((e) => e.id === editionId) ?? null;
  return readable[0] ?? null;
}
