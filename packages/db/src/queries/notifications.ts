import type {
  NotificationChannel,
  NotificationKind,
  NotificationLanguage,
  NotificationPayload,
  NotificationTopic,
} from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// One person's notifications and their choices of how to receive them. Every function here takes the user id
// it acts for: no one reads or marks another person's notifications.

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  payload: NotificationPayload;
  createdAt: string;
  readAt: string | null;
}

const listColumns = ["id", "kind", "payload", "createdAt", "readAt"] as const;
const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  dedupeKey: string;
  sourceType: string | null;
  sourceId: string | null;
  payload: NotificationPayload;
  delivery: "app" | "email" | "digest";
  createdAt: Date;
  emailAfter: Date | null;
}

/**
 * Adds notifications; one whose person and key are already there is skipped (a repeated or concurrent run).
 * Returns the rows that were added.
 */
export async function insertNotifications(
  db: Kysely<Database>,
  rows: readonly NewNotification[],
): Promise<{ id: string; userId: string; dedupeKey: string }[]> {
  if (rows.length === 0) return [];
  return db
    .insertInto("notification")
    .values(rows.map((r) => ({ ...r, payload: JSON.stringify(r.payload) })))
    .onConflict((oc) => oc.columns(["userId", "dedupeKey"]).doNothing())
    .returning(["id", "userId", "dedupeKey"])
    .execute();
}

export async function listNotifications(
  db: Kysely<Database>,
  userId: string,
  options: { unreadOnly: boolean; limit: number },
): Promise<NotificationRow[]> {
  let query = db
    .selectFrom("notification")
    .select(listColumns)
    .where("userId", "=", userId)
    .orderBy("createdAt", "desc")
    .orderBy("id")
    .limit(options.limit);
  if (options.unreadOnly) query = query.where("readAt", "is", null);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString(), readAt: iso(r.readAt) }));
}

export async function countUnreadNotifications(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom("notification")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("userId", "=", userId)
    .where("readAt", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the person's own unread notifications among `ids` (all of them when `ids` is null) read; returns those. */
export async function markNotificationsRead(
  db: Kysely<Database>,
  userId: string,
  ids: readonly string[] | null,
  now: Date,
): Promise<{ id: string }[]> {
  let query = db
    .updateTable("notification")
    .set({ readAt: now })
    .where("userId", "=", userId)
    .where("readAt", "is", null);
  if (ids) query = query.where("id", "in", [...ids]);
  return query.returning(["id"]).execute();
}

export interface StoredNotificationSettings {
  language: NotificationLanguage;
  quietFrom: string | null;
  quietUntil: string | null;
  version: number;
  channels: Partial<Record<NotificationTopic, NotificationChannel>>;
}

/** Saved settings of these people; someone who never saved any is missing from the map (defaults apply). */
export async function findNotificationSettings(
  db: Kysely<Database>,
  userIds: readonly string[] | "all",
): Promise<Map<string, StoredNotificationSettings>> {
  let settings = db
    .selectFrom("notificationSetting")
    .select(["userId", "language", "quietFrom", "quietUntil", "version"]);
  let preferences = db.selectFrom("notificationPreference").select(["userId", "topic", "channel"]);
  if (userIds !== "all") {
    if (userIds.length === 0) return new Map();
    settings = settings.where("userId", "in", [...userIds]);
    preferences = preferences.where("userId", "in", [...userIds]);
  }
  const [settingRows, preferenceRows] = await Promise.all([settings.execute(), preferences.execute()]);
  const out = new Map<string, StoredNotificationSettings>();
  for (const { userId, ...row } of settingRows) out.set(userId, { ...row, channels: {} });
  for (const p of preferenceRows) {
    const found = out.get(p.userId);
    if (found) found.channels[p.topic as NotificationTopic] = p.channel;
  }
  return out;
}

/**
 * Saves a person's settings if they are still at `version` (0: never saved). Returns the new version, or
 * null when someone saved them meanwhile.
 */
export async function saveNotificationSettingsAtVersion(
  db: Kysely<Database>,
  userId: string,
  version: number,
  value: Omit<StoredNotificationSettings, "version" | "channels"> & {
    channels: Record<NotificationTopic, NotificationChannel>;
  },
  now: Date,
): Promise<number | null> {
  const { channels, ...setting } = value;
  const saved =
    version === 0
      ? await db
          .insertInto("notificationSetting")
          .values({ userId, ...setting, updatedAt: now })
          .onConflict((oc) => oc.column("userId").doNothing())
          .returning("version")
          .executeTakeFirst()
      : await db
          .updateTable("notificationSetting")
          .set({ ...setting, version: sql`version + 1`, updatedAt: now })
          .where("userId", "=", userId)
          .where("version", "=", version)
          .returning("version")
          .executeTakeFirst();
  if (!saved) return null;
  await db
    .insertInto("notificationPreference")
    .values(Object.entries(channels).map(([topic, channel]) => ({ userId, topic, channel })))
    .onConflict((oc) =>
      oc.columns(["userId", "topic"]).doUpdateSet((eb) => ({ channel: eb.ref("excluded.channel") })),
    )
    .execute();
  return saved.version;
}
