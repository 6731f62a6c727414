import type { ProgramSession, ProgramSpeaker, SessionKind, SpeakerInput } from "@kyoso/domain";
import { type Kysely, sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Database } from "../schema";
import { updateLiveAtVersion } from "./soft-delete";

// A forum edition's program: sessions in order, each with its speakers in order.

const hhmm = (column: "startsAt" | "endsAt") =>
  sql<string | null>`to_char(${sql.ref(`forumSession.${column}`)}, 'HH24:MI')`.as(column);

function sessionQuery(db: Kysely<Database>) {
  return db
    .selectFrom("forumSession")
    .select([
      "forumSession.id",
      "forumSession.editionId",
      "forumSession.position",
      "forumSession.kind",
      "forumSession.title",
      "forumSession.subtitle",
      hhmm("startsAt"),
      hhmm("endsAt"),
      "forumSession.version",
    ])
    .where("forumSession.deletedAt", "is", null);
}

async function speakersOf(db: Kysely<Database>, sessionIds: string[]) {
  if (sessionIds.length === 0) return new Map<string, ProgramSpeaker[]>();
  const rows = await db
    .selectFrom("sessionSpeaker")
    .select(["id", "sessionId", "position", "name", "affiliation", "title", "version"])
    .where("sessionId", "in", sessionIds)
    .where("deletedAt", "is", null)
    .orderBy("sessionId")
    .orderBy("position")
    .execute();
  const bySession = new Map<string, ProgramSpeaker[]>();
  for (const { sessionId, ...speaker } of rows) {
    bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), speaker]);
  }
  return bySession;
}

/** An edition's sessions in program order, with their speakers: two statements. */
export async function listProgram(db: Kysely<Database>, editionId: string): Promise<ProgramSession[]> {
  const sessions = await sessionQuery(db)
    .where("forumSession.editionId", "=", editionId)
    .orderBy("forumSession.position")
    .execute();
  const speakers = await speakersOf(
    db,
    sessions.map((s) => s.id),
  );
  return sessions.map((s) => ({ ...s, kind: s.kind as SessionKind, speakers: speakers.get(s.id) ?? [] }));
}

/** An edition's day and its program (sessions in order, each with its speakers in order), in one statement. */
export async function findEditionProgram(db: Kysely<Database>, editionId: string) {
  const speakers = () =>
    jsonArrayFrom(
      db
        .selectFrom("sessionSpeaker")
        .select([
          "sessionSpeaker.id",
          "sessionSpeaker.position",
          "sessionSpeaker.name",
          "sessionSpeaker.affiliation",
          "sessionSpeaker.title",
          "sessionSpeaker.version",
        ])
        .where("sessionSpeaker.sessionId", "=", sql.ref<string>("forumSession.id"))
        .where("sessionSpeaker.deletedAt", "is", null)
        .orderBy("sessionSpeaker.position"),
    ).as("speakers");
  const row = await db
    .selectFrom("forumEdition")
    .select("forumEdition.heldOn")
    .select(() =>
      jsonArrayFrom(
        sessionQuery(db)
          .select(speakers)
          .where("forumSession.editionId", "=", sql.ref<string>("forumEdition.id"))
          .orderBy("forumSession.position"),
      ).as("sessions"),
    )
    .where("forumEdition.id", "=", editionId)
    .executeTakeFirst();
  if (!row) return undefined;
  const sessions: ProgramSession[] = row.sessions.map((s) => ({ ...s, kind: s.kind as SessionKind }));
  return { heldOn: row.heldOn, sessions };
}

export async function findProgramSession(
  db: Kysely<Database>,
  id: string,
): Promise<ProgramSession | undefined> {
  const session = await sessionQuery(db).where("forumSession.id", "=", id).executeTakeFirst();
  if (!session) return undefined;
  const speakers = await speakersOf(db, [id]);
  return { ...session, kind: session.kind as SessionKind, speakers: speakers.get(id) ?? [] };
}

/** The region and edition a session or a speaker belongs to, for the permission check. */
export async function findProgramScope(
  db: Kysely<Database>,
  ref: { sessionId: string } | { speakerId: string },
): Promise<{ regionId: string; editionId: string } | undefined> {
  let query = db
    .selectFrom("forumSession")
    .innerJoin("forumEdition", "forumEdition.id", "forumSession.editionId")
    .select(["forumEdition.regionId", "forumEdition.id as editionId"]);
  query =
    "sessionId" in ref
      ? query.where("forumSession.id", "=", ref.sessionId)
      : query.where(
          "forumSession.id",
          "=",
          db.selectFrom("sessionSpeaker").select("sessionId").where("id", "=", ref.speakerId),
        );
  return query.executeTakeFirst();
}

export interface SessionValues {
  kind: SessionKind;
  title: string;
  subtitle: string | null;
  startsAt: string | null;
  endsAt: string | null;
}

/** Appends a session at the end of the edition's program. */
export async function insertProgramSession(
  db: Kysely<Database>,
  editionId: string,
  values: SessionValues,
): Promise<string> {
  const row = await db
    .insertInto("forumSession")
    .values((eb) => ({
      ...values,
      editionId,
      position: eb
        .selectFrom("forumSession")
        .select(sql<number>`coalesce(max(position), 0) + 1`.as("p"))
        .where("editionId", "=", editionId)
        .where("deletedAt", "is", null),
    }))
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Applies the values only at `version`; false when the session is gone or was changed meanwhile. */
export async function updateProgramSessionAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: SessionValues,
): Promise<boolean> {
  return updateLiveAtVersion(db, "forumSession", id, version, values, { touch: false });
}

type ProgramTable = "forumSession" | "sessionSpeaker";

/** Brings a deleted session or speaker back, at the end of its program or session; false when not deleted. */
export async function restoreProgramItem(db: Kysely<Database>, table: ProgramTable, id: string) {
  const result =
    table === "forumSession"
      ? await sql`update forum_session s set deleted_at = null, deleted_by = null, version = version + 1,
          position = (select coalesce(max(position), 0) + 1 from forum_session o
                      where o.edition_id = s.edition_id and o.deleted_at is null)
          where s.id = ${id} and s.deleted_at is not null`.execute(db)
      : await sql`update session_speaker s set deleted_at = null, deleted_by = null, version = version + 1,
          position = (select coalesce(max(position), 0) + 1 from session_speaker o
                      where o.session_id = s.session_id and o.deleted_at is null)
          where s.id = ${id} and s.deleted_at is not null`.execute(db);
  return result.numAffectedRows === 1n;
}

/** A deleted session or speaker (undefined when there is none), for the trash's audit rows. */
export async function findDeletedProgramItem(db: Kysely<Database>, table: ProgramTable, id: string) {
  return table === "forumSession"
    ? db
        .selectFrom("forumSession")
        .select(["id", "editionId", "kind", "title", "subtitle", "position", "version", "deletedAt"])
        .where("id", "=", id)
        .where("deletedAt", "is not", null)
        .executeTakeFirst()
    : db
        .selectFrom("sessionSpeaker")
        .select(["id", "sessionId", "name", "affiliation", "title", "position", "version", "deletedAt"])
        .where("id", "=", id)
        .where("deletedAt", "is not", null)
        .executeTakeFirst();
}

export async function countProgramSessions(db: Kysely<Database>, editionId: string): Promise<number> {
  const row = await db
    .selectFrom("forumSession")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("editionId", "=", editionId)
    .where("deletedAt", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Renumbers rows 1…n in the given order. Positions are unique per parent and checked row by row, so the rows
 * first move out of the way (negative positions), then into place: two statements whatever the count.
 */
async function renumber(
  db: Kysely<Database>,
  table: "forumSession" | "sessionSpeaker",
  parent: { column: "editionId" | "sessionId"; id: string },
  ids: readonly string[],
): Promise<void> {
  const positions = sql.join(ids.map((id, i) => sql`(${id}::uuid, ${i + 1}::int)`));
  const name = table === "forumSession" ? sql.raw("forum_session") : sql.raw("session_speaker");
  const parentColumn = parent.column === "editionId" ? sql.raw("edition_id") : sql.raw("session_id");
  // Deleted rows keep their old place out of the way (positions are unique among live rows only).
  await sql`update ${name} set position = -position where ${parentColumn} = ${parent.id} and deleted_at is null`.execute(
    db,
  );
  await sql`update ${name} t set position = v.position from (values ${positions}) as v(id, position)
    where t.id = v.id and t.${parentColumn} = ${parent.id}`.execute(db);
}

export async function reorderProgramSessions(
  db: Kysely<Database>,
  editionId: string,
  ids: readonly string[],
) {
  await renumber(db, "forumSession", { column: "editionId", id: editionId }, ids);
  // Every session's place changed as one edit: bump versions so a form opened before sees it is stale.
  await db
    .updateTable("forumSession")
    .set({ version: sql`version + 1` })
    .where("editionId", "=", editionId)
    .where("deletedAt", "is", null)
    .execute();
}

export async function insertProgramSpeakers(
  db: Kysely<Database>,
  sessionId: string,
  speakers: readonly SpeakerInput[],
): Promise<string[]> {
  if (speakers.length === 0) return [];
  const { max } = await db
    .selectFrom("sessionSpeaker")
    .select(sql<number>`coalesce(max(position), 0)`.as("max"))
    .where("sessionId", "=", sessionId)
    .where("deletedAt", "is", null)
    .executeTakeFirstOrThrow();
  const rows = await db
    .insertInto("sessionSpeaker")
    .values(speakers.map((s, i) => ({ ...s, sessionId, position: Number(max) + i + 1 })))
    .returning("id")
    .execute();
  return rows.map((r) => r.id);
}

export async function findProgramSpeaker(db: Kysely<Database>, id: string) {
  return db
    .selectFrom("sessionSpeaker")
    .select(["id", "sessionId", "position", "name", "affiliation", "title", "version"])
    .where("id", "=", id)
    .where("deletedAt", "is", null)
    .executeTakeFirst();
}

/** Applies the values only at `version`, bumping it; false when the speaker is gone or was changed meanwhile. */
export async function updateProgramSpeakerAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: SpeakerInput,
): Promise<boolean> {
  return updateLiveAtVersion(db, "sessionSpeaker", id, version, values, { touch: false });
}

export async function reorderProgramSpeakers(
  db: Kysely<Database>,
  sessionId: string,
  ids: readonly string[],
) {
  await renumber(db, "sessionSpeaker", { column: "sessionId", id: sessionId }, ids);
}

/** Bumps a session's version when its speakers change, so concurrent editors notice. */
export async function touchProgramSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable("forumSession").set({ version: sql`version + 1` }).where("id", "=", id).execute();
}
