import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "./trpc";

export interface OrganizationOption {
  id: string;
  name: string;
}

/** The organizations in a region's prefectures (首都圏: all four), for choosing one in a form; in kana order. */
export function useRegionOrganizations(regionId: string) {
  const trpc = useTRPC();
  const list = useQuery(
    trpc.organization.list.queryOptions({ regionId, sort: "name", direction: "asc", page: 1, pageSize: 100 }),
  );
  const organizations = useMemo<OrganizationOption[]>(
    () =>
      (list.data?.rows ?? [])
        .map((o) => ({ id: o.id, name: o.name, sortKey: o.nameKana ?? o.name }))
        .sort((a, b) => a.sortKey.localeCompare(b.sortKey, "ja"))
        .map(({ id, name }) => ({ id, name })),
    [list.data],
  );
  return { organizations, pending: list.isPending };
}
