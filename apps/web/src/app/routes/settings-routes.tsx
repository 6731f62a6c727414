import { MilestoneSettingsPage } from "../../features/milestones/components/milestone-settings-page";

export function MilestoneSettingsRoute() {
  return <MilestoneSettingsPage />;
}
