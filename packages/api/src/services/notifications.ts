import {
  countUnreadNotifications,
  findNotificationSettings,
  listNotifications,
  markNotificationsRead,
  saveNotificationSettingsAtVersion,
} from "@kyoso/db";
import {
  type Actor,
  DEFAULT_CHANNELS,
  DEFAULT_NOTIFICATION_SETTINGS,
  DomainError,
  describeNotification,
  type NotificationKind,
  type NotificationLanguage,
  type NotificationPreferences,
  type NotificationPreferencesInput,
} from "@kyoso/domain";
import type { Context } from "../context";
import { audited } from "./write";

// The signed-in person's own notifications and settings. Every query is keyed by the caller's id, so no one
// reads, marks or changes anyone else's.

type Signed = Context & { actor: Actor };

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  title: string;
  detail: string;
  /** Where it is done, relative to the app. */
  path: string;
  createdAt: string;
  read: boolean;
}

export async function myNotifications(
  ctx: Signed,
  input: { unreadOnly: boolean; limit: number; locale: NotificationLanguage },
): Promise<{ items: NotificationItem[]; unread: number }> {
  const [rows, unread] = await Promise.all([
    listNotifications(ctx.db, ctx.actor.id, input),
    countUnreadNotifications(ctx.db, ctx.actor.id),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    ...describeNotification(row.kind, row.payload, input.locale),
    path: row.payload.path,
    createdAt: row.createdAt,
    read: row.readAt !== null,
  }));
  return { items, unread };
}

export function myUnreadCount(ctx: Signed): Promise<number> {
  return countUnreadNotifications(ctx.db, ctx.actor.id);
}

/** Marks the caller's own notifications read (all unread ones when `ids` is null); returns how many changed. */
export async function markMyNotificationsRead(
  ctx: Signed,
  ids: readonly string[] | null,
): Promise<{ updated: number }> {
  return audited(ctx, async ({ tx, audit }) => {
    const now = ctx.now();
    const changed = await markNotificationsRead(tx, ctx.actor.id, ids ? [...new Set(ids)] : null, now);
    await audit(
      changed.map(({ id }) => ({
        action: "update" as const,
        recordType: "notification" as const,
        recordId: id,
        regionId: null,
        before: { readAt: null },
        after: { readAt: now.toISOString() },
      })),
    );
    return { updated: changed.length };
  });
}

export async function myNotificationPreferences(ctx: Signed): Promise<NotificationPreferences> {
  const saved = (await findNotificationSettings(ctx.db, [ctx.actor.id])).get(ctx.actor.id);
  const settings = saved ?? DEFAULT_NOTIFICATION_SETTINGS;
  return {
    language: settings.language,
    quietFrom: settings.quietFrom,
    quietUntil: settings.quietUntil,
    channels: { ...DEFAULT_CHANNELS, ...settings.channels },
    version: settings.version,
  };
}

export async function saveMyNotificationPreferences(
  ctx: Signed,
  input: NotificationPreferencesInput,
): Promise<NotificationPreferences> {
  const before = await myNotificationPreferences(ctx);
  return audited(ctx, async ({ tx, audit }) => {
    const { version, ...value } = input;
    const saved = await saveNotificationSettingsAtVersion(tx, ctx.actor.id, version, value, ctx.now());
    if (saved === null) {
      throw new DomainError(
        "CONFLICT",
        "通知の設定は他の画面で更新されています。画面を再読み込みしてから、もう一度操作してください。",
      );
    }
    const after: NotificationPreferences = { ...value, version: saved };
    await audit({
      action: version === 0 ? "create" : "update",
      recordType: "notification_setting",
      recordId: ctx.actor.id,
      regionId: null,
      before: version === 0 ? null : before,
      after,
    });
    return after;
  });
}
