import {
  type DB,
  findHearing,
  findMeeting,
  findOrganization,
  findTimelineEntry,
  insertHearing,
  insertHearingTheme,
  insertMeeting,
  insertTasks,
  insertTimelineEntry,
  isForeignKeyViolation,
  isUniqueViolation,
  setTimelineEntryPublic,
} from "@kyoso/db";
import {
  consentDateOf,
  DomainError,
  type HearingCreate,
  type MeetingCreate,
  type TimelineNote,
} from "@kyoso/domain";
import type { Context } from "../context";
import { once, sentThenDeleted } from "./idempotency";
import {
  checkAssigneesForRegion,
  checkEditionInRegion,
  checkOrganizationsInRegion,
  requireRegions,
  requireThemes,
} from "./references";
import { audited, type Write } from "./write";

// Writes of a region's preparation records. Each runs in one transaction with its audit row and the
// timeline entry that shows it on the region's dated log.

async function requireOrganization(db: DB, id: string) {
  const organization = await findOrganization(db, id);
  if (!organization) throw new DomainError("NOT_FOUND", "指定された団体が見つかりません。");
  return organization;
}

export async function createMeeting(ctx: Context, input: MeetingCreate) {
  const write = audited(ctx, ({ tx, actorId, audit }) =>
    once({
      tx,
      userId: actorId,
      key: input.idempotencyKey,
      procedure: "meeting.create",
      reference: (created: Meeting) => ({ id: created.id }),
      replay: async ({ id }) => (await findMeeting(tx, id)) ?? Promise.reject(sentThenDeleted()),
      write: () => insertMeetingRecord(tx, audit, input),
    }),
  );
  return write.catch((error: unknown) => {
    // An attending organization or an assignee that does not exist (deleted meanwhile, or a forged id).
    if (isForeignKeyViolation(error)) {
      throw new DomainError(
        "VALIDATION",
        "指定された団体または担当者が見つかりません。画面を再読み込みしてください。",
      );
    }
    throw error;
  });
}

type Meeting = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

/** The meeting, its action items as tasks and its timeline entry, each audited. */
async function insertMeetingRecord(tx: DB, audit: Write["audit"], input: MeetingCreate): Promise<Meeting> {
  const { organizationIds, actionItems, isPublic, idempotencyKey: _key, ...meeting } = input;
  await requireRegions(tx, [input.regionId]);
  await checkEditionInRegion(tx, input.regionId, input.editionId);
  await checkOrganizationsInRegion(tx, input.regionId, organizationIds, "organizationIds");
  await checkAssigneesForRegion(
    tx,
    input.regionId,
    actionItems.map((item) => item.assigneeId),
    "actionItems",
  );
  const id = await insertMeeting(tx, meeting, organizationIds);
  const tasks = actionItems.map((item) => ({
    ...item,
    regionId: input.regionId,
    editionId: input.editionId,
    meetingId: id,
  }));
  const taskIds = await insertTasks(tx, tasks);
  // Each action item is a task of its own, listed and edited apart from the meeting: audited as one.
  await audit(
    taskIds.map((taskId, i) => ({
      action: "create" as const,
      recordType: "task",
      recordId: taskId,
      regionId: input.regionId,
      before: null,
      after: tasks[i],
    })),
  );
  await insertTimelineEntry(tx, {
    regionId: input.regionId,
    occurredOn: input.heldOn,
    kind: "meeting",
    title: input.title,
    body: input.decisions ?? input.agenda,
    isPublic,
    sourceType: "meeting",
    sourceId: id,
  });
  // Read back in the transaction that wrote it: always there.
  const created = (await findMeeting(tx, id)) as Meeting;
  await audit({
    action: "create",
    recordType: "meeting",
    recordId: id,
    regionId: input.regionId,
    before: null,
    after: created,
  });
  return created;
}

export async function createHearing(ctx: Context, input: HearingCreate) {
  return audited(ctx, async ({ tx, audit }) => {
    await requireRegions(tx, [input.regionId]);
    await checkOrganizationsInRegion(tx, input.regionId, [input.organizationId], "organizationId");
    await requireThemes(
      tx,
      input.findings.map((f) => f.themeId),
    );
    const organization = await requireOrganization(tx, input.organizationId);
    const { findings, isPublic, ...fields } = input;
    const hearing = { ...fields, consentOn: consentDateOf(input) };
    const id = await insertHearing(tx, hearing, findings);
    await insertTimelineEntry(tx, {
      regionId: input.regionId,
      occurredOn: input.heldOn,
      kind: "hearing",
      title: `${organization.name}へのヒアリング`,
      body: input.summary,
      isPublic,
      sourceType: "hearing",
      sourceId: id,
    });
    const created = await findHearing(tx, id);
    await audit({
      action: "create",
      recordType: "hearing",
      recordId: id,
      regionId: input.regionId,
      before: null,
      after: created,
    });
    return created;
  });
}

export async function createTimelineNote(ctx: Context, input: TimelineNote) {
  return audited(ctx, ({ tx, actorId, audit }) =>
    once({
      tx,
      userId: actorId,
      key: input.idempotencyKey,
      procedure: "timeline.createNote",
      reference: (entry) => ({ id: entry.id }),
      replay: async ({ id }) => (await findTimelineEntry(tx, id)) ?? Promise.reject(sentThenDeleted()),
      write: async () => {
        await requireRegions(tx, [input.regionId]);
        const entry = await insertTimelineEntry(tx, {
          regionId: input.regionId,
          occurredOn: input.occurredOn.date,
          precision: input.occurredOn.precision,
          kind: "note",
          title: input.title,
          body: input.body,
          isPublic: input.isPublic,
        });
        await audit({
          action: "create",
          recordType: "timeline_entry",
          recordId: entry.id,
          regionId: input.regionId,
          before: null,
          after: entry,
        });
        // Read back as a repeat reads it (with its version, for a correction), so both answers are the same.
        return (await findTimelineEntry(tx, entry.id)) as NonNullable<
          Awaited<ReturnType<typeof findTimelineEntry>>
        >;
      },
    }),
  );
}

export async function setTimelinePublic(ctx: Context, id: string, isPublic: boolean) {
  return audited(ctx, async ({ tx, audit }) => {
    const before = await findTimelineEntry(tx, id);
    if (!before) throw new DomainError("NOT_FOUND", "指定された記録が見つかりません。");
    await setTimelineEntryPublic(tx, id, isPublic);
    const after = { ...before, isPublic };
    await audit({
      action: "update",
      recordType: "timeline_entry",
      recordId: id,
      regionId: before.regionId,
      before,
      after,
    });
    return after;
  });
}

export async function createHearingTheme(ctx: Context, input: { nameJa: string; nameEn: string }) {
  const write = audited(ctx, async ({ tx, audit }) => {
    const id = await insertHearingTheme(tx, input);
    await audit({
      action: "create",
      recordType: "hearing_theme",
      recordId: id,
      regionId: null,
      before: null,
      after: input,
    });
    return { id, ...input };
  });
  return write.catch((error: unknown) => {
    if (isUniqueViolation(error)) throw new DomainError("DUPLICATE", "同じ名前のテーマがすでにあります。");
    throw error;
  });
}
