import {
  foldForSearch,
  type OrganizationDraft,
  type OrganizationListInput,
  type OrganizationType,
} from "@kyoso/domain";
import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Database } from "../schema";
import { batches } from "./batches";
import { type DeletedRow, toDeletedRows } from "./soft-delete";

export interface OrganizationRow {
  id: string;
  name: string;
  nameKana: string | null;
  type: OrganizationType;
  prefectureCode: string | null;
  prefectureName: string | null;
  note: string | null;
  version: number;
}

export interface Contact {
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
}

const columns = [
  "organization.id",
  "organization.name",
  "organization.nameKana",
  "organization.type",
  "organization.prefectureCode",
  "prefecture.nameJa as prefectureName",
  "organization.note",
  "organization.version",
] as const;

const listColumns = columns.filter((c) => c !== "organization.note");

const base = (db: Kysely<Database>) =>
  db
    .selectFrom("organization")
    .leftJoin("prefecture", "prefecture.code", "organization.prefectureCode")
    .where("organization.deletedAt", "is", null);

const toRow = (r: Omit<OrganizationRow, "type"> & { type: string }): OrganizationRow => ({
  ...r,
  type: r.type as OrganizationType,
});

const SORTS = {
  name: "organization.searchText",
  type: "organization.type",
  prefecture: "organization.prefectureCode",
  updated: "organization.updatedAt",
} as const;

/** Which regions' organizations a list shows, and whose notes: null means every region. */
export interface OrganizationListScope {
  visibleRegionIds: readonly string[] | null;
  noteRegionIds: readonly string[] | null;
}

const coveredBy = (db: Kysely<Database>, regionIds: readonly string[]) =>
  db
    .selectFrom("regionPrefecture")
    .select("regionPrefecture.prefectureCode")
    .where("regionPrefecture.regionId", "in", regionIds.length > 0 ? [...regionIds] : [NO_REGION]);

// A uuid no region has: `in ()` is not valid SQL, and an empty list must match nothing.
const NO_REGION = "00000000-0000-0000-0000-000000000000";

/**
 * One page of organizations matching the filters, sorted on the server, with the total count. Rows outside
 * `scope.visibleRegionIds` are left out; the free-text note is null unless a region of `scope.noteRegionIds`
 * covers the organization's prefecture (the same rule as reading the organization itself).
 */
export async function listOrganizations(
  db: Kysely<Database>,
  input: OrganizationListInput,
  scope: OrganizationListScope,
) {
  let query = base(db);
  const { visibleRegionIds, noteRegionIds } = scope;
  if (visibleRegionIds)
    query = query.where("organization.prefectureCode", "in", coveredBy(db, visibleRegionIds));
  if (input.query)
    query = query.where("organization.searchText", "like", `%${escapeLike(foldForSearch(input.query))}%`);
  if (input.type) query = query.where("organization.type", "=", input.type);
  if (input.prefectureCode) query = query.where("organization.prefectureCode", "=", input.prefectureCode);
  if (input.regionId) {
    const regionId = input.regionId;
    query = query.where("organization.prefectureCode", "in", (eb) =>
      eb
        .selectFrom("regionPrefecture")
        .select("regionPrefecture.prefectureCode")
        .where("regionPrefecture.regionId", "=", regionId),
    );
  }
  const [rows, total] = await Promise.all([
    query
      .select(listColumns)
      .select((eb) =>
        (noteRegionIds
          ? eb
              .case()
              .when("organization.prefectureCode", "in", coveredBy(db, noteRegionIds))
              .then(eb.ref("organization.note"))
              .else(null)
              .end()
          : eb.ref("organization.note")
        ).as("note"),
      )
      .orderBy(SORTS[input.sort], input.direction)
      .orderBy("organization.id")
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { total: Number(total.n), rows: rows.map(toRow) };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** An organization with its contacts, in their order. */
async function withContacts(db: Kysely<Database>, id: string, row: Parameters<typeof toRow>[0]) {
  const contacts = await db
    .selectFrom("organizationContact")
    .select(["name", "title", "email", "phone"])
    .where("organizationId", "=", id)
    .orderBy("position")
    .execute();
  return { ...toRow(row), contacts };
}

/** The organization's contact people in order, as a JSON array beside it (same statement). */
const contactsOf = (eb: ExpressionBuilder<Database, "organization">) =>
  jsonArrayFrom(
    eb
      .selectFrom("organizationContact")
      .select([
        "organizationContact.name",
        "organizationContact.title",
        "organizationContact.email",
        "organizationContact.phone",
      ])
      .whereRef("organizationContact.organizationId", "=", "organization.id")
      .orderBy("organizationContact.position"),
  ).as("contacts");

/** A live organization with its contact people, in one statement. */
export async function findOrganization(db: Kysely<Database>, id: string) {
  const row = await base(db)
    .select(columns)
    .select(contactsOf)
    .where("organization.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { contacts, ...organization } = row;
  return { ...toRow(organization), contacts };
}

/**
 * A live organization with its contact people and its home region (the region its change history and
 * 削除済み entry belong to: its prefecture's own region first), in one statement.
 */
export async function findOrganizationWithHome(db: Kysely<Database>, id: string) {
  const row = await base(db)
    .select(columns)
    .select(contactsOf)
    .select((eb) =>
      eb
        .selectFrom("regionPrefecture")
        .innerJoin("region", "region.id", "regionPrefecture.regionId")
        .select("region.id")
        .whereRef("regionPrefecture.prefectureCode", "=", "organization.prefectureCode")
        .orderBy(PRIMARY_ORDER)
        .orderBy("region.slug")
        .limit(1)
        .as("homeRegionId"),
    )
    .where("organization.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { contacts, homeRegionId, ...organization } = row;
  return { ...toRow(organization), contacts, homeRegionId };
}

/** The regions that cover an organization's prefecture: who may work with it. */
export async function regionIdsForOrganization(db: Kysely<Database>, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom("organization")
    .innerJoin("regionPrefecture", "regionPrefecture.prefectureCode", "organization.prefectureCode")
    .select("regionPrefecture.regionId")
    .where("organization.id", "=", id)
    .execute();
  return rows.map((r) => r.regionId);
}

/** Inserts the drafts (any number: a statement per batch) and returns their ids in the drafts' order. */
export async function insertOrganizations(
  db: Kysely<Database>,
  drafts: OrganizationDraft[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const batch of batches(drafts)) {
    const rows = await db
      .insertInto("organization")
      .values(batch.map((d) => ({ ...d, searchText: foldForSearch(`${d.name}${d.nameKana ?? ""}`) })))
      .returning("id")
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** One organization; its id. */
export async function insertOrganization(db: Kysely<Database>, draft: OrganizationDraft): Promise<string> {
  const row = await db
    .insertInto("organization")
    .values({ ...draft, searchText: foldForSearch(`${draft.name}${draft.nameKana ?? ""}`) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function replaceContacts(
  db: Kysely<Database>,
  organizationId: string,
  contacts: Contact[],
): Promise<void> {
  await db.deleteFrom("organizationContact").where("organizationId", "=", organizationId).execute();
  if (contacts.length === 0) return;
  await db
    .insertInto("organizationContact")
    .values(contacts.map((c, i) => ({ ...c, organizationId, position: i + 1 })))
    .execute();
}

export async function updateOrganizationAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  draft: OrganizationDraft,
): Promise<boolean> {
  const result = await db
    .updateTable("organization")
    .set({
      ...draft,
      searchText: foldForSearch(`${draft.name}${draft.nameKana ?? ""}`),
      version: sql`version + 1`,
      updatedAt: sql`now()`,
    })
    .where("id", "=", id)
    .where("version", "=", version)
    .where("deletedAt", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Which of these (prefecture, name) pairs already exist, as "code:name" keys. */
export async function existingOrganizationKeys(
  db: Kysely<Database>,
  drafts: Pick<OrganizationDraft, "name" | "prefectureCode">[],
): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const names of batches([...new Set(drafts.map((d) => d.name))])) {
    const rows = await db
      .selectFrom("organization")
      .select(["prefectureCode", "name"])
      .where("name", "in", names)
      .execute();
    for (const r of rows) keys.add(`${r.prefectureCode ?? ""}:${r.name}`);
  }
  return keys;
}

/** How many records refer to an organization, deleted ones included (they can be restored). */
export async function countOrganizationReferences(db: Kysely<Database>, id: string) {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom("cohostAgreement")
        .select((e) => e.fn.countAll<string>().as("n"))
        .where("organizationId", "=", id)
        .as("agreements"),
      eb
        .selectFrom("meetingOrganization")
        .select((e) => e.fn.countAll<string>().as("n"))
        .where("organizationId", "=", id)
        .as("meetings"),
      eb
        .selectFrom("hearing")
        .select((e) => e.fn.countAll<string>().as("n"))
        .where("organizationId", "=", id)
        .as("hearings"),
    ])
    .executeTakeFirstOrThrow();
  return {
    agreements: Number(row.agreements ?? 0),
    meetings: Number(row.meetings ?? 0),
    hearings: Number(row.hearings ?? 0),
  };
}

/** A deleted organization with its contacts, as it was when deleted; undefined when it is not deleted. */
export async function findDeletedOrganization(db: Kysely<Database>, id: string) {
  const row = await db
    .selectFrom("organization")
    .leftJoin("prefecture", "prefecture.code", "organization.prefectureCode")
    .select(columns)
    .where("organization.id", "=", id)
    .where("organization.deletedAt", "is not", null)
    .executeTakeFirst();
  return row && withContacts(db, id, row);
}

/**
 * The organizations deleted at or after `since` whose primary region (see `primaryRegionIdForOrganization`) is
 * this one, newest first: each deleted organization is listed, and restored, in one region.
 */
export async function listDeletedOrganizations(
  db: Kysely<Database>,
  regionId: string,
  since: Date,
): Promise<DeletedRow[]> {
  const rows = await deletedOrganizationsQuery(db, regionId, since)
    .orderBy("organization.deletedAt", "desc")
    .orderBy("organization.id")
    .execute();
  return toDeletedRows(rows);
}

/** The rows `listDeletedOrganizations` lists, unordered. */
export function deletedOrganizationsQuery(db: Kysely<Database>, regionId: string, since: Date) {
  return db
    .selectFrom("organization")
    .leftJoin("appUser", "appUser.id", "organization.deletedBy")
    .select([
      "organization.id",
      "organization.name as title",
      "organization.deletedAt",
      "appUser.displayName as deletedByName",
    ])
    .where("organization.deletedAt", ">=", since)
    .where(
      sql<string>`(select region.id from region_prefecture rp join region on region.id = rp.region_id
        where rp.prefecture_code = organization.prefecture_code
        order by ${PRIMARY_ORDER}, region.slug limit 1)`,
      "=",
      regionId,
    );
}

// A prefecture's own region before an area covering several.
const PRIMARY_ORDER = sql`case when region.kind = 'prefecture' then 0 else 1 end`;

/** The first region covering an organization's prefecture, deleted or not (a prefecture's own region first). */
export async function primaryRegionIdForOrganization(
  db: Kysely<Database>,
  id: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("organization")
    .innerJoin("regionPrefecture", "regionPrefecture.prefectureCode", "organization.prefectureCode")
    .innerJoin("region", "region.id", "regionPrefecture.regionId")
    .select("region.id")
    .where("organization.id", "=", id)
    .orderBy(PRIMARY_ORDER)
    .orderBy("region.slug")
    .executeTakeFirst();
  return row?.id;
}
