import type { AgreementRole, AgreementStatus } from "@kyoso/domain";
import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Database } from "../schema";
import { type DeletedRow, purgeDeleted, toDeletedRows, updateLiveAtVersion } from "./soft-delete";

export interface AgreementView {
  id: string;
  editionId: string;
  editionTitle: string;
  regionId: string;
  regionName: string;
  organizationId: string;
  organizationName: string;
  role: AgreementRole;
  status: AgreementStatus;
  statusChangedOn: string;
  nextStepOn: string | null;
  nextStep: string | null;
  /** Shown on the public forum page once confirmed (正式決定). */
  publishable: boolean;
  version: number;
}

const view = (db: Kysely<Database>) => anyView(db).where("cohostAgreement.deletedAt", "is", null);

/** Live and deleted agreements alike (the trash reads deleted ones through it). */
const anyView = (db: Kysely<Database>) =>
  db
    .selectFrom("cohostAgreement")
    .innerJoin("forumEdition", "forumEdition.id", "cohostAgreement.editionId")
    .innerJoin("region", "region.id", "forumEdition.regionId")
    .innerJoin("organization", "organization.id", "cohostAgreement.organizationId")
    .select([
      "cohostAgreement.id",
      "cohostAgreement.editionId",
      "forumEdition.title as editionTitle",
      "region.id as regionId",
      "region.nameJa as regionName",
      "cohostAgreement.organizationId",
      "organization.name as organizationName",
      "cohostAgreement.role",
      "cohostAgreement.status",
      "cohostAgreement.statusChangedOn",
      "cohostAgreement.nextStepOn",
      "cohostAgreement.nextStep",
      "cohostAgreement.publishable",
      "cohostAgreement.version",
    ]);

const toView = (
  r: Omit<AgreementView, "role" | "status"> & { role: string; status: string },
): AgreementView => ({
  ...r,
  role: r.role as AgreementRole,
  status: r.status as AgreementStatus,
});

/** A region's pipeline: every agreement of its editions, open talks first. */
export async function listRegionAgreements(db: Kysely<Database>, regionId: string): Promise<AgreementView[]> {
  const rows = await view(db)
    .where("region.id", "=", regionId)
    .orderBy(sql`case when cohost_agreement.status in ('confirmed', 'declined') then 1 else 0 end`)
    .orderBy("cohostAgreement.statusChangedOn", "desc")
    .execute();
  return rows.map(toView);
}

/** Open talks whose status has not changed since `before` (the national view's stalled list). */
export async function listStalledAgreements(db: Kysely<Database>, before: string): Promise<AgreementView[]> {
  const rows = await view(db)
    .where("cohostAgreement.status", "not in", ["confirmed", "declined"])
    .where("cohostAgreement.statusChangedOn", "<=", before)
    .orderBy("cohostAgreement.statusChangedOn")
    .execute();
  return rows.map(toView);
}

export async function findAgreement(db: Kysely<Database>, id: string): Promise<AgreementView | undefined> {
  const row = await view(db).where("cohostAgreement.id", "=", id).executeTakeFirst();
  return row && toView(row);
}

/** An agreement's status changes, oldest first, each with who made it and the correction that replaced it. */
const historyQuery = (db: Kysely<Database>) =>
  db
    .selectFrom("agreementEvent")
    .leftJoin("appUser as actor", "actor.id", "agreementEvent.actorId")
    .select([
      "agreementEvent.id",
      "agreementEvent.fromStatus",
      "agreementEvent.toStatus",
      "agreementEvent.note",
      "agreementEvent.occurredOn",
      "agreementEvent.correctsId",
      "agreementEvent.createdAt",
      "actor.displayName as actorName",
      (eb) =>
        eb
          .selectFrom("agreementEvent as correction")
          .select("correction.id")
          .whereRef("correction.correctsId", "=", "agreementEvent.id")
          .orderBy("correction.createdAt", "desc")
          .limit(1)
          .as("correctedById"),
    ])
    .orderBy("agreementEvent.createdAt")
    .orderBy("agreementEvent.id");

type HistoryRow = Awaited<ReturnType<ReturnType<typeof historyQuery>["execute"]>>[number];

const toHistory = (rows: (Omit<HistoryRow, "createdAt"> & { createdAt: Date | string })[]) =>
  rows.map((r) => ({
    ...r,
    // A Date from a row, an ISO string from JSON: the same instant either way.
    createdAt: new Date(r.createdAt).toISOString(),
    fromStatus: r.fromStatus as AgreementStatus | null,
    toStatus: r.toStatus as AgreementStatus,
  }));

export async function findAgreementHistory(db: Kysely<Database>, agreementId: string) {
  return toHistory(await historyQuery(db).where("agreementEvent.agreementId", "=", agreementId).execute());
}

/** An agreement with its history in one statement (the history as a JSON array). */
export async function findAgreementWithHistory(db: Kysely<Database>, id: string) {
  const row = await view(db)
    .select(() =>
      jsonArrayFrom(
        historyQuery(db).where("agreementEvent.agreementId", "=", sql.ref<string>("cohostAgreement.id")),
      ).as("history"),
    )
    .where("cohostAgreement.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { history, ...agreement } = row;
  return { ...toView(agreement), history: toHistory(history) };
}

/** Whether the edition already has an agreement with the organization: "live", "deleted" (restorable) or false. */
export async function agreementExists(
  db: Kysely<Database>,
  editionId: string,
  organizationId: string,
): Promise<"live" | "deleted" | false> {
  const row = await db
    .selectFrom("cohostAgreement")
    .select("deletedAt")
    .where("editionId", "=", editionId)
    .where("organizationId", "=", organizationId)
    .executeTakeFirst();
  if (!row) return false;
  return row.deletedAt ? "deleted" : "live";
}

export async function insertAgreement(
  db: Kysely<Database>,
  values: {
    editionId: string;
    organizationId: string;
    role: AgreementRole;
    status: AgreementStatus;
    statusChangedOn: string;
    nextStepOn: string | null;
    nextStep: string | null;
  },
): Promise<string> {
  const row = await db.insertInto("cohostAgreement").values(values).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAgreementStatusAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: {
    status: AgreementStatus;
    statusChangedOn: string;
    nextStepOn: string | null;
    nextStep: string | null;
  },
): Promise<boolean> {
  return updateAgreementStatusOrFields(db, id, version, values);
}

export async function insertAgreementEvent(
  db: Kysely<Database>,
  event: {
    agreementId: string;
    fromStatus: AgreementStatus | null;
    toStatus: AgreementStatus;
    note: string | null;
    actorId: string | null;
    occurredOn: string;
    correctsId?: string | null;
  },
): Promise<string> {
  const row = await db.insertInto("agreementEvent").values(event).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

/** One event of an agreement's history. */
export async function findAgreementEvent(db: Kysely<Database>, agreementId: string, eventId: string) {
  const row = await db
    .selectFrom("agreementEvent")
    .select(["id", "fromStatus", "toStatus", "note", "occurredOn", "correctsId", "createdAt"])
    .where("agreementId", "=", agreementId)
    .where("id", "=", eventId)
    .executeTakeFirst();
  return (
    row && {
      ...row,
      fromStatus: row.fromStatus as AgreementStatus | null,
      toStatus: row.toStatus as AgreementStatus,
    }
  );
}

/** The agreement's role and next step, at `version`, while it is not deleted. */
export async function updateAgreementAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: { role: AgreementRole; nextStepOn: string | null; nextStep: string | null },
): Promise<boolean> {
  return updateAgreementStatusOrFields(db, id, version, values);
}

async function updateAgreementStatusOrFields(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: Partial<{
    role: AgreementRole;
    status: AgreementStatus;
    statusChangedOn: string;
    nextStepOn: string | null;
    nextStep: string | null;
    publishable: boolean;
  }>,
): Promise<boolean> {
  return updateLiveAtVersion(db, "cohostAgreement", id, version, values, { touch: true });
}

/** Whether the agreement may be named on the public forum page, at `version`, while it is not deleted. */
export async function setAgreementPublishableAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  publishable: boolean,
): Promise<boolean> {
  return updateAgreementStatusOrFields(db, id, version, { publishable });
}

/** Sets the status an event correction leads to (no version check: the caller holds the row at its version). */
export async function setAgreementStatusAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: { status: AgreementStatus; statusChangedOn: string },
): Promise<boolean> {
  return updateAgreementStatusOrFields(db, id, version, values);
}

/** A deleted agreement as the views show it; undefined when there is none or it is not deleted. */
export async function findDeletedAgreement(db: Kysely<Database>, id: string) {
  const row = await anyView(db)
    .where("cohostAgreement.id", "=", id)
    .where("cohostAgreement.deletedAt", "is not", null)
    .executeTakeFirst();
  return row && toView(row);
}

/** The region of an agreement, deleted or not. */
export async function agreementRegionId(db: Kysely<Database>, id: string): Promise<string | undefined> {
  const row = await anyView(db).where("cohostAgreement.id", "=", id).executeTakeFirst();
  return row?.regionId;
}

/** A region's agreements deleted at or after `since`, newest first. */
export async function listDeletedAgreements(
  db: Kysely<Database>,
  regionId: string,
  since: Date,
): Promise<DeletedRow[]> {
  const rows = await deletedAgreementsQuery(db, regionId, since)
    .orderBy("cohostAgreement.deletedAt", "desc")
    .orderBy("cohostAgreement.id")
    .execute();
  return toDeletedRows(rows);
}

/** The rows `listDeletedAgreements` lists, unordered: each titled by its organization and its edition. */
export function deletedAgreementsQuery(db: Kysely<Database>, regionId: string, since: Date) {
  return db
    .selectFrom("cohostAgreement")
    .innerJoin("forumEdition", "forumEdition.id", "cohostAgreement.editionId")
    .innerJoin("organization", "organization.id", "cohostAgreement.organizationId")
    .leftJoin("appUser", "appUser.id", "cohostAgreement.deletedBy")
    .select([
      "cohostAgreement.id",
      sql<string>`organization.name || '（' || forum_edition.title || '）'`.as("title"),
      "cohostAgreement.deletedAt",
      "appUser.displayName as deletedByName",
    ])
    .where("forumEdition.regionId", "=", regionId)
    .where("cohostAgreement.deletedAt", ">=", since);
}

/** Removes a deleted agreement, its history and its timeline entries for good; false when it is not deleted. */
export async function purgeAgreementRow(db: Kysely<Database>, id: string): Promise<boolean> {
  if (!(await purgeDeleted(db, "cohostAgreement", id))) return false;
  await db
    .deleteFrom("timelineEntry")
    .where("sourceType", "=", "agreement")
    .where("sourceId", "=", id)
    .execute();
  return true;
}

/** Leaves out the timeline entries of deleted agreements (they come back with the agreement). */
export const notOfDeletedAgreement = (eb: ExpressionBuilder<Database, "timelineEntry">) =>
  eb.not(
    eb.exists(
      eb
        .selectFrom("cohostAgreement")
        .select("cohostAgreement.id")
        .whereRef("cohostAgreement.id", "=", "timelineEntry.sourceId")
        .where("timelineEntry.sourceType", "=", "agreement")
        .where("cohostAgreement.deletedAt", "is not", null),
    ),
  );
