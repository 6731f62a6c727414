import { OverviewPage } from "../../features/regions/components/overview-page";

export function OverviewRoute() {
  return <OverviewPage />;
}
