import { can, type EditionSummary, type RegionSummary } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { toLanguage } from "../i18n/index";
import { isForbidden, isMissing, serverMessage } from "../lib/api-errors";
import { useTRPC } from "../lib/trpc";
import { useMe } from "../lib/use-me";
import { Forbidden } from "./forbidden";
import { NotFound } from "./not-found";
import { LoadError, Loading } from "./query-state";
import { RegionTabs } from "./region-tabs";

export interface RegionContext {
  region: RegionSummary & { editions: EditionSummary[] };
  slug: string;
  /** The region's name in the user's language. */
  name: string;
  canWrite: boolean;
}

interface Props {
  slug: string;
  /** Tab pages show the region's section links above their content; forms and detail pages do not. */
  tabs?: boolean;
  children: (context: RegionContext) => ReactNode;
}

/**
 * The gate of every region record page: the summary (no free text) names the region, and only a user `can`
 * grant region.read sees the page, so others never ask the API for records they may not read.
 */
export function RegionFrame({ slug, tabs = false, children }: Props) {
  const { i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const me = useMe();
  const summary = useQuery(trpc.region.summary.queryOptions({ slug }));

  if (summary.isPending) return <Loading />;
  if (summary.isError) {
    if (isMissing(summary.error)) return <NotFound kind="region" />;
    if (isForbidden(summary.error)) return <Forbidden />;
    return <LoadError message={serverMessage(summary.error)} onRetry={() => void summary.refetch()} />;
  }
  const region = summary.data;
  if (!can(me, "region.read", { regionId: region.id })) return <Forbidden />;
  const name = locale === "en" ? region.nameEn : region.nameJa;
  return (
    <>
      {tabs && <RegionTabs slug={slug} />}
      {children({ region, slug, name, canWrite: can(me, "region.write", { regionId: region.id }) })}
    </>
  );
}
