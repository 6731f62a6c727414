import { MilestoneSettingsPage } from "../../features/milestones/components/milestone-settings-page";
import { NetworkPagesPage } from "../../features/network-pages/components/network-pages-page";
import { RegionAdminPage } from "../../features/region-admin/components/region-admin-page";

export function MilestoneSettingsRoute() {
  return <MilestoneSettingsPage />;
}

export function RegionAdminRoute() {
  return <RegionAdminPage />;
}

export function NetworkPagesRoute() {
  return <NetworkPagesPage />;
}
