import { PREFECTURES, REGION_BLOCKS, type RegionSummary } from "@kyoso/domain";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { StageBadge } from "../../../components/stage-badge";
import { toLanguage } from "../../../i18n/index";

/** Every prefecture by block, with the stage of each region covering it (a prefecture may sit in two). */
export function PrefectureStages({ regions }: { regions: RegionSummary[] }) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);

  const regionsByCode = useMemo(() => {
    const map = new Map<string, RegionSummary[]>();
    for (const region of regions) {
      for (const p of region.prefectures) map.set(p.code, [...(map.get(p.code) ?? []), region]);
    }
    return map;
  }, [regions]);

  return (
    <div className="block-grid">
      {REGION_BLOCKS.map((block, index) => (
        <section key={block} className="block" aria-labelledby={`block-${index}`}>
          <h3 id={`block-${index}`}>{t(`blocks.${block}`)}</h3>
          <ul className="prefecture-list">
            {PREFECTURES.filter((p) => p.block === block).map((p) => {
              const name = locale === "en" ? p.nameRomaji : p.nameJa;
              const covering = regionsByCode.get(p.code) ?? [];
              return (
                <li key={p.code}>
                  <span className="prefecture-name">{name}</span>
                  <span className="prefecture-stages">
                    {covering.length === 0 ? (
                      <StageBadge stage={null} />
                    ) : (
                      covering.map((region) => (
                        <span key={region.id} className="prefecture-stage">
                          <StageBadge stage={region.currentEdition?.stage ?? null} />
                          {region.prefectures.length > 1 && (
                            <span className="muted small">
                              {locale === "en" ? region.nameEn : region.nameJa}
                            </span>
                          )}
                        </span>
                      ))
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
