import {
  type DB,
  findNotificationSettings,
  findRegionById,
  insertNotifications,
  type NewNotification,
} from "@kyoso/db";
import {
  assignmentReminder,
  DEFAULT_NOTIFICATION_SETTINGS,
  deliveryOf,
  type Reminder,
  todayInTokyo,
} from "@kyoso/domain";
import type { Context } from "../context";

/** Rows per insert statement: well under PostgreSQL's 65,535 bind parameters (9 per row). */
const CHUNK = 1_000;

/**
 * Turns reminders into notifications under each person's choices (dropped when they chose "not at all"; an
 * e-mail held until their quiet time ends) and adds them; a reminder already there is skipped. Returns how
 * many were added.
 */
export async function addNotifications(db: DB, reminders: readonly Reminder[], now: Date): Promise<number> {
  if (reminders.length === 0) return 0;
  const settings = await findNotificationSettings(db, [...new Set(reminders.map((r) => r.userId))]);
  const rows: NewNotification[] = [];
  for (const reminder of reminders) {
    const delivery = deliveryOf(
      reminder.kind,
      settings.get(reminder.userId) ?? DEFAULT_NOTIFICATION_SETTINGS,
      now,
    );
    if (!delivery) continue;
    rows.push({
      userId: reminder.userId,
      kind: reminder.kind,
      dedupeKey: reminder.dedupeKey,
      sourceType: reminder.sourceType,
      sourceId: reminder.sourceId,
      payload: reminder.payload,
      createdAt: now,
      ...delivery,
    });
  }
  let added = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    added += (await insertNotifications(db, rows.slice(i, i + CHUNK))).length;
  }
  return added;
}

/**
 * The hook in the task writes: when a task gets an assignee (new, or another one), tells them, in the write's
 * own transaction. Someone who takes a task themselves is not told.
 */
export async function notifyAssignment(
  ctx: Context,
  tx: DB,
  before: { assigneeId: string | null } | null | undefined,
  after:
    | { id: string; regionId: string; title: string; assigneeId: string | null; dueOn: string | null }
    | undefined,
): Promise<void> {
  if (!after?.assigneeId || after.assigneeId === before?.assigneeId) return;
  const region = await findRegionById(tx, after.regionId);
  if (!region) return;
  const now = ctx.now();
  const reminder = assignmentReminder(
    after,
    region,
    after.assigneeId,
    ctx.actor?.id ?? null,
    todayInTokyo(now),
  );
  if (reminder) await addNotifications(tx, [reminder], now);
}
