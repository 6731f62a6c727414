import type { UserProfile } from "@kyoso/domain";
import { can } from "@kyoso/domain/plain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { toLanguage } from "../i18n/index";
import { useTRPC } from "../lib/trpc";

/**
 * The header's way to "my region": a committee member's or pro bono volunteer's region page (each, if several),
 * a partner's forum. The national team works across regions and gets none.
 */
export function MyRegionLinks({ user }: { user: UserProfile }) {
  const { t, i18n } = useTranslation();
  const en = toLanguage(i18n.resolvedLanguage) === "en";
  const trpc = useTRPC();
  const ids =
    user.role === "partner" ? [user.partnerRegionId] : user.role === "national" ? [] : user.regionIds;
  const wanted = ids.filter((id): id is string => Boolean(id));
  const regions = useQuery({ ...trpc.region.list.queryOptions(), enabled: wanted.length > 0 });
  const mine = (regions.data ?? []).filter((r) => wanted.includes(r.id));
  return mine.map((region) => {
    const name = en ? region.nameEn : region.nameJa;
    const label = mine.length === 1 ? t("home.myRegionNav") : t("home.myRegionNavNamed", { name });
    return (
      <li key={region.id}>
        {user.role === "partner" ? (
          <Link
            to="/regions/$slug/forum"
            params={{ slug: region.slug }}
            search={{ edition: user.partnerEditionId ?? undefined }}
          >
            {label}
          </Link>
        ) : (
          <Link
            to="/regions/$slug"
            params={{ slug: region.slug }}
            title={can(user, "region.read", { regionId: region.id }) ? name : undefined}
          >
            {label}
          </Link>
        )}
      </li>
    );
  });
}
