import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { toLanguage } from "../i18n/index";
import { useTRPC } from "./trpc";

/**
 * A region's name in the reader's language, by id or slug: rows that carry only the Japanese name (tasks) read
 * the English one from the region list (cached, one call for the whole app). Japanese is shown until it is in.
 */
export function useRegionNames(): (regionIdOrSlug: string, nameJa: string) => string {
  const { i18n } = useTranslation();
  const en = toLanguage(i18n.resolvedLanguage) === "en";
  const trpc = useTRPC();
  const regions = useQuery({ ...trpc.region.list.queryOptions(), enabled: en });
  const list = regions.data;
  return useCallback(
    (key, nameJa) => (en ? (list?.find((r) => r.id === key || r.slug === key)?.nameEn ?? nameJa) : nameJa),
    [en, list],
  );
}
