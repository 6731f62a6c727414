import type { AgreementRole, AgreementStatus } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

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
  version: number;
}

const view = (db: Kysely<Database>) =>
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

export async function findAgreementHistory(db: Kysely<Database>, agreementId: string) {
  const rows = await db
    .selectFrom("agreementEvent")
    .leftJoin("appUser", "appUser.id", "agreementEvent.actorId")
    .select([
      "agreementEvent.id",
      "agreementEvent.fromStatus",
      "agreementEvent.toStatus",
      "agreementEvent.note",
      "agreementEvent.occurredOn",
      "appUser.displayName as actorName",
    ])
    .where("agreementEvent.agreementId", "=", agreementId)
    .orderBy("agreementEvent.createdAt")
    .orderBy("agreementEvent.id")
    .execute();
  return rows.map((r) => ({
    ...r,
    fromStatus: r.fromStatus as AgreementStatus | null,
    toStatus: r.toStatus as AgreementStatus,
  }));
}

export async function agreementExists(
  db: Kysely<Database>,
  editionId: string,
  organizationId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("cohostAgreement")
    .select("id")
    .where("editionId", "=", editionId)
    .where("organizationId", "=", organizationId)
    .executeTakeFirst();
  return row !== undefined;
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
  const result = await db
    .updateTable("cohostAgreement")
    .set({ ...values, version: sql`version + 1`, updatedAt: sql`now()` })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
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
  },
): Promise<void> {
  await db.insertInto("agreementEvent").values(event).execute();
}
