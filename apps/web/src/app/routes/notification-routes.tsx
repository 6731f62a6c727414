import { NotificationSettingsPage } from "../../features/notifications/components/notification-settings-page";
import { NotificationsPage } from "../../features/notifications/components/notifications-page";

export function NotificationsRoute() {
  return <NotificationsPage />;
}

export function NotificationSettingsRoute() {
  return <NotificationSettingsPage />;
}
