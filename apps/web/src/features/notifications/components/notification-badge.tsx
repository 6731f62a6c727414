import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../../lib/trpc";
import "../notifications.css";

/** How often the header looks for new notifications while the page stays open. */
const REFRESH_MS = 60_000;

/** The header's link to the notification list, with the unread count when there is any. */
export function NotificationBadge() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const unread = useQuery(
    trpc.notification.unreadCount.queryOptions(undefined, { refetchInterval: REFRESH_MS }),
  );
  const count = unread.data ?? 0;
  return (
    <Link to="/notifications" className="notification-badge">
      {t("notifications.badge")}
      {count > 0 && (
        <>
          <span className="notification-count" aria-hidden="true">
            {count > 99 ? "99+" : count}
          </span>
          {/* Read out as 「通知（未読3件）」: the figure alone would say nothing. */}
          <span className="visually-hidden">{t("notifications.badgeUnreadSuffix", { count })}</span>
        </>
      )}
    </Link>
  );
}
