import { PREFECTURES, type RegionCreate } from "@kyoso/domain";

/** What the region form holds: one prefecture for a prefecture region, a set of them for an area. */
export interface RegionFormValues {
  kind: "prefecture" | "area";
  prefectureCode: string;
  prefectureCodes: string[];
  nameJa: string;
  nameEn: string;
  slug: string;
}

export const emptyRegionValues = (): RegionFormValues => ({
  kind: "prefecture",
  prefectureCode: "",
  prefectureCodes: [],
  nameJa: "",
  nameEn: "",
  slug: "",
});

export function toRegionCreate(values: RegionFormValues): RegionCreate {
  return {
    kind: values.kind,
    prefectureCodes:
      values.kind === "prefecture"
        ? values.prefectureCode
          ? [values.prefectureCode]
          : []
        : values.prefectureCodes,
    nameJa: values.nameJa,
    nameEn: values.nameEn,
    slug: values.slug,
  };
}

/** A prefecture region's error on its prefectures shows at its one select. */
export const regionFieldOf = (path: string, values: RegionFormValues) =>
  path.startsWith("prefectureCodes") && values.kind === "prefecture"
    ? "prefectureCode"
    : (path.split(".")[0] ?? path);

/** The names and address a prefecture suggests: 千葉県, Chiba, chiba. */
export function suggestionFor(code: string): Pick<RegionFormValues, "nameJa" | "nameEn" | "slug"> | null {
  const prefecture = PREFECTURES.find((p) => p.code === code);
  if (!prefecture) return null;
  return {
    nameJa: prefecture.nameJa,
    nameEn: prefecture.nameRomaji,
    slug: prefecture.nameRomaji.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
  };
}
