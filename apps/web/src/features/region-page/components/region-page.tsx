import { can } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { Forbidden } from "../../../components/forbidden";
import { NotFound } from "../../../components/not-found";
import { LoadError, Loading } from "../../../components/query-state";
import { isForbidden, isMissing, serverMessage } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { FullRegion } from "./full-region";
import { RegionSummaryView } from "./region-summary-view";

/**
 * The summary (no free text) names the region; only if `can` grants region.read is the full page asked for,
 * so a user without it never triggers a refusal.
 */
export function RegionPage({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const me = useMe();
  const summary = useQuery(trpc.region.summary.queryOptions({ slug }));
  const regionId = summary.data?.id;
  const full = regionId !== undefined && can(me, "region.read", { regionId });
  const detail = useQuery({ ...trpc.region.bySlug.queryOptions({ slug }), enabled: full });

  const failed = summary.error ?? detail.error;
  if (failed) {
    if (isMissing(failed)) return <NotFound kind="region" />;
    if (isForbidden(failed)) return <Forbidden />;
    return (
      <LoadError
        message={serverMessage(failed)}
        onRetry={() => void (summary.isError ? summary.refetch() : detail.refetch())}
      />
    );
  }
  if (!summary.data || (full && !detail.data)) return <Loading />;

  const canWrite = can(me, "edition.write", { regionId: summary.data.id });
  return detail.data ? (
    <FullRegion region={detail.data} slug={slug} canWrite={canWrite} />
  ) : (
    <RegionSummaryView region={summary.data} />
  );
}
