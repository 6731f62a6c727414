import type { Stage } from "./stage";

/**
 * The stage to colour a prefecture's tile with: the forum of the prefecture's own region when it has one
 * with an edition, else that of an area covering it (埼玉県 shows SAITAMA's stage, not 首都圏's).
 */
export function prefectureStages(
  regions: readonly {
    kind: "prefecture" | "area";
    prefectureCodes: readonly string[];
    stage: Stage | null;
    slug: string;
  }[],
): Map<string, { stage: Stage; regionSlug: string }> {
  const result = new Map<string, { stage: Stage; regionSlug: string }>();
  const ordered = [...regions].sort((a, b) => Number(a.kind === "area") - Number(b.kind === "area"));
  for (const region of ordered) {
    if (!region.stage) continue;
    for (const code of region.prefectureCodes) {
      if (!result.has(code)) result.set(code, { stage: region.stage, regionSlug: region.slug });
    }
  }
  return result;
}
