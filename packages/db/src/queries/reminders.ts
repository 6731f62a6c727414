import type {
  Actor,
  IsoDate,
  NotificationKind,
  NotificationLanguage,
  NotificationPayload,
} from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

// What the reminder run reads (a day's facts, in a few set-wise queries whatever the number of people) and how
// it hands notifications to e-mail. Claims use `for update skip locked`, so two servers share the work and
// never take the same notification.

const regionIds = sql<
  string[]
>`(select coalesce(array_agg(ur.region_id::text order by ur.region_id), '{}') from user_region ur where ur.user_id = app_user.id)`;

/** Everyone who can sign in and is not disabled, as the permission rules see them. */
export async function listReminderPeople(db: Kysely<Database>): Promise<Actor[]> {
  const rows = await db
    .selectFrom("appUser")
    .leftJoin("forumEdition", "forumEdition.id", "appUser.partnerEditionId")
    .select([
      "appUser.id",
      "appUser.role",
      "appUser.partnerEditionId",
      "forumEdition.regionId as partnerRegionId",
    ])
    .select(regionIds.as("regionIds"))
    .where("appUser.disabledAt", "is", null)
    .where("appUser.passwordHash", "is not", null)
    .execute();
  return rows.map((r) => ({ ...r, regionIds: r.regionIds ?? [] }));
}

export async function listReminderRegions(db: Kysely<Database>) {
  return db.selectFrom("region").select(["id", "slug", "nameJa", "nameEn"]).execute();
}

/** Open tasks with an assignee, due from `from` to `until`. */
export async function listReminderTasks(db: Kysely<Database>, from: IsoDate, until: IsoDate) {
  const rows = await db
    .selectFrom("task")
    .select(["id", "title", "regionId", "assigneeId", "dueOn"])
    .where("status", "<>", "done")
    .where("assigneeId", "is not", null)
    .where("dueOn", ">=", from)
    .where("dueOn", "<=", until)
    .execute();
  return rows.map((r) => ({ ...r, assigneeId: r.assigneeId as string, dueOn: r.dueOn as string }));
}

export async function listReminderMeetings(db: Kysely<Database>, from: IsoDate, until: IsoDate) {
  const rows = await db
    .selectFrom("meeting")
    .select((eb) => [
      "id",
      "title",
      "regionId",
      "heldOn",
      "startTime",
      "place",
      "online",
      eb.and([eb("minutes", "is not", null), eb(sql`btrim(minutes)`, "<>", "")]).as("hasMinutes"),
    ])
    .where("heldOn", ">=", from)
    .where("heldOn", "<=", until)
    .execute();
  return rows.map((r) => ({
    ...r,
    startTime: r.startTime ? r.startTime.slice(0, 5) : null,
    hasMinutes: Boolean(r.hasMinutes),
  }));
}

/** Editions with a forum date (not postponed) and their own milestone shifts and dones. */
export async function listReminderEditions(db: Kysely<Database>) {
  const [editions, overrides] = await Promise.all([
    db
      .selectFrom("forumEdition")
      .select(["id", "regionId", "heldOn"])
      .where("heldOn", "is not", null)
      .where("stage", "<>", "postponed")
      .execute(),
    db
      .selectFrom("editionMilestone")
      .select(["editionId", "templateKey as key", "shiftDays", "doneOn"])
      .execute(),
  ]);
  const byEdition = new Map<string, { key: string; shiftDays: number; doneOn: string | null }[]>();
  for (const { editionId, ...o } of overrides)
    byEdition.set(editionId, [...(byEdition.get(editionId) ?? []), o]);
  return editions.map((e) => ({
    id: e.id,
    regionId: e.regionId,
    heldOn: e.heldOn as string,
    overrides: byEdition.get(e.id) ?? [],
  }));
}

/** Co-host talks still under way whose next step falls from `from` to `until`. */
export async function listReminderAgreements(db: Kysely<Database>, from: IsoDate, until: IsoDate) {
  const rows = await db
    .selectFrom("cohostAgreement")
    .innerJoin("forumEdition", "forumEdition.id", "cohostAgreement.editionId")
    .innerJoin("organization", "organization.id", "cohostAgreement.organizationId")
    .select([
      "cohostAgreement.id",
      "organization.name as organizationName",
      "forumEdition.regionId",
      "cohostAgreement.nextStepOn",
    ])
    .where("cohostAgreement.status", "in", ["proposed", "negotiating", "agreed"])
    .where("cohostAgreement.nextStepOn", ">=", from)
    .where("cohostAgreement.nextStepOn", "<=", until)
    .execute();
  return rows.map((r) => ({ ...r, nextStepOn: r.nextStepOn as string }));
}

/** How many answers each survey received between two instants (a Japan day). Counts only, never answers. */
export async function countSurveyAnswersBetween(db: Kysely<Database>, from: Date, until: Date) {
  const rows = await db
    .selectFrom("surveyResponse")
    .innerJoin("survey", "survey.id", "surveyResponse.surveyId")
    .select((eb) => [
      "survey.id as surveyId",
      "survey.title",
      "survey.regionId",
      eb.fn.countAll<string>().as("count"),
    ])
    .where("surveyResponse.submittedAt", ">=", from)
    .where("surveyResponse.submittedAt", "<", until)
    .groupBy(["survey.id", "survey.title", "survey.regionId"])
    .execute();
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

export interface MailToSend {
  id: string;
  userId: string;
  email: string;
  kind: NotificationKind;
  payload: NotificationPayload;
  language: NotificationLanguage;
}

/**
 * Takes up to `limit` notifications whose e-mail is due and marks them sent, in the caller's transaction: the
 * mail is queued in the same transaction, so a notification is mailed once or (on rollback) not yet.
 */
export async function claimDueMails(db: Kysely<Database>, now: Date, limit: number): Promise<MailToSend[]> {
  const rows = await db
    .selectFrom("notification")
    .innerJoin("appUser", "appUser.id", "notification.userId")
    .leftJoin("notificationSetting", "notificationSetting.userId", "notification.userId")
    .select([
      "notification.id",
      "notification.userId",
      "appUser.email",
      "notification.kind",
      "notification.payload",
      sql<NotificationLanguage>`coalesce(notification_setting.language, 'ja')`.as("language"),
    ])
    .where("notification.delivery", "=", "email")
    .where("notification.emailedAt", "is", null)
    .where("notification.emailAfter", "<=", now)
    .where("appUser.disabledAt", "is", null)
    .orderBy("notification.emailAfter")
    .limit(limit)
    .forUpdate("notification")
    .skipLocked()
    .execute();
  await markEmailed(
    db,
    rows.map((r) => r.id),
    now,
  );
  return rows;
}

async function markEmailed(db: Kysely<Database>, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable("notification")
    .set({ emailedAt: now })
    .where("id", "in", [...ids])
    .execute();
}

/** People with notifications waiting for their digest (created before `before`), and their mail settings. */
export async function listDigestRecipients(db: Kysely<Database>, before: Date) {
  return db
    .selectFrom("notification")
    .innerJoin("appUser", "appUser.id", "notification.userId")
    .leftJoin("notificationSetting", "notificationSetting.userId", "notification.userId")
    .select([
      "notification.userId",
      "appUser.email",
      sql<NotificationLanguage>`coalesce(notification_setting.language, 'ja')`.as("language"),
      "notificationSetting.quietFrom",
      "notificationSetting.quietUntil",
      sql<boolean>`notification_setting.user_id is null`.as("defaults"),
    ])
    .distinct()
    .where("notification.delivery", "=", "digest")
    .where("notification.emailedAt", "is", null)
    .where("notification.createdAt", "<", before)
    .where("appUser.disabledAt", "is", null)
    .execute();
}

/**
 * Claims one person's digest of `day` and takes its notifications, in the caller's transaction; empty when
 * another run already sent that day's digest.
 */
export async function claimDigest(
  db: Kysely<Database>,
  userId: string,
  day: IsoDate,
  before: Date,
  now: Date,
): Promise<{ kind: NotificationKind; payload: NotificationPayload }[]> {
  const items = await db
    .selectFrom("notification")
    .select(["id", "kind", "payload"])
    .where("userId", "=", userId)
    .where("delivery", "=", "digest")
    .where("emailedAt", "is", null)
    .where("createdAt", "<", before)
    .orderBy("createdAt")
    .orderBy("id")
    .forUpdate()
    .skipLocked()
    .execute();
  if (items.length === 0) return [];
  const claimed = await db
    .insertInto("notificationDigest")
    .values({ userId, day, itemCount: items.length, sentAt: now })
    .onConflict((oc) => oc.columns(["userId", "day"]).doNothing())
    .returning("userId")
    .executeTakeFirst();
  if (!claimed) return [];
  await markEmailed(
    db,
    items.map((i) => i.id),
    now,
  );
  return items.map(({ kind, payload }) => ({ kind, payload }));
}

/**
 * Puts many messages in the mail outbox in one statement: the same rows `queueMail` writes one at a time
 * (pending, due now), for the reminder run's thousands of e-mails.
 */
export async function insertMailBatch(
  db: Kysely<Database>,
  mails: readonly { toAddress: string; subject: string; body: string; kind: string }[],
  now: Date,
): Promise<void> {
  if (mails.length === 0) return;
  await db
    .insertInto("mailOutbox")
    .values(mails.map((m) => ({ ...m, createdAt: now, nextAttemptAt: now })))
    .execute();
}
