import type { Readable } from "node:stream";
import { findPublicRegionFeed, listAuditForRecord } from "@kyoso/db";
import type { Actor } from "@kyoso/domain";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createContextInner, organizationsXlsxStream, personalCalendar, tasksXlsxStream } from "../src/index";
import { agreementTrash } from "../src/services/trash/agreements";
import { organizationTrash } from "../src/services/trash/organizations";
import { taskCommentTrash, taskTrash } from "../src/services/trash/tasks";
import type { TrashKind } from "../src/services/trash/types";
import { audited } from "../src/services/write";
import { trpcError, useTestApi } from "./helpers";

// Organizations, co-host agreements, tasks and comments can be corrected: edits are versioned and audited with
// before and after, deletes are soft and take the record out of every list at once, and the trash kinds bring
// them back or remove them for good.

const api = useTestApi();
const RELOAD = /他の人によって更新されています。画面を再読み込みしてから、もう一度/;

/** Runs a trash kind's restore or purge as the national team, the way the trash service will. */
function inTrash(kind: TrashKind, action: "restore" | "purge", id: string) {
  const ctx = createContextInner({
    db: api.handle.db,
    engine: api.handle.engine,
    actor: null,
  });
  return audited(ctx, (write) => kind[action](write, id));
}

/** Every cell text of an Excel download's first sheet. */
async function sheetText(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as never);
  const sheet = workbook.worksheets[0];
  const texts: string[] = [];
  sheet?.eachRow((row) => {
    texts.push((row.values as unknown[]).map((v) => String(v ?? "")).join("\t"));
  });
  return texts.join("\n");
}

async function region(slug: string) {
  return api.caller.region.bySlug({ slug });
}

describe("organizations", () => {
  it("edits with the version the editor saw and refuses a stale edit with the reload message", async () => {
    const saitama = await region("saitama");
    const org = await api.caller.organization.create({
      regionId: saitama.id,
      name: "さいたま就労支援の会",
      type: "npo",
      prefectureCode: "11",
      contacts: [{ name: "田中", title: null, email: null, phone: null }],
    });
    if (!org) throw new Error("created");
    const committee = await api.as("saitama");
    const edited = await committee.organization.update({
      id: org.id,
      version: org.version,
      name: "さいたま就労支援ネット",
      type: "npo",
      prefectureCode: "11",
      contacts: [],
    });
    expect(edited).toMatchObject({ name: "さいたま就労支援ネット", contacts: [] });
    const stale = await trpcError(
      committee.organization.update({
        id: org.id,
        version: org.version,
        name: "古い版からの編集",
        type: "npo",
        prefectureCode: "11",
        contacts: [],
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(RELOAD);
  });

  it("deletes softly: gone from the list and byId at once, audited, listed in its prefecture's region, restorable and purgeable", async () => {
    const saitama = await region("saitama");
    const shutoken = await region("shutoken");
    const org = await api.caller.organization.create({
      regionId: saitama.id,
      name: "消える団体",
      type: "npo",
      prefectureCode: "11",
    });
    if (!org) throw new Error("created");
    expect(await sheetText(organizationsXlsxStream(api.handle.db, saitama.id, true))).toContain("消える団体");
    const deleted = await (await api.as("saitama")).organization.delete({ id: org.id, version: org.version });
    expect(deleted).toMatchObject({ id: org.id, recordType: "organization" });
    expect((await api.caller.organization.list({ query: "消える団体" })).total).toBe(0);
    expect(await sheetText(organizationsXlsxStream(api.handle.db, saitama.id, true))).not.toContain(
      "消える団体",
    );
    expect((await trpcError(api.caller.organization.byId({ id: org.id }))).code).toBe("NOT_FOUND");
    const audit = await listAuditForRecord(api.handle.db, "organization", org.id);
    expect(audit.map((a) => a.action)).toContain("delete");

    const since = new Date("2000-01-01T00:00:00Z");
    // 埼玉 is covered by 埼玉県 and 首都圏: the prefecture's own region lists (and restores) it, once.
    expect(await organizationTrash.regionOf(api.handle.db, org.id)).toBe(saitama.id);
    expect(
      (await organizationTrash.listDeleted(api.handle.db, saitama.id, since)).map((r) => r.title),
    ).toEqual(["消える団体"]);
    expect(await organizationTrash.listDeleted(api.handle.db, shutoken.id, since)).toEqual([]);

    expect(await inTrash(organizationTrash, "restore", org.id)).toBe(true);
    expect((await api.caller.organization.byId({ id: org.id })).name).toBe("消える団体");
    expect(await inTrash(organizationTrash, "restore", org.id)).toBe(false);
    expect(await inTrash(organizationTrash, "purge", org.id)).toBe(false);

    const again = await api.caller.organization.byId({ id: org.id });
    await api.caller.organization.delete({ id: org.id, version: again.version });
    expect(await inTrash(organizationTrash, "purge", org.id)).toBe(true);
    const actions = (await listAuditForRecord(api.handle.db, "organization", org.id)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["create", "delete", "restore", "purge"]));
    expect(await organizationTrash.listDeleted(api.handle.db, saitama.id, since)).toEqual([]);
  });

  it("refuses to delete an organization that co-host talks, meetings or hearings refer to, naming them", async () => {
    const [agreement] = await api.caller.agreement.forRegion({ slug: "saitama" });
    if (!agreement) throw new Error("demo agreement");
    const org = await api.caller.organization.byId({ id: agreement.organizationId });
    const refused = await trpcError(api.caller.organization.delete({ id: org.id, version: org.version }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain(`「${org.name}」は`);
    expect(refused.message).toMatch(/共催・後援・協力の記録 \d+件/);
    expect((await api.caller.organization.byId({ id: org.id })).name).toBe(org.name);
    // A deleted agreement still counts: restoring it would bring back a reference to nothing.
    await api.caller.agreement.delete({ id: agreement.id, version: agreement.version });
    const still = await trpcError(api.caller.organization.delete({ id: org.id, version: org.version }));
    expect(still.message).toMatch(/削除済みで復元できる記録を含みます/);
  });

  it("refuses a stale delete and lets no one attach a deleted organization to a new co-host talk", async () => {
    const saitama = await region("saitama");
    const org = await api.caller.organization.create({
      regionId: saitama.id,
      name: "古い版の団体",
      type: "company",
      prefectureCode: "11",
    });
    if (!org) throw new Error("created");
    await api.caller.organization.update({
      id: org.id,
      version: org.version,
      name: "新しい版の団体",
      type: "company",
      prefectureCode: "11",
      contacts: [],
    });
    const stale = await trpcError(api.caller.organization.delete({ id: org.id, version: org.version }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(RELOAD);
    await api.caller.organization.delete({ id: org.id, version: org.version + 1 });
    const edition = saitama.currentEdition ?? saitama.editions[0];
    if (!edition) throw new Error("demo edition");
    const attach = await trpcError(
      api.caller.agreement.create({
        editionId: edition.id,
        organizationId: org.id,
        role: "cooperation",
        status: "proposed",
        occurredOn: "2026-11-20",
      }),
    );
    expect(["NOT_FOUND", "BAD_REQUEST"]).toContain(attach.code);
  });
});

describe("co-host agreements", () => {
  async function newTalk() {
    const saitama = await region("saitama");
    const edition = saitama.currentEdition ?? saitama.editions[0];
    if (!edition) throw new Error("demo edition");
    const org = await api.caller.organization.create({
      regionId: saitama.id,
      name: `協議先${Math.random().toString(36).slice(2, 8)}`,
      type: "municipality",
      prefectureCode: "11",
    });
    if (!org) throw new Error("created");
    const created = await api.caller.agreement.create({
      editionId: edition.id,
      organizationId: org.id,
      role: "cohost",
      status: "proposed",
      occurredOn: "2026-09-01",
      note: "最初の打診",
    });
    if (!created) throw new Error("created");
    return { saitama, edition, org, agreement: created };
  }

  it("edits role and next step, versioned and audited with before and after", async () => {
    const { agreement } = await newTalk();
    const committee = await api.as("saitama");
    const edited = await committee.agreement.update({
      id: agreement.id,
      version: agreement.version,
      role: "sponsor",
      nextStepOn: "2026-12-10",
      nextStep: "課長に説明",
    });
    expect(edited).toMatchObject({ role: "sponsor", nextStepOn: "2026-12-10", nextStep: "課長に説明" });
    const stale = await trpcError(
      committee.agreement.update({ id: agreement.id, version: agreement.version, role: "cohost" }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(RELOAD);
    const [update] = (await listAuditForRecord(api.handle.db, "agreement", agreement.id)).filter(
      (a) => a.action === "update",
    );
    expect(update?.before).toMatchObject({ role: "cohost" });
    expect(update?.after).toMatchObject({ role: "sponsor" });
  });

  it("corrects a wrongly recorded transition: the status follows the correction and the history keeps both, the corrected one marked", async () => {
    const { agreement } = await newTalk();
    const moved = await api.caller.agreement.transition({
      id: agreement.id,
      version: agreement.version,
      to: "agreed",
      occurredOn: "2026-10-01",
      note: "合意と記録（本当は協議中）",
    });
    if (!moved) throw new Error("moved");
    const before = await api.caller.agreement.byId({ id: agreement.id });
    const wrong = before.history[1];
    if (!wrong) throw new Error("history");
    const corrected = await (await api.as("saitama")).agreement.correct({
      id: agreement.id,
      version: before.version,
      eventId: wrong.id,
      to: "negotiating",
      occurredOn: "2026-10-02",
      note: "協議中の誤りでした",
    });
    expect(corrected).toMatchObject({ status: "negotiating", statusChangedOn: "2026-10-02" });
    const after = await api.caller.agreement.byId({ id: agreement.id });
    expect(
      after.history.map((e) => [e.fromStatus, e.toStatus, e.correctsId !== null, e.correctedById !== null]),
    ).toEqual([
      [null, "proposed", false, false],
      ["proposed", "agreed", false, true],
      ["proposed", "negotiating", true, false],
    ]);
    expect(after.history[2]?.correctsId).toBe(wrong.id);
    const timeline = await api.caller.timeline.list({ slug: "saitama", pageSize: 100 });
    expect(timeline.rows.some((r) => r.title.includes("記録の訂正") && r.title.includes("合意"))).toBe(true);

    // The corrected event cannot be corrected again; the correction can.
    const twice = await trpcError(
      api.caller.agreement.correct({
        id: agreement.id,
        version: after.version,
        eventId: wrong.id,
        to: "declined",
        occurredOn: "2026-10-02",
      }),
    );
    expect(twice.code).toBe("CONFLICT");
    // An earlier event's status cannot change (the ones after it would start from a status never held) …
    const first = after.history[0];
    if (!first) throw new Error("history");
    const earlier = await trpcError(
      api.caller.agreement.correct({
        id: agreement.id,
        version: after.version,
        eventId: first.id,
        to: "negotiating",
        occurredOn: "2026-09-01",
      }),
    );
    expect(earlier.code).toBe("UNPROCESSABLE_CONTENT");
    // … but its date and note can, leaving the current status alone.
    const dated = await api.caller.agreement.correct({
      id: agreement.id,
      version: after.version,
      eventId: first.id,
      to: "proposed",
      occurredOn: "2026-08-30",
      note: "最初の打診（日付の訂正）",
    });
    expect(dated).toMatchObject({ status: "negotiating", statusChangedOn: "2026-10-02" });
    const stale = await trpcError(
      api.caller.agreement.correct({
        id: agreement.id,
        version: after.version,
        eventId: after.history[2]?.id ?? "",
        to: "agreed",
        occurredOn: "2026-10-03",
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(RELOAD);
  });

  it("refuses a correction to a status the transition could not have reached", async () => {
    const { agreement } = await newTalk();
    const detail = await api.caller.agreement.byId({ id: agreement.id });
    const refused = await trpcError(
      api.caller.agreement.correct({
        id: agreement.id,
        version: detail.version,
        eventId: detail.history[0]?.id ?? "",
        to: "confirmed",
        occurredOn: "2026-09-01",
      }),
    );
    expect(refused.code).toBe("UNPROCESSABLE_CONTENT");
    expect(refused.message).toContain("最初の状況");
  });

  it("deletes softly: gone from the pipeline, the stalled list, byId, the timeline and the public feed; restored with all of it", async () => {
    const { agreement, saitama } = await newTalk();
    const stalledBefore = await api.caller.agreement.stalled({ days: 30 });
    expect(stalledBefore.map((a) => a.id)).toContain(agreement.id);
    const entries = await api.caller.timeline.list({ slug: "saitama", pageSize: 100 });
    const entry = entries.rows.find((r) => r.sourceType === "agreement" && r.sourceId === agreement.id);
    if (!entry) throw new Error("timeline entry");
    await api.caller.timeline.setPublic({ id: entry.id, isPublic: true });
    const publicBefore = await findPublicRegionFeed(api.handle.db, "saitama");
    expect(publicBefore?.timeline.map((t) => t.id)).toContain(entry.id);

    const current = await api.caller.agreement.byId({ id: agreement.id });
    const deleted = await (await api.as("saitama")).agreement.delete({
      id: agreement.id,
      version: current.version,
    });
    expect(deleted).toMatchObject({ id: agreement.id, recordType: "agreement" });
    expect((await api.caller.agreement.forRegion({ slug: "saitama" })).map((a) => a.id)).not.toContain(
      agreement.id,
    );
    expect((await api.caller.agreement.stalled({ days: 30 })).map((a) => a.id)).not.toContain(agreement.id);
    expect((await trpcError(api.caller.agreement.byId({ id: agreement.id }))).code).toBe("NOT_FOUND");
    const timeline = await api.caller.timeline.list({ slug: "saitama", pageSize: 100 });
    expect(timeline.rows.map((r) => r.id)).not.toContain(entry.id);
    expect((await findPublicRegionFeed(api.handle.db, "saitama"))?.timeline.map((t) => t.id)).not.toContain(
      entry.id,
    );
    // A new talk with the same organization points to the deleted one instead of a second record.
    const again = await trpcError(
      api.caller.agreement.create({
        editionId: agreement.editionId,
        organizationId: agreement.organizationId,
        role: "cohost",
        status: "proposed",
        occurredOn: "2026-11-01",
      }),
    );
    expect(again.message).toContain("削除済みから復元");

    const since = new Date("2000-01-01T00:00:00Z");
    expect((await agreementTrash.listDeleted(api.handle.db, saitama.id, since)).map((r) => r.id)).toEqual([
      agreement.id,
    ]);
    expect(await agreementTrash.regionOf(api.handle.db, agreement.id)).toBe(saitama.id);
    expect(await inTrash(agreementTrash, "restore", agreement.id)).toBe(true);
    expect((await api.caller.agreement.byId({ id: agreement.id })).history).toHaveLength(1);
    expect(
      (await api.caller.timeline.list({ slug: "saitama", pageSize: 100 })).rows.map((r) => r.id),
    ).toContain(entry.id);
    const restored = await api.caller.agreement.byId({ id: agreement.id });
    await api.caller.agreement.delete({ id: agreement.id, version: restored.version });
    expect(await inTrash(agreementTrash, "purge", agreement.id)).toBe(true);
    const rest = await api.handle.db
      .selectFrom("timelineEntry")
      .select("id")
      .where("sourceId", "=", agreement.id)
      .execute();
    expect(rest).toEqual([]);
  });
});

describe("tasks", () => {
  async function newTask(dueOn: string | null = "2026-11-27") {
    const shutoken = await region("shutoken");
    const task = await api.caller.task.create({ regionId: shutoken.id, title: "会場図を作る", dueOn });
    if (!task) throw new Error("created");
    return { task, shutoken };
  }

  it("deletes softly: gone from the table, byId, the overview's due list and the calendar at once; restored and purged by the trash", async () => {
    const { task, shutoken } = await newTask();
    const probono = await api.as("probono");
    const me = await probono.auth.me();
    await probono.task.pickUp({ id: task.id, version: task.version });
    expect((await api.caller.overview.get({})).dueTasks?.map((t) => t.id)).toContain(task.id);
    if (!me) throw new Error("signed in");
    const actor: Actor = {
      id: me.id,
      role: "probono",
      regionIds: [shutoken.id],
      partnerEditionId: null,
      partnerRegionId: null,
    };
    const feedBefore = await personalCalendar(api.handle.db, actor, "2026-11-25");
    expect(feedBefore.events.map((e) => e.uid)).toContain(`task-${task.id}@kyoso`);

    const current = await api.caller.task.byId({ id: task.id });
    const refused = await trpcError(probono.task.delete({ id: task.id, version: current.version }));
    expect(refused.code).toBe("FORBIDDEN");
    const deleted = await (await api.as("shutoken")).task.delete({ id: task.id, version: current.version });
    expect(deleted).toMatchObject({ id: task.id, recordType: "task" });
    expect((await api.caller.task.list({ text: "会場図" })).total).toBe(0);
    const national: Actor = {
      id: (await api.caller.auth.me())?.id ?? "",
      role: "national",
      regionIds: [],
      partnerEditionId: null,
      partnerRegionId: null,
    };
    const sheet = await sheetText(
      tasksXlsxStream(api.handle.db, national, { sort: "dueOn", direction: "asc" }),
    );
    expect(sheet).toContain("チラシのデザイン案");
    expect(sheet).not.toContain("会場図を作る");
    expect((await trpcError(api.caller.task.byId({ id: task.id }))).code).toBe("NOT_FOUND");
    expect((await api.caller.overview.get({})).dueTasks?.map((t) => t.id)).not.toContain(task.id);
    const feed = await personalCalendar(api.handle.db, actor, "2026-11-25");
    expect(feed.events.map((e) => e.uid)).not.toContain(`task-${task.id}@kyoso`);
    const stale = await trpcError(api.caller.task.delete({ id: task.id, version: current.version }));
    expect(stale.code).toBe("NOT_FOUND");

    const since = new Date("2000-01-01T00:00:00Z");
    expect((await taskTrash.listDeleted(api.handle.db, shutoken.id, since)).map((r) => r.title)).toEqual([
      "会場図を作る",
    ]);
    expect(await inTrash(taskTrash, "restore", task.id)).toBe(true);
    expect((await api.caller.task.byId({ id: task.id })).assigneeName).toBe("プロボノ スタッフ");
    const back = await api.caller.task.byId({ id: task.id });
    await api.caller.task.delete({ id: task.id, version: back.version });
    expect(await inTrash(taskTrash, "purge", task.id)).toBe(true);
    const actions = (await listAuditForRecord(api.handle.db, "task", task.id)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["create", "update", "delete", "restore", "purge"]));
  });

  it("refuses a stale delete with the reload message", async () => {
    const { task } = await newTask();
    await api.caller.task.update({ id: task.id, version: task.version, priority: "high" });
    const stale = await trpcError(api.caller.task.delete({ id: task.id, version: task.version }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(RELOAD);
  });

  it("lets pro bono staff pick up an open task in one call that is kept, and not one someone else took", async () => {
    const { task } = await newTask();
    const probono = await api.as("probono");
    const picked = await probono.task.pickUp({ id: task.id, version: task.version });
    expect(picked).toMatchObject({ assigneeName: "プロボノ スタッフ" });
    // Kept: a fresh read (what a reload does) still shows it, and it is in their own list.
    expect((await probono.task.byId({ id: task.id })).assigneeName).toBe("プロボノ スタッフ");
    expect((await probono.task.list({ mine: true })).rows.map((t) => t.id)).toContain(task.id);
    const audit = await listAuditForRecord(api.handle.db, "task", task.id);
    expect(audit.find((a) => a.action === "update")?.after).toMatchObject({
      assigneeName: "プロボノ スタッフ",
    });

    const { task: other } = await newTask();
    await (await api.as("shutoken")).task.pickUp({ id: other.id, version: other.version });
    const taken = await trpcError(probono.task.pickUp({ id: other.id, version: other.version + 1 }));
    expect(taken.code).toBe("FORBIDDEN");
    const stale = await trpcError(api.caller.task.pickUp({ id: other.id, version: other.version + 1 }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toContain("すでに");
  });

  it("marks a task overdue from the day after its due date in Tokyo, and never a done one", async () => {
    const { task } = await newTask("2026-11-25");
    const shutoken = await region("shutoken");
    const done = await api.caller.task.create({
      regionId: shutoken.id,
      title: "済んだ古いタスク",
      dueOn: "2026-11-01",
      status: "done",
    });
    // 2026-11-25 23:59 in Tokyo: due today, not overdue yet.
    const lastMinute = await api.as("national", { now: () => new Date("2026-11-25T14:59:00Z") });
    expect((await lastMinute.task.byId({ id: task.id })).overdue).toBe(false);
    // 2026-11-26 00:00 in Tokyo (still the 25th in UTC): overdue.
    const nextDay = await api.as("national", { now: () => new Date("2026-11-25T15:00:00Z") });
    expect((await nextDay.task.byId({ id: task.id })).overdue).toBe(true);
    const list = await nextDay.task.list({ pageSize: 200 });
    expect(list.today).toBe("2026-11-26");
    expect(list.rows.find((t) => t.id === task.id)?.overdue).toBe(true);
    expect(list.rows.find((t) => t.id === done?.id)?.overdue).toBe(false);
  });
});

describe("task comments", () => {
  async function taskWithComment() {
    const shutoken = await region("shutoken");
    const task = await api.caller.task.create({ regionId: shutoken.id, title: "チラシ校正" });
    if (!task) throw new Error("created");
    const probono = await api.as("probono");
    const comment = await probono.task.comment({ taskId: task.id, body: "校正しまs" });
    return { task, probono, comment, shutoken };
  }

  it("lets the author edit their own comment (versioned), not another member's; the national team may edit any", async () => {
    const { task, probono, comment } = await taskWithComment();
    const edited = await probono.task.updateComment({
      taskId: task.id,
      id: comment.id,
      version: 1,
      body: "校正します",
    });
    expect(edited).toMatchObject({ body: "校正します", version: 2 });
    expect(edited?.editedAt).not.toBeNull();
    const stale = await trpcError(
      probono.task.updateComment({ taskId: task.id, id: comment.id, version: 1, body: "x" }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(RELOAD);
    const committee = await api.as("shutoken");
    const notTheirs = await trpcError(
      committee.task.updateComment({ taskId: task.id, id: comment.id, version: 2, body: "書き換え" }),
    );
    expect(notTheirs.code).toBe("FORBIDDEN");
    expect(notTheirs.message).toContain("自分が書いたコメント");
    await api.caller.task.updateComment({
      taskId: task.id,
      id: comment.id,
      version: 2,
      body: "（全体で修正）",
    });
    const detail = await api.caller.task.byId({ id: task.id });
    expect(detail.comments.map((c) => c.body)).toEqual(["（全体で修正）"]);
    const audit = await listAuditForRecord(api.handle.db, "task_comment", comment.id);
    expect(audit.filter((a) => a.action === "update").map((a) => (a.after as { body: string }).body)).toEqual(
      expect.arrayContaining(["校正します", "（全体で修正）"]),
    );
  });

  it("lets the author delete their own comment, gone from the task at once; the trash brings it back", async () => {
    const { task, probono, comment, shutoken } = await taskWithComment();
    const committee = await api.as("shutoken");
    expect(
      (await trpcError(committee.task.deleteComment({ taskId: task.id, id: comment.id, version: 1 }))).code,
    ).toBe("FORBIDDEN");
    const deleted = await probono.task.deleteComment({ taskId: task.id, id: comment.id, version: 1 });
    expect(deleted).toMatchObject({ id: comment.id, recordType: "task_comment" });
    expect((await api.caller.task.byId({ id: task.id })).comments).toEqual([]);
    const since = new Date("2000-01-01T00:00:00Z");
    expect(
      (await taskCommentTrash.listDeleted(api.handle.db, shutoken.id, since)).map((r) => r.title),
    ).toEqual(["「チラシ校正」へのコメント"]);
    expect(await inTrash(taskCommentTrash, "restore", comment.id)).toBe(true);
    expect((await api.caller.task.byId({ id: task.id })).comments.map((c) => c.body)).toEqual(["校正しまs"]);
  });
});
