import type { RegionKind, RegionPrefecture } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { toLanguage } from "../i18n/index";
import { PageHeading } from "./page-heading";

interface Props {
  region: { nameJa: string; nameEn: string; kind: RegionKind; prefectures: RegionPrefecture[] };
}

/** The region's name and the prefectures it covers: the same on the full page and the summary. */
export function RegionHeader({ region }: Props) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  return (
    <>
      <PageHeading title={locale === "en" ? region.nameEn : region.nameJa} />
      <p className="lead">
        <span className="tag">{t(`region.kind.${region.kind}`)}</span>{" "}
        {t("region.prefecturesLabel", {
          list: region.prefectures
            .map((p) => (locale === "en" ? p.nameRomaji : p.nameJa))
            .join(t("common.listSeparator")),
        })}
      </p>
    </>
  );
}
