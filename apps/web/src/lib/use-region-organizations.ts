import type { RegionPrefecture } from "@kyoso/domain";
import { useQueries } from "@tanstack/react-query";
import type { RouterOutputs } from "./api-types";
import { useTRPC } from "./trpc";

const PAGE_SIZE = 100;

interface ListResult {
  data?: RouterOutputs["organization"]["list"] | undefined;
  isPending: boolean;
}

export interface OrganizationOption {
  id: string;
  name: string;
}

// Module-level so the query cache can memoise the combined value between renders.
function combine(results: ListResult[]) {
  const organizations: OrganizationOption[] = results
    .flatMap((r) => r.data?.rows ?? [])
    .map((o) => ({ id: o.id, name: o.name, sortKey: o.nameKana ?? o.name }))
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey, "ja"))
    .map(({ id, name }) => ({ id, name }));
  return { organizations, pending: results.some((r) => r.isPending) };
}

/** The organizations in a region's prefectures, for choosing one in a form: one query per prefecture. */
export function useRegionOrganizations(prefectures: RegionPrefecture[]) {
  const trpc = useTRPC();
  return useQueries({
    queries: prefectures.map((p) =>
      trpc.organization.list.queryOptions({
        prefectureCode: p.code,
        sort: "name",
        direction: "asc",
        page: 1,
        pageSize: PAGE_SIZE,
      }),
    ),
    combine,
  });
}
