import { MilestoneSettingsPage } from "../../features/milestones/components/milestone-settings-page";
import { RegionAdminPage } from "../../features/region-admin/components/region-admin-page";

export function MilestoneSettingsRoute() {
  return <MilestoneSettingsPage />;
}

export function RegionAdminRoute() {
  return <RegionAdminPage />;
}
