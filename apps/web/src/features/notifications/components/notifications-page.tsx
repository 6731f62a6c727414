import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useRouter } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormFailure } from "../../../components/form-failure";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import { useDates } from "../../../i18n/use-dates";
import { describeApiFailure } from "../../../lib/api-errors";
import type { RouterOutputs } from "../../../lib/api-types";
import { useTRPC } from "../../../lib/trpc";
import "../notifications.css";

type Item = RouterOutputs["notification"]["list"]["items"][number];

/** 通知: the newest notifications first, each with its date, place and a link to where it is done. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useDates();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useQuery(trpc.notification.list.queryOptions({ unreadOnly, locale: dates.locale, limit: 50 }));
  const refresh = () => queryClient.invalidateQueries(trpc.notification.pathFilter());
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSuccess: refresh }));
  const markAll = useMutation(trpc.notification.markAllRead.mutationOptions({ onSuccess: refresh }));
  const failed = markRead.error ?? markAll.error;
  const failure = failed ? describeApiFailure(failed, t("form.networkError")) : null;
  const unread = list.data?.unread ?? 0;

  return (
    <div className="notifications">
      <PageHeading title={t("notifications.title")} />
      <p className="lead">{t("notifications.intro")}</p>
      <div className="notifications-toolbar">
        <p className="notifications-unread" role="status">
          {t("notifications.unreadCount", { count: unread })}
        </p>
        <label className="checkbox" htmlFor="notifications-unread-only">
          <input
            id="notifications-unread-only"
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => setUnreadOnly(e.target.checked)}
          />
          {t("notifications.unreadOnly")}
        </label>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-disabled={unread === 0 || markAll.isPending || undefined}
          onClick={() => {
            if (unread > 0 && !markAll.isPending) markAll.mutate();
          }}
        >
          {markAll.isPending ? t("notifications.marking") : t("notifications.markAllRead")}
        </button>
        <Link to="/notifications/settings" className="notifications-settings-link">
          {t("notifications.settingsLink")}
        </Link>
      </div>
      <FormFailure failure={failure} />
      <ListState
        query={list}
        isEmpty={(data) => data.items.length === 0}
        empty={unreadOnly ? t("notifications.emptyUnread") : t("notifications.empty")}
      >
        {(data) => (
          <ul className="notification-list">
            {data.items.map((item) => (
              <NotificationEntry
                key={item.id}
                item={item}
                busy={markRead.isPending}
                onRead={() => markRead.mutate({ ids: [item.id] })}
              />
            ))}
          </ul>
        )}
      </ListState>
    </div>
  );
}

function NotificationEntry({ item, busy, onRead }: { item: Item; busy: boolean; onRead: () => void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const router = useRouter();
  return (
    <li className={`notification card${item.read ? "" : " notification--unread"}`}>
      <p className="notification-state">{item.read ? t("notifications.read") : t("notifications.unread")}</p>
      <h2 className="notification-title">
        {/* The link goes where the thing is done; following it counts as reading. */}
        <a
          href={item.path}
          onClick={(event) => {
            if (!item.read) onRead();
            // A plain click stays in the app; a modified one (new tab) is the browser's.
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
              return;
            event.preventDefault();
            router.history.push(item.path);
          }}
        >
          {item.title}
        </a>
      </h2>
      <p className="notification-detail">{item.detail}</p>
      <p className="notification-meta">
        {t("notifications.received", { at: dates.dateTime(item.createdAt) })}
        {!item.read && (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={busy || undefined}
            aria-label={`${t("notifications.markRead")}：${item.title}`}
            onClick={() => {
              if (!busy) onRead();
            }}
          >
            {t("notifications.markRead")}
          </button>
        )}
      </p>
    </li>
  );
}
