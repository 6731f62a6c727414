import {
  type DB,
  findHearing,
  findMeeting,
  findTimelineEntry,
  insertTasks,
  isForeignKeyViolation,
  setSourceEntryDeleted,
  softDeleteAtVersion,
  updateHearingAtVersion,
  updateMeetingAtVersion,
  updateNoteAtVersion,
  updateSourceEntry,
} from "@kyoso/db";
import {
  type AuditRecordType,
  consentDateOf,
  DomainError,
  type HearingUpdate,
  type MeetingUpdate,
  type RecordDelete,
  type TimelineNoteUpdate,
} from "@kyoso/domain";
import type { Context } from "../context";
import { once } from "./idempotency";
import { checkAssigneesForRegion, checkOrganizationsInRegion, requireThemes } from "./references";
import { audited } from "./write";

// Corrections of a region's preparation records: edit at the version the editor saw, delete softly. A meeting's or
// hearing's own entry on the region's timeline follows its record: edited with it, hidden when it is deleted.

const conflict = (what: string) =>
  new DomainError(
    "CONFLICT",
    `${what}は他の人によって更新されています。画面を再読み込みしてから、もう一度操作してください。`,
  );

/** What a delete returns, so the page can offer to undo it at once. */
export interface DeletedRef {
  id: string;
  recordType: AuditRecordType;
  deletedAt: string;
}

export async function updateMeeting(ctx: Context, input: MeetingUpdate) {
  const run = audited(ctx, async ({ tx, audit }) => {
    const before = await findMeeting(tx, input.id);
    if (!before) throw new DomainError("NOT_FOUND", "指定された会議が見つかりません。");
    const { id, version, organizationIds, actionItems, isPublic, ...meeting } = input;
    await checkOrganizationsInRegion(tx, before.regionId, organizationIds, "organizationIds");
    await checkAssigneesForRegion(
      tx,
      before.regionId,
      actionItems.map((item) => item.assigneeId),
      "actionItems",
    );
    // The attendance rows are rewritten only when the organizations changed.
    const attending = new Set(before.organizations.map((o) => o.id));
    const unique = new Set(organizationIds);
    const same = unique.size === attending.size && [...unique].every((o) => attending.has(o));
    if (!(await updateMeetingAtVersion(tx, id, version, meeting, same ? null : [...unique])))
      throw conflict("この会議");
    await updateSourceEntry(
      tx,
      { sourceType: "meeting", sourceId: id },
      {
        occurredOn: meeting.heldOn,
        title: meeting.title,
        body: meeting.decisions ?? meeting.agenda,
        isPublic,
      },
    );
    // An action item added later is a task like those made at the meeting: created and audited as one.
    const tasks = actionItems.map((item) => ({
      ...item,
      regionId: before.regionId,
      editionId: before.editionId,
      meetingId: id,
    }));
    const taskIds = await insertTasks(tx, tasks);
    const after = await findMeeting(tx, id);
    await audit([
      ...taskIds.map((taskId, i) => ({
        action: "create" as const,
        recordType: "task" as const,
        recordId: taskId,
        regionId: before.regionId,
        before: null,
        after: tasks[i],
      })),
      { action: "update", recordType: "meeting", recordId: id, regionId: before.regionId, before, after },
    ]);
    return after;
  });
  return run.catch((error: unknown) => {
    if (isForeignKeyViolation(error)) {
      throw new DomainError(
        "VALIDATION",
        "指定された団体または担当者が見つかりません。画面を再読み込みしてください。",
      );
    }
    throw error;
  });
}

export async function deleteMeeting(ctx: Context, input: RecordDelete): Promise<DeletedRef> {
  return audited(ctx, async ({ tx, audit, actorId }) => {
    const before = await findMeeting(tx, input.id);
    if (!before) throw new DomainError("NOT_FOUND", "指定された会議が見つかりません。");
    const deleted = await softDeleteAtVersion(tx, "meeting", input.id, input.version, actorId, ctx.now());
    if (!deleted) throw conflict("この会議");
    await setSourceEntryDeleted(
      tx,
      { sourceType: "meeting", sourceId: input.id },
      { at: deleted, by: actorId },
    );
    await audit({
      action: "delete",
      recordType: "meeting",
      recordId: input.id,
      regionId: before.regionId,
      before,
      after: null,
    });
    return { id: input.id, recordType: "meeting", deletedAt: deleted.toISOString() };
  });
}

export async function updateHearing(ctx: Context, input: HearingUpdate) {
  return audited(ctx, async ({ tx, audit }) => {
    const before = await findHearing(tx, input.id);
    if (!before) throw new DomainError("NOT_FOUND", "指定されたヒアリングが見つかりません。");
    await checkOrganizationsInRegion(tx, before.regionId, [input.organizationId], "organizationId");
    await requireThemes(
      tx,
      input.findings.map((f) => f.themeId),
    );
    const { id, version, findings, isPublic, ...fields } = input;
    const hearing = { ...fields, consentOn: consentDateOf(input) };
    if (!(await updateHearingAtVersion(tx, id, version, hearing, findings))) throw conflict("このヒアリング");
    const after = await findHearing(tx, id);
    if (!after) throw conflict("このヒアリング");
    await updateSourceEntry(
      tx,
      { sourceType: "hearing", sourceId: id },
      {
        occurredOn: hearing.heldOn,
        title: `${after.organizationName}へのヒアリング`,
        body: hearing.summary,
        isPublic,
      },
    );
    await audit({
      action: "update",
      recordType: "hearing",
      recordId: id,
      regionId: before.regionId,
      before,
      after,
    });
    return after;
  });
}

export async function deleteHearing(ctx: Context, input: RecordDelete): Promise<DeletedRef> {
  return audited(ctx, async ({ tx, audit, actorId }) => {
    const before = await findHearing(tx, input.id);
    if (!before) throw new DomainError("NOT_FOUND", "指定されたヒアリングが見つかりません。");
    const deleted = await softDeleteAtVersion(tx, "hearing", input.id, input.version, actorId, ctx.now());
    if (!deleted) throw conflict("このヒアリング");
    await setSourceEntryDeleted(
      tx,
      { sourceType: "hearing", sourceId: input.id },
      { at: deleted, by: actorId },
    );
    await audit({
      action: "delete",
      recordType: "hearing",
      recordId: input.id,
      regionId: before.regionId,
      before,
      after: null,
    });
    return { id: input.id, recordType: "hearing", deletedAt: deleted.toISOString() };
  });
}

/** A note written on the log itself; a meeting's or hearing's entry is corrected through its record. */
async function requireNote(tx: DB, id: string) {
  const entry = await findTimelineEntry(tx, id);
  if (!entry) throw new DomainError("NOT_FOUND", "指定された記録が見つかりません。");
  if (entry.kind !== "note" || entry.sourceType !== null) {
    throw new DomainError(
      "VALIDATION",
      "この記録は元の会議・ヒアリング・お知らせから生まれたものです。元の記録を編集・削除してください。",
    );
  }
  return entry;
}

export async function updateTimelineNote(ctx: Context, input: TimelineNoteUpdate) {
  return audited(ctx, ({ tx, actorId, audit }) =>
    once({
      tx,
      userId: actorId,
      key: input.idempotencyKey,
      procedure: "timeline.updateNote",
      reference: () => ({ id: input.id }),
      // The note as it is now: a later correction after this one is what the person should see.
      replay: ({ id }) => findTimelineEntry(tx, id),
      write: async () => {
        const before = await requireNote(tx, input.id);
        const ok = await updateNoteAtVersion(tx, input.id, input.version, {
          occurredOn: input.occurredOn.date,
          precision: input.occurredOn.precision,
          title: input.title,
          body: input.body,
          isPublic: input.isPublic,
        });
        if (!ok) throw conflict("この記録");
        const after = await findTimelineEntry(tx, input.id);
        await audit({
          action: "update",
          recordType: "timeline_entry",
          recordId: input.id,
          regionId: before.regionId,
          before,
          after,
        });
        return after;
      },
    }),
  );
}

export async function deleteTimelineNote(ctx: Context, input: RecordDelete): Promise<DeletedRef> {
  return audited(ctx, async ({ tx, audit, actorId }) => {
    const before = await requireNote(tx, input.id);
    const deleted = await softDeleteAtVersion(
      tx,
      "timelineEntry",
      input.id,
      input.version,
      actorId,
      ctx.now(),
    );
    if (!deleted) throw conflict("この記録");
    await audit({
      action: "delete",
      recordType: "timeline_entry",
      recordId: input.id,
      regionId: before.regionId,
      before,
      after: null,
    });
    return { id: input.id, recordType: "timeline_entry", deletedAt: deleted.toISOString() };
  });
}
