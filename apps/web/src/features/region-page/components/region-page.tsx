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
 * One call (started by the route's loader) answers the summary, plus the full record when the user may read it,
 * so a user without region.read gets the summary and never a refusal.
 */
export function RegionPage({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const me = useMe();
  const page = useQuery(trpc.region.page.queryOptions({ slug }));

  if (page.isPending) return <Loading />;
  if (page.isError) {
    if (isMissing(page.error)) return <NotFound kind="region" />;
    if (isForbidden(page.error)) return <Forbidden />;
    return <LoadError message={serverMessage(page.error)} onRetry={() => void page.refetch()} />;
  }
  const { summary, detail, milestones } = page.data;
  if (!detail) return <RegionSummaryView region={summary} />;
  const canWrite = can(me, "edition.write", { regionId: summary.id });
  return (
    <FullRegion
      region={detail}
      slug={slug}
      canWrite={canWrite}
      milestones={milestones ? { data: milestones, updatedAt: page.dataUpdatedAt } : undefined}
    />
  );
}
