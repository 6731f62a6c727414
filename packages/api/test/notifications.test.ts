import { findRegionBySlug, findUserIdByEmail } from "@kyoso/db";
import { describe, expect, it } from "vitest";
import { createContextInner, runReminders } from "../src/index";
import { DEMO_EMAILS, trpcError, useTestApi } from "./helpers";

// 2026-12-02 09:00 in Tokyo.
const now = new Date("2026-12-02T00:00:00Z");
const api = useTestApi(now);

const context = (at = now) =>
  createContextInner({
    db: api.handle.db,
    engine: api.handle.engine,
    now: () => at,
    publicUrl: "https://kyoso.example.jp",
  });

async function ids() {
  const db = api.handle.db;
  const region = async (slug: string) => (await findRegionBySlug(db, slug))?.id as string;
  const user = async (key: keyof typeof DEMO_EMAILS) =>
    (await findUserIdByEmail(db, DEMO_EMAILS[key])) as string;
  return {
    saitama: await region("saitama"),
    shutoken: await region("shutoken"),
    saitamaUser: await user("saitama"),
    shutokenUser: await user("shutoken"),
    probono: await user("probono"),
  };
}

/** A meeting of the region on `heldOn`, with notes that must never leave the app. */
async function meeting(regionId: string, heldOn: string) {
  return api.handle.db
    .insertInto("meeting")
    .values({
      regionId,
      editionId: null,
      kind: "committee",
      heldOn,
      title: "第3回実行委員会",
      place: "さいたま市民会館",
      startTime: "14:00",
      agenda: "議題：Aさんの病状について",
      minutes: null,
      summary: null,
      nextMeetingOn: null,
      nextMeetingPrecision: null,
      endTime: null,
      decisions: null,
      attendees: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

const rowsOf = (userId: string) =>
  api.handle.db
    .selectFrom("notification")
    .select(["kind", "dedupeKey", "delivery", "emailAfter", "payload"])
    .where("userId", "=", userId)
    .execute();

describe("the reminder run", () => {
  it("adds each reminder once: a second run and two concurrent runs add nothing more", async () => {
    const { saitama, saitamaUser } = await ids();
    const { id } = await meeting(saitama, "2026-12-05");
    const first = await runReminders(context());
    expect(first.added).toBeGreaterThan(0);
    const again = await Promise.all([runReminders(context()), runReminders(context())]);
    expect(again.map((r) => r.added)).toEqual([0, 0]);
    const mine = (await rowsOf(saitamaUser)).filter((r) => r.kind === "meeting_soon");
    expect(mine.map((r) => r.dedupeKey)).toEqual([`meeting_soon:${id}:2026-12-05`]);
  });

  it("carries the date, place and link of a meeting, never its agenda or notes", async () => {
    const { saitama, saitamaUser } = await ids();
    const { id } = await meeting(saitama, "2026-12-05");
    await runReminders(context());
    const [row] = (await rowsOf(saitamaUser)).filter((r) => r.kind === "meeting_soon");
    expect(row?.payload).toMatchObject({
      date: "2026-12-05",
      startTime: "14:00",
      place: "さいたま市民会館",
      path: `/regions/saitama/meetings/${id}`,
    });
    expect(JSON.stringify(row)).not.toContain("病状");
  });

  it("counts yesterday's survey answers (Tokyo day) for the region's members without carrying any answer", async () => {
    const survey = await api.handle.db
      .selectFrom("survey")
      .select(["id", "regionId"])
      .where("status", "=", "published")
      .executeTakeFirstOrThrow();
    for (const n of [1, 2]) {
      await api.handle.db
        .insertInto("surveyResponse")
        .values({
          surveyId: survey.id,
          number: 1000 + n,
          idempotencyKey: `00000000-0000-4000-8000-00000000000${n}`,
          // 2026-12-01 in Tokyo (10:00 and 23:59 JST).
          submittedAt: new Date(n === 1 ? "2026-12-01T01:00:00Z" : "2026-12-01T14:59:00Z"),
          respondentOrganizationType: null,
          answers: JSON.stringify({ q: "持病の薬の副作用がつらい" }),
        })
        .execute();
    }
    await runReminders(context());
    const [row] = await api.handle.db
      .selectFrom("notification")
      .innerJoin("userRegion", "userRegion.userId", "notification.userId")
      .select(["kind", "payload"])
      .where("kind", "=", "survey_answers")
      .where("userRegion.regionId", "=", survey.regionId)
      .execute();
    expect(row?.payload).toMatchObject({ count: 2, date: "2026-12-01" });
    expect(JSON.stringify(row)).not.toContain("副作用");
  });

  it("holds an e-mail made in the quiet time (22:00 Tokyo) until 08:00, and sends none for a topic turned off", async () => {
    const { saitama, shutoken, saitamaUser, shutokenUser } = await ids();
    await meeting(saitama, "2026-12-05");
    await meeting(shutoken, "2026-12-05");
    const shutokenCaller = await api.as("shutoken");
    const defaults = await shutokenCaller.notification.preferences();
    await shutokenCaller.notification.savePreferences({
      ...defaults,
      channels: { ...defaults.channels, meeting: "off" },
    });
    await runReminders(context(new Date("2026-12-02T13:00:00Z")));
    const [held] = (await rowsOf(saitamaUser)).filter((r) => r.kind === "meeting_soon");
    expect(held).toMatchObject({ delivery: "email", emailAfter: new Date("2026-12-02T23:00:00Z") });
    expect((await rowsOf(shutokenUser)).filter((r) => r.kind === "meeting_soon")).toEqual([]);
  });
});

describe("notifications in the app", () => {
  it("tell a person a task was assigned to them, with an unread count, until they mark it read", async () => {
    const { shutoken, probono } = await ids();
    const committee = await api.as("shutoken");
    const task = await committee.task.create({
      regionId: shutoken,
      title: "会場の下見",
      assigneeId: probono,
      dueOn: "2026-12-10",
    });
    const volunteer = await api.as("probono");
    expect(await volunteer.notification.unreadCount()).toBe(1);
    const list = await volunteer.notification.list({});
    expect(list.unread).toBe(1);
    expect(list.items[0]).toMatchObject({
      kind: "task_assigned",
      title: "タスク「会場の下見」の担当になりました",
      detail: "期限：2026年12月10日(木)　首都圏",
      path: `/tasks/${task?.id}`,
      read: false,
    });
    const english = await volunteer.notification.list({ locale: "en" });
    expect(english.items[0]?.title).toBe('You were assigned the task "会場の下見"');

    // Someone else cannot mark it read; its owner can, and the change is audited.
    const id = list.items[0]?.id as string;
    expect(await committee.notification.markRead({ ids: [id] })).toEqual({ updated: 0 });
    expect(await volunteer.notification.markRead({ ids: [id] })).toEqual({ updated: 1 });
    expect(await volunteer.notification.unreadCount()).toBe(0);
    const audit = await api.caller.audit.list({ recordType: "notification" });
    expect(audit.rows[0]).toMatchObject({ action: "update", recordId: id });
  });

  it("are not made when someone takes a task themselves, and all can be marked read at once", async () => {
    const { shutoken, shutokenUser } = await ids();
    const committee = await api.as("shutoken");
    await committee.task.create({ regionId: shutoken, title: "自分で取る", assigneeId: shutokenUser });
    expect(await committee.notification.unreadCount()).toBe(0);
    await runReminders(context());
    const before = await committee.notification.unreadCount();
    expect(before).toBeGreaterThan(0);
    expect(await committee.notification.markAllRead()).toEqual({ updated: before });
    expect(await committee.notification.unreadCount()).toBe(0);
  });
});

describe("notification preferences", () => {
  it("start from the defaults (quiet 21:00–08:00, Japanese), save with a version and refuse a stale save", async () => {
    const caller = await api.as("saitama");
    const defaults = await caller.notification.preferences();
    expect(defaults).toMatchObject({ version: 0, language: "ja", quietFrom: "21:00", quietUntil: "08:00" });
    expect(defaults.channels.task_assigned).toBe("email");
    const saved = await caller.notification.savePreferences({
      ...defaults,
      language: "en",
      quietFrom: null,
      quietUntil: null,
    });
    expect(saved).toMatchObject({ version: 1, language: "en", quietFrom: null });
    expect(await caller.notification.preferences()).toEqual(saved);
    const error = await trpcError(caller.notification.savePreferences({ ...defaults }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("画面を再読み込みしてから");
  });

  it("are each person's own: another person's save does not touch them", async () => {
    const saitama = await api.as("saitama");
    const shutoken = await api.as("shutoken");
    const defaults = await saitama.notification.preferences();
    await saitama.notification.savePreferences({ ...defaults, language: "en" });
    expect((await shutoken.notification.preferences()).language).toBe("ja");
  });

  it("refuse a quiet time with one end only, as a typed error", async () => {
    const caller = await api.as("saitama");
    const defaults = await caller.notification.preferences();
    const error = await trpcError(caller.notification.savePreferences({ ...defaults, quietUntil: null }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});
