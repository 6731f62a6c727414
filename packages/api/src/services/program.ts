import {
  countProgramSessions,
  findEditionForUpdate,
  findEditionProgram,
  findProgramSession,
  findProgramSpeaker,
  insertProgramSession,
  insertProgramSpeakers,
  listProgram,
  reorderProgramSessions,
  reorderProgramSpeakers,
  softDeleteAtVersion,
  touchProgramSession,
  updateProgramSessionAtVersion,
  updateProgramSpeakerAtVersion,
} from "@kyoso/db";
import {
  DomainError,
  isSameSet,
  MAX_SESSIONS,
  MAX_SPEAKERS,
  type ProgramSession,
  type SessionCreate,
  type SessionUpdate,
  type SpeakerAdd,
  type SpeakerUpdate,
} from "@kyoso/domain";
import type { Context, ScopedContext } from "../context";
import { audited } from "./write";

// Writes of an edition's program. Each locks the edition's row first, so two editors adding or reordering at
// once take turns, and writes its audit row in the same transaction.

type Tx = Context["db"];

const editionNotFound = () => new DomainError("NOT_FOUND", "指定されたフォーラムが見つかりません。");
const sessionNotFound = () => new DomainError("NOT_FOUND", "指定されたセッションが見つかりません。");
const speakerNotFound = () => new DomainError("NOT_FOUND", "指定された登壇者が見つかりません。");
const staleSession = () =>
  new DomainError(
    "CONFLICT",
    "このセッションは他の人によって更新されています。画面を再読み込みしてから、もう一度編集してください。",
  );
const staleSpeaker = () =>
  new DomainError(
    "CONFLICT",
    "この登壇者は他の人によって更新されています。画面を再読み込みしてから、もう一度編集してください。",
  );
const staleOrder = () =>
  new DomainError("CONFLICT", "並び順が現在のプログラムと一致しません。画面を再読み込みしてください。");

async function lockEdition(tx: Tx, editionId: string) {
  const edition = await findEditionForUpdate(tx, editionId);
  if (!edition) throw editionNotFound();
  return edition;
}

/**
 * Locks the edition a session or speaker belongs to, as the permission check found it (`ctx.scope`: sessions
 * and speakers never move between editions), and returns its region and edition.
 */
async function lockProgramOf(tx: Tx, { scope }: ScopedContext, notFound: () => DomainError) {
  if (!scope.editionId || !scope.regionId) throw notFound();
  await lockEdition(tx, scope.editionId);
  return { regionId: scope.regionId, editionId: scope.editionId };
}

async function requireSession(tx: Tx, id: string): Promise<ProgramSession> {
  const session = await findProgramSession(tx, id);
  if (!session) throw sessionNotFound();
  return session;
}

export async function programOfEdition(ctx: Context, editionId: string) {
  const program = await findEditionProgram(ctx.db, editionId);
  if (!program) throw editionNotFound();
  return { editionId, heldOn: program.heldOn, sessions: program.sessions };
}

export async function createSession(ctx: Context, input: SessionCreate): Promise<ProgramSession> {
  const { editionId, speakers, ...values } = input;
  return audited(ctx, async ({ tx, audit }) => {
    const edition = await lockEdition(tx, editionId);
    if ((await countProgramSessions(tx, editionId)) >= MAX_SESSIONS) {
      throw new DomainError("VALIDATION", `プログラムのセッションは${MAX_SESSIONS}件までです。`);
    }
    const id = await insertProgramSession(tx, editionId, values);
    await insertProgramSpeakers(tx, id, speakers);
    const created = await requireSession(tx, id);
    await audit({
      action: "create",
      recordType: "forum_session",
      recordId: id,
      regionId: edition.regionId,
      before: null,
      after: created,
    });
    return created;
  });
}

export async function updateSession(ctx: ScopedContext, input: SessionUpdate): Promise<ProgramSession> {
  const { id, version, ...values } = input;
  return audited(ctx, async ({ tx, audit }) => {
    const { regionId } = await lockProgramOf(tx, ctx, sessionNotFound);
    const before = await requireSession(tx, id);
    if (!(await updateProgramSessionAtVersion(tx, id, version, values))) throw staleSession();
    const after = await requireSession(tx, id);
    await audit({ action: "update", recordType: "forum_session", recordId: id, regionId, before, after });
    return after;
  });
}

/** Deletes a session softly (its speakers go and come back with it): off the program and the public page. */
export async function removeSession(ctx: ScopedContext, input: { id: string; version: number }) {
  return audited(ctx, async ({ tx, actorId, audit }) => {
    const { regionId } = await lockProgramOf(tx, ctx, sessionNotFound);
    const before = await requireSession(tx, input.id);
    const deletedAt = await softDeleteAtVersion(tx, "forumSession", input.id, input.version, actorId);
    if (!deletedAt) throw staleSession();
    await audit({
      action: "delete",
      recordType: "forum_session",
      recordId: input.id,
      regionId,
      before,
      after: null,
    });
    return { id: input.id, recordType: "forum_session" as const, deletedAt: deletedAt.toISOString() };
  });
}

const order = (sessions: { id: string; title: string }[]) => sessions.map((s) => `${s.title} (${s.id})`);

/** Puts every session of the edition in the given order; the list must name exactly the current sessions. */
export async function reorderProgram(ctx: Context, input: { editionId: string; sessionIds: string[] }) {
  return audited(ctx, async ({ tx, audit }) => {
    const edition = await lockEdition(tx, input.editionId);
    const before = await listProgram(tx, input.editionId);
    if (
      !isSameSet(
        input.sessionIds,
        before.map((s) => s.id),
      )
    )
      throw staleOrder();
    await reorderProgramSessions(tx, input.editionId, input.sessionIds);
    const after = await listProgram(tx, input.editionId);
    await audit({
      action: "update",
      recordType: "forum_edition",
      recordId: input.editionId,
      regionId: edition.regionId,
      before: { programOrder: order(before) },
      after: { programOrder: order(after) },
    });
    return { editionId: input.editionId, heldOn: edition.heldOn, sessions: after };
  });
}

/** Adds a speaker at the end of a session's list; returns the session with its speakers. */
export async function addSpeaker(ctx: ScopedContext, input: SpeakerAdd): Promise<ProgramSession> {
  const { sessionId, ...speaker } = input;
  return audited(ctx, async ({ tx, audit }) => {
    const { regionId } = await lockProgramOf(tx, ctx, sessionNotFound);
    const session = await requireSession(tx, sessionId);
    if (session.speakers.length >= MAX_SPEAKERS) {
      throw new DomainError("VALIDATION", `1つのセッションの登壇者は${MAX_SPEAKERS}人までです。`);
    }
    const [id] = await insertProgramSpeakers(tx, sessionId, [speaker]);
    await touchProgramSession(tx, sessionId);
    await audit({
      action: "create",
      recordType: "session_speaker",
      recordId: id ?? "",
      regionId,
      before: null,
      after: { sessionId, ...speaker },
    });
    return requireSession(tx, sessionId);
  });
}

export async function editSpeaker(ctx: ScopedContext, input: SpeakerUpdate): Promise<ProgramSession> {
  const { id, version, ...values } = input;
  return audited(ctx, async ({ tx, audit }) => {
    const { regionId } = await lockProgramOf(tx, ctx, speakerNotFound);
    const before = await findProgramSpeaker(tx, id);
    if (!before) throw speakerNotFound();
    if (!(await updateProgramSpeakerAtVersion(tx, id, version, values))) throw staleSpeaker();
    await touchProgramSession(tx, before.sessionId);
    const after = await findProgramSpeaker(tx, id);
    await audit({ action: "update", recordType: "session_speaker", recordId: id, regionId, before, after });
    return requireSession(tx, before.sessionId);
  });
}

/** Deletes a speaker softly: off the session's list and the public page; restorable from 削除済み. */
export async function removeSpeaker(ctx: ScopedContext, input: { id: string; version: number }) {
  return audited(ctx, async ({ tx, actorId, audit }) => {
    const { regionId } = await lockProgramOf(tx, ctx, speakerNotFound);
    const before = await findProgramSpeaker(tx, input.id);
    if (!before) throw speakerNotFound();
    const deletedAt = await softDeleteAtVersion(tx, "sessionSpeaker", input.id, input.version, actorId);
    if (!deletedAt) throw staleSpeaker();
    await touchProgramSession(tx, before.sessionId);
    await audit({
      action: "delete",
      recordType: "session_speaker",
      recordId: input.id,
      regionId,
      before,
      after: null,
    });
    return { id: input.id, recordType: "session_speaker" as const, deletedAt: deletedAt.toISOString() };
  });
}

export async function reorderSessionSpeakers(
  ctx: ScopedContext,
  input: { sessionId: string; speakerIds: string[] },
): Promise<ProgramSession> {
  return audited(ctx, async ({ tx, audit }) => {
    const { regionId } = await lockProgramOf(tx, ctx, sessionNotFound);
    const before = await requireSession(tx, input.sessionId);
    if (
      !isSameSet(
        input.speakerIds,
        before.speakers.map((s) => s.id),
      )
    )
      throw staleOrder();
    await reorderProgramSpeakers(tx, input.sessionId, input.speakerIds);
    await touchProgramSession(tx, input.sessionId);
    const after = await requireSession(tx, input.sessionId);
    await audit({
      action: "update",
      recordType: "forum_session",
      recordId: input.sessionId,
      regionId,
      before: { speakerOrder: before.speakers.map((s) => s.name) },
      after: { speakerOrder: after.speakers.map((s) => s.name) },
    });
    return after;
  });
}
