import { findPublicForumPage, findPublicRegionFeed, meetingSheetBatch } from "@kyoso/db";
import { describe, expect, it } from "vitest";
import { regionCalendar, resolveFeedToken } from "../src/index";
import { type Caller, trpcError, useTestApi } from "./helpers";

// Meetings, hearings and timeline notes can be corrected: edited at the version the editor saw, deleted softly
// (gone from every list, feed and public page at once), restored within 30 days, purged by the national team,
// and each keeps its change history. "Today" is 2026-11-25 (Japan).
const now = new Date("2026-11-25T03:00:00Z");
const api = useTestApi(now);
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(now.getTime() + days * DAY);

async function region(slug: string) {
  return api.caller.region.bySlug({ slug });
}

async function createMeeting(caller: Caller, slug = "saitama", extra: Record<string, unknown> = {}) {
  const r = await region(slug);
  const created = await caller.meeting.create({
    regionId: r.id,
    editionId: r.currentEdition?.id ?? null,
    kind: "committee",
    heldOn: "2026-11-20",
    title: "第5回 実行委員会",
    decisions: "会場を確定した",
    isPublic: true,
    ...extra,
  });
  if (!created) throw new Error("meeting created");
  return created;
}

async function createHearing(caller: Caller, slug = "saitama") {
  const r = await region(slug);
  const [theme] = await caller.hearing.themes();
  const [organization] = (await caller.organization.list({ query: "埼玉県難病" })).rows;
  if (!theme || !organization) throw new Error("demo theme and organization");
  const created = await caller.hearing.create({
    regionId: r.id,
    organizationId: organization.id,
    heldOn: "2026-11-18",
    interviewer: "聞き手",
    consent: "verbal",
    purposeOfUse: "フォーラムの企画のため",
    summary: "ヒアリングの概要",
    findings: [{ themeId: theme.id, body: "通院との両立が難しい" }],
    isPublic: true,
  });
  if (!created) throw new Error("hearing created");
  return created;
}

async function resolveMember(slug: "saitama" | "shutoken") {
  const caller = await api.as(slug);
  const { token } = await caller.feedToken.create({ label: "テスト" });
  const actor = await resolveFeedToken(api.handle.db, token, now);
  if (!actor) throw new Error("feed token");
  return actor;
}

/** Everywhere a meeting shows: lists, the region page, timeline, public page, Atom feed, calendar, Excel. */
async function meetingSurfaces(id: string, title: string) {
  const r = await region("saitama");
  const db = api.handle.db;
  const [list, timeline, page, feed, calendar, sheet] = await Promise.all([
    api.caller.meeting.forRegion({ slug: "saitama", pageSize: 100 }),
    api.caller.timeline.list({ slug: "saitama", pageSize: 100 }),
    findPublicForumPage(db, "saitama", 2026),
    findPublicRegionFeed(db, "saitama"),
    resolveMember("saitama").then((actor) => regionCalendar(db, actor, "saitama", "2026-11-25")),
    meetingSheetBatch(db, r.id, null, 1000),
  ]);
  return {
    list: list.rows.some((m) => m.id === id),
    regionPage: r.meetings.some((m) => m.id === id),
    regionTimeline: r.timeline.some((t) => t.title === title),
    timeline: timeline.rows.some((t) => t.sourceId === id),
    publicPage: (page?.timeline ?? []).some((t) => t.title === title),
    feed: (feed?.timeline ?? []).some((t) => t.title === title),
    calendar: (calendar?.events ?? []).some((e) => e.uid === `meeting-${id}@kyoso`),
    sheet: sheet.some((m) => m.id === id),
  };
}

const everywhere = {
  list: true,
  regionPage: true,
  regionTimeline: true,
  timeline: true,
  publicPage: true,
  feed: true,
  calendar: true,
  sheet: true,
};
const nowhere = Object.fromEntries(Object.keys(everywhere).map((k) => [k, false]));

describe("editing a meeting", () => {
  it("changes it and its timeline entry, bumps the version, adds a new action item as a task, and audits before/after", async () => {
    const created = await createMeeting(api.caller);
    const [saitamaCenter] = (await api.caller.organization.list({ query: "埼玉県難病" })).rows;
    if (!saitamaCenter) throw new Error("demo organization");
    const updated = await api.caller.meeting.update({
      id: created.id,
      version: created.version,
      kind: "committee",
      heldOn: "2026-11-21",
      title: "第5回 実行委員会（訂正）",
      decisions: "会場と日程を確定した",
      isPublic: true,
      actionItems: [{ title: "会場の仮予約をする", dueOn: "2026-12-10" }],
      organizationIds: [saitamaCenter.id],
    });
    expect(updated?.organizations).toEqual([{ id: saitamaCenter.id, name: saitamaCenter.name }]);
    expect(updated).toMatchObject({
      title: "第5回 実行委員会（訂正）",
      heldOn: "2026-11-21",
      version: created.version + 1,
      isPublic: true,
    });
    expect(updated?.tasks.map((t) => t.title)).toEqual(["会場の仮予約をする"]);
    const entry = (await api.caller.timeline.list({ slug: "saitama", kinds: ["meeting"] })).rows.find(
      (t) => t.sourceId === created.id,
    );
    expect(entry).toMatchObject({
      title: "第5回 実行委員会（訂正）",
      occurredOn: "2026-11-21",
      body: "会場と日程を確定した",
    });
    const audit = (await api.caller.audit.list({ recordType: "meeting" })).rows[0];
    expect(audit).toMatchObject({ action: "update", recordId: created.id });
    expect(audit?.before).toMatchObject({ title: "第5回 実行委員会" });
    expect(audit?.after).toMatchObject({ title: "第5回 実行委員会（訂正）" });
    const task = (await api.caller.audit.list({ recordType: "task" })).rows[0];
    expect(task).toMatchObject({ action: "create", before: null });
  });

  it("refuses a stale edit with CONFLICT and the Japanese reload message, changing nothing", async () => {
    const created = await createMeeting(api.caller);
    await api.caller.meeting.update({
      id: created.id,
      version: created.version,
      kind: "committee",
      heldOn: "2026-11-20",
      title: "先に保存",
    });
    const error = await trpcError(
      api.caller.meeting.update({
        id: created.id,
        version: created.version,
        kind: "committee",
        heldOn: "2026-11-20",
        title: "後から保存",
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      "この会議は他の人によって更新されています。画面を再読み込みしてから、もう一度操作してください。",
    );
    expect((await api.caller.meeting.byId({ id: created.id })).title).toBe("先に保存");
  });

  it("refuses another region's committee (FORBIDDEN) and an organization of another region (BAD_REQUEST)", async () => {
    const created = await createMeeting(api.caller);
    const shutoken = await api.as("shutoken");
    const forbidden = await trpcError(
      shutoken.meeting.update({
        id: created.id,
        version: created.version,
        kind: "committee",
        heldOn: "2026-11-20",
        title: "x",
      }),
    );
    expect(forbidden.code).toBe("FORBIDDEN");
    const [tokyo] = (await api.caller.organization.list({ query: "東京都難病" })).rows;
    const mismatch = await trpcError(
      api.caller.meeting.update({
        id: created.id,
        version: created.version,
        kind: "committee",
        heldOn: "2026-11-20",
        title: "x",
        organizationIds: [tokyo?.id ?? ""],
      }),
    );
    expect(mismatch.code).toBe("BAD_REQUEST");
  });
});

describe("deleting a meeting", () => {
  it("takes it off every list, the region page, the timeline, the public page, the Atom feed, the calendar and the Excel sheet at once", async () => {
    const created = await createMeeting(api.caller);
    expect(await meetingSurfaces(created.id, created.title)).toEqual(everywhere);
    const deleted = await api.caller.meeting.delete({ id: created.id, version: created.version });
    expect(deleted).toEqual({ id: created.id, recordType: "meeting", deletedAt: now.toISOString() });
    expect(await meetingSurfaces(created.id, created.title)).toEqual(nowhere);
    expect((await trpcError(api.caller.meeting.byId({ id: created.id }))).code).toBe("NOT_FOUND");
    const audit = (await api.caller.audit.list({ recordType: "meeting" })).rows[0];
    expect(audit).toMatchObject({ action: "delete", after: null });
    expect(audit?.before).toMatchObject({ title: created.title });
  });

  it("brings it back everywhere, with its timeline entry, when restored (the undo)", async () => {
    const created = await createMeeting(api.caller);
    await api.caller.meeting.delete({ id: created.id, version: created.version });
    await api.caller.trash.restore({ recordType: "meeting", id: created.id });
    expect(await meetingSurfaces(created.id, created.title)).toEqual(everywhere);
    expect((await api.caller.audit.list({ recordType: "meeting" })).rows[0]).toMatchObject({
      action: "restore",
      before: null,
    });
  });

  it("refuses a delete at a stale version, and a second delete, with CONFLICT", async () => {
    const created = await createMeeting(api.caller);
    await api.caller.meeting.update({
      id: created.id,
      version: created.version,
      kind: "committee",
      heldOn: "2026-11-20",
      title: "更新",
    });
    const stale = await trpcError(api.caller.meeting.delete({ id: created.id, version: created.version }));
    expect(stale.code).toBe("CONFLICT");
    await api.caller.meeting.delete({ id: created.id, version: created.version + 1 });
    const again = await trpcError(
      api.caller.meeting.delete({ id: created.id, version: created.version + 2 }),
    );
    expect(again.code).toBe("NOT_FOUND");
  });

  it("leaves the tasks it made, no longer linked to the deleted meeting", async () => {
    const created = await createMeeting(api.caller, "saitama", {
      actionItems: [{ title: "議事録を共有する" }],
    });
    await api.caller.meeting.delete({ id: created.id, version: created.version });
    const tasks = await api.caller.task.list({ text: "議事録を共有する" });
    expect(tasks.rows.map((t) => [t.title, t.meetingId, t.meetingTitle])).toEqual([
      ["議事録を共有する", null, null],
    ]);
  });
});

describe("the trash (削除済み)", () => {
  it("lists a region's deleted records with who deleted them and when, newest first, to its committee", async () => {
    const saitama = await api.as("saitama");
    const meeting = await createMeeting(saitama);
    const hearing = await createHearing(saitama);
    await saitama.meeting.delete({ id: meeting.id, version: meeting.version });
    const later = await api.as("saitama", { now: () => at(1) });
    await later.hearing.delete({ id: hearing.id, version: hearing.version });
    const list = await later.trash.list({ regionSlug: "saitama" });
    expect(list.map((r) => [r.recordType, r.id, r.deletedByName, r.restorable])).toEqual([
      ["hearing", hearing.id, "埼玉 実行委員", true],
      ["meeting", meeting.id, "埼玉 実行委員", true],
    ]);
    expect(list[1]?.restorableUntil).toBe(at(30).toISOString());
    expect(await api.caller.trash.list({ regionSlug: "shutoken" })).toEqual([]);
  });

  it("restores a meeting deleted 29 days ago, refuses one deleted 31 days ago", async () => {
    const recent = await createMeeting(api.caller, "saitama", { title: "29日前に削除" });
    const old = await createMeeting(api.caller, "saitama", { title: "31日前に削除" });
    const earlier = await api.as("saitama", { now: () => at(-31) });
    await earlier.meeting.delete({ id: old.id, version: old.version });
    const lessEarly = await api.as("saitama", { now: () => at(-29) });
    await lessEarly.meeting.delete({ id: recent.id, version: recent.version });
    const saitama = await api.as("saitama");
    await saitama.trash.restore({ recordType: "meeting", id: recent.id });
    expect((await saitama.meeting.byId({ id: recent.id })).title).toBe("29日前に削除");
    const refused = await trpcError(saitama.trash.restore({ recordType: "meeting", id: old.id }));
    expect(refused.code).toBe("UNPROCESSABLE_CONTENT");
    expect(refused.message).toContain("削除から30日を過ぎたため");
    expect((await saitama.trash.list({ regionSlug: "saitama" })).map((r) => [r.id, r.restorable])).toEqual([
      [old.id, false],
    ]);
  });

  it("refuses to restore a record that is not deleted (NOT_FOUND) and another region's record (FORBIDDEN)", async () => {
    const created = await createMeeting(api.caller);
    expect((await trpcError(api.caller.trash.restore({ recordType: "meeting", id: created.id }))).code).toBe(
      "NOT_FOUND",
    );
    await api.caller.meeting.delete({ id: created.id, version: created.version });
    const shutoken = await api.as("shutoken");
    expect((await trpcError(shutoken.trash.restore({ recordType: "meeting", id: created.id }))).code).toBe(
      "FORBIDDEN",
    );
  });

  it("lets only the national team purge, which removes the record and its timeline entry for good", async () => {
    const saitama = await api.as("saitama");
    const created = await createMeeting(saitama);
    await saitama.meeting.delete({ id: created.id, version: created.version });
    expect((await trpcError(saitama.trash.purge({ recordType: "meeting", id: created.id }))).code).toBe(
      "FORBIDDEN",
    );
    await api.caller.trash.purge({ recordType: "meeting", id: created.id });
    expect(await api.caller.trash.list({ regionSlug: "saitama" })).toEqual([]);
    const entries = await api.handle.db
      .selectFrom("timelineEntry")
      .select("id")
      .where("sourceId", "=", created.id)
      .execute();
    expect(entries).toEqual([]);
    expect((await trpcError(api.caller.trash.restore({ recordType: "meeting", id: created.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await api.caller.audit.list({ recordType: "meeting" })).rows[0]).toMatchObject({
      action: "purge",
      after: null,
    });
  });
});

describe("hearings", () => {
  it("are edited with their findings replaced and their timeline entry following", async () => {
    const created = await createHearing(api.caller);
    const theme = created.findings[0]?.themeId ?? "";
    const updated = await api.caller.hearing.update({
      id: created.id ?? "",
      version: created.version ?? 0,
      organizationId: created.organizationId ?? "",
      heldOn: "2026-11-19",
      interviewer: "聞き手",
      consent: "verbal",
      purposeOfUse: "フォーラムの企画のため",
      summary: "訂正した概要",
      findings: [
        { themeId: theme, body: "通院との両立が難しい（訂正）" },
        { themeId: theme, body: "在宅勤務の希望が多い" },
      ],
      isPublic: false,
    });
    expect(updated?.findings.map((f) => f.body)).toEqual([
      "通院との両立が難しい（訂正）",
      "在宅勤務の希望が多い",
    ]);
    const entry = (await api.caller.timeline.list({ slug: "saitama", kinds: ["hearing"] })).rows.find(
      (t) => t.sourceId === created.id,
    );
    expect(entry).toMatchObject({ occurredOn: "2026-11-19", body: "訂正した概要", isPublic: false });
  });

  it("leave the region's list, the findings by theme and the timeline when deleted, and come back restored", async () => {
    const created = await createHearing(api.caller);
    const id = created.id ?? "";
    const seen = async () => ({
      list: (await api.caller.hearing.forRegion({ slug: "saitama", pageSize: 100 })).rows.some(
        (h) => h.id === id,
      ),
      byTheme: (await api.caller.hearing.findingsByTheme({ pageSize: 100 })).rows.some(
        (f) => f.hearingId === id,
      ),
      timeline: (await api.caller.timeline.list({ slug: "saitama", pageSize: 100 })).rows.some(
        (t) => t.sourceId === id,
      ),
    });
    expect(await seen()).toEqual({ list: true, byTheme: true, timeline: true });
    await api.caller.hearing.delete({ id, version: created.version ?? 0 });
    expect(await seen()).toEqual({ list: false, byTheme: false, timeline: false });
    expect((await trpcError(api.caller.hearing.byId({ id }))).code).toBe("NOT_FOUND");
    await api.caller.trash.restore({ recordType: "hearing", id });
    expect(await seen()).toEqual({ list: true, byTheme: true, timeline: true });
  });
});

describe("timeline notes", () => {
  it("are edited and deleted on their own; a meeting's entry is corrected through its meeting", async () => {
    const r = await region("saitama");
    const note = await api.caller.timeline.createNote({
      regionId: r.id,
      occurredOn: { date: "2026-11-01", precision: "day" },
      title: "県との打ち合わせ",
    });
    const [listed] = (await api.caller.timeline.list({ slug: "saitama", kinds: ["note"] })).rows;
    expect(listed?.id).toBe(note.id);
    const updated = await api.caller.timeline.updateNote({
      id: note.id,
      version: listed?.version ?? 0,
      occurredOn: { date: "2026-11-01", precision: "month" },
      title: "県との打ち合わせ（11月）",
    });
    expect(updated).toMatchObject({ precision: "month", title: "県との打ち合わせ（11月）" });
    const stale = await trpcError(
      api.caller.timeline.updateNote({
        id: note.id,
        version: listed?.version ?? 0,
        occurredOn: { date: "2026-11-01", precision: "day" },
        title: "x",
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    await api.caller.timeline.deleteNote({ id: note.id, version: updated?.version ?? 0 });
    expect(
      (await api.caller.timeline.list({ slug: "saitama", kinds: ["note"] })).rows.map((t) => t.id),
    ).not.toContain(note.id);
    expect((await api.caller.trash.list({ regionSlug: "saitama" })).map((t) => t.title)).toEqual([
      "県との打ち合わせ（11月）",
    ]);

    const meeting = await createMeeting(api.caller);
    const entry = (await api.caller.timeline.list({ slug: "saitama", kinds: ["meeting"] })).rows.find(
      (t) => t.sourceId === meeting.id,
    );
    const refused = await trpcError(
      api.caller.timeline.deleteNote({ id: entry?.id ?? "", version: entry?.version ?? 0 }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain("元の記録を編集・削除してください");
  });
});

describe("a record's change history", () => {
  it("says who changed what when, field by field, old → new", async () => {
    const saitama = await api.as("saitama");
    const created = await createMeeting(saitama);
    await saitama.meeting.update({
      id: created.id,
      version: created.version,
      kind: "committee",
      heldOn: "2026-11-20",
      title: "第5回 実行委員会（訂正）",
      decisions: "会場を確定した",
      isPublic: true,
    });
    await saitama.meeting.delete({ id: created.id, version: created.version + 1 });
    await saitama.trash.restore({ recordType: "meeting", id: created.id });
    const history = await saitama.audit.forRecord({ recordType: "meeting", id: created.id });
    expect(history.map((h) => [h.action, h.actorName])).toEqual([
      ["create", "埼玉 実行委員"],
      ["update", "埼玉 実行委員"],
      ["delete", "埼玉 実行委員"],
      ["restore", "埼玉 実行委員"],
    ]);
    expect(history[1]?.changes).toEqual([
      { field: "title", before: "第5回 実行委員会", after: "第5回 実行委員会（訂正）" },
    ]);
  });

  it("is read by whoever may read the record's region, and by no one else (hearing findings included)", async () => {
    const created = await createHearing(api.caller);
    const ref = { recordType: "hearing" as const, id: created.id ?? "" };
    const saitama = await api.as("saitama");
    expect(await saitama.audit.forRecord(ref)).toHaveLength(1);
    for (const who of ["shutoken", "probono", "partner"] as const) {
      const caller = await api.as(who);
      expect((await trpcError(caller.audit.forRecord(ref))).code).toBe("FORBIDDEN");
    }
  });
});
