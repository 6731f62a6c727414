import {
  connect,
  type DatabaseHandle,
  findRegionBySlug,
  findUserIdByEmail,
  listMailOutbox,
  prepareDatabase,
  seedDemoData,
} from "@kyoso/db";
import { createScratchDatabase } from "@kyoso/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createContextInner, mailDueNotifications, runReminders, sendDigests } from "../src/index";
import { deliverDueMail, smtpTransport } from "../src/services/mail";
import { DEMO_EMAILS, useTestApi } from "./helpers";
import { mailText, startTestSmtpServer, type TestSmtpServer } from "./smtp-server";

const PUBLIC_URL = "https://kyoso.example.jp";
// 2026-12-02 09:00 in Tokyo.
const morning = new Date("2026-12-02T00:00:00Z");
const api = useTestApi(morning);

const context = (at: Date) =>
  createContextInner({ db: api.handle.db, engine: api.handle.engine, now: () => at, publicUrl: PUBLIC_URL });

let smtp: TestSmtpServer;
beforeEach(async () => {
  smtp = await startTestSmtpServer();
});
afterEach(async () => {
  await smtp.close();
});

/** An open task due tomorrow, assigned to the 埼玉 committee member (who gets task reminders by e-mail). */
async function taskDueTomorrow() {
  const db = api.handle.db;
  const regionId = (await findRegionBySlug(db, "saitama"))?.id as string;
  const assigneeId = (await findUserIdByEmail(db, DEMO_EMAILS.saitama)) as string;
  return db
    .insertInto("task")
    .values({
      regionId,
      editionId: null,
      meetingId: null,
      title: "会場の下見",
      description: "病歴のメモ",
      assigneeId,
      dueOn: "2026-12-03",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

const remindersTo = async (email: string) =>
  (await listMailOutbox(api.handle.db, { limit: 100 })).filter(
    (m) => m.toAddress === email && m.kind === "reminder" && m.subject.includes("会場の下見"),
  );

describe("reminder e-mail", () => {
  it("reaches a real SMTP server once, in Japanese, with the date and an absolute link that leads to the task", async () => {
    const { id } = await taskDueTomorrow();
    await runReminders(context(morning));
    expect(await mailDueNotifications(context(morning))).toBeGreaterThan(0);
    // Run again, and twice at once: nothing is queued a second time.
    await runReminders(context(morning));
    expect(
      await Promise.all([mailDueNotifications(context(morning)), mailDueNotifications(context(morning))]),
    ).toEqual([0, 0]);

    const transport = smtpTransport(smtp.url, "Kyoso <no-reply@kyoso.example.jp>");
    await deliverDueMail(context(morning), transport);
    transport.close();
    const mine = smtp.received.filter((m) => m.to.includes(DEMO_EMAILS.saitama));
    const texts = mine.map((m) => mailText(m.raw));
    const due = texts.filter((t) => t.includes("タスク「会場の下見」の期限が近づいています"));
    expect(due).toHaveLength(1);
    expect(due[0]).toContain("期限：2026年12月3日(木)");
    expect(due[0]).not.toContain("病歴");
    const link = due[0]?.match(/https:\/\/kyoso\.example\.jp(\/tasks\/[0-9a-f-]+)/)?.[1];
    expect(link).toBe(`/tasks/${id}`);
    const task = await (await api.as("saitama")).task.byId({ id: link?.split("/")[2] as string });
    expect(task?.title).toBe("会場の下見");
  });

  it("made at 22:00 Tokyo is held until 08:00 the next morning", async () => {
    await taskDueTomorrow();
    const evening = new Date("2026-12-02T13:00:00Z");
    await runReminders(context(evening));
    expect(await mailDueNotifications(context(evening))).toBe(0);
    expect(await mailDueNotifications(context(new Date("2026-12-02T22:59:00Z")))).toBe(0);
    expect(await mailDueNotifications(context(new Date("2026-12-02T23:00:00Z")))).toBeGreaterThan(0);
    const sent = await remindersTo(DEMO_EMAILS.saitama);
    expect(sent).toHaveLength(1);
  });
});

describe("reminder e-mail in English", () => {
  it("is written in English for someone who chose it, with the date the English way", async () => {
    const saitama = await api.as("saitama");
    const defaults = await saitama.notification.preferences();
    await saitama.notification.savePreferences({ ...defaults, language: "en" });
    await taskDueTomorrow();
    await runReminders(context(morning));
    await mailDueNotifications(context(morning));
    const [mail] = await remindersTo(DEMO_EMAILS.saitama);
    expect(mail?.subject).toBe('[Kyoso] The task "会場の下見" is due soon');
    expect(mail?.body).toContain("Due: Thu, Dec 3, 2026");
  });
});

describe("the daily digest", () => {
  it("gathers yesterday's digest items into one mail a day, however often it runs", async () => {
    const saitama = await api.as("saitama");
    const defaults = await saitama.notification.preferences();
    await saitama.notification.savePreferences({
      ...defaults,
      channels: { ...defaults.channels, task_due: "digest" },
    });
    await taskDueTomorrow();
    await runReminders(context(morning));
    // Nothing before the next day: the digest takes what came before today.
    expect(await sendDigests(context(morning))).toBe(0);
    const nextMorning = new Date("2026-12-03T00:00:00Z");
    const counts = [await sendDigests(context(nextMorning)), await sendDigests(context(nextMorning))];
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(0);
    const digests = (await listMailOutbox(api.handle.db, { limit: 100 })).filter(
      (m) => m.toAddress === DEMO_EMAILS.saitama && m.kind === "digest",
    );
    expect(digests).toHaveLength(1);
    expect(digests[0]?.subject).toMatch(/^\[Kyoso\] 2026年12月3日\(木\)のお知らせ（\d+件）$/);
    expect(digests[0]?.body).toContain(`${PUBLIC_URL}/tasks/`);
  });

  it("waits through the person's quiet time (07:30 Tokyo is still quiet until 08:00)", async () => {
    const saitama = await api.as("saitama");
    const defaults = await saitama.notification.preferences();
    await saitama.notification.savePreferences({
      ...defaults,
      channels: { ...defaults.channels, task_due: "digest" },
    });
    await taskDueTomorrow();
    await runReminders(context(morning));
    expect(await sendDigests(context(new Date("2026-12-02T22:30:00Z")))).toBe(0);
    expect(await sendDigests(context(new Date("2026-12-02T23:00:00Z")))).toBeGreaterThan(0);
  });
});

const databaseUrl = process.env.DATABASE_URL;

describe.runIf(databaseUrl)("two servers on one PostgreSQL", () => {
  it("running the reminder job on both at once adds and mails each reminder exactly once", async () => {
    const scratch = await createScratchDatabase(databaseUrl as string, { label: "reminders" });
    const handles = await Promise.all(
      [0, 1].map(() => connect({ engine: "postgres", databaseUrl: scratch.url, poolSize: 3 })),
    );
    try {
      const [first, second] = handles as [DatabaseHandle, DatabaseHandle];
      await prepareDatabase(first.db);
      await seedDemoData(first.db);
      const regionId = (await findRegionBySlug(first.db, "saitama"))?.id as string;
      const assigneeId = (await findUserIdByEmail(first.db, DEMO_EMAILS.saitama)) as string;
      await first.db
        .insertInto("task")
        .values({
          regionId,
          editionId: null,
          meetingId: null,
          title: "会場の下見",
          description: null,
          assigneeId,
          dueOn: "2026-12-03",
        })
        .execute();
      const job = async (handle: DatabaseHandle) => {
        const ctx = createContextInner({
          db: handle.db,
          engine: handle.engine,
          now: () => morning,
          publicUrl: PUBLIC_URL,
        });
        await runReminders(ctx);
        await mailDueNotifications(ctx);
      };
      await Promise.all([job(first), job(second), job(first), job(second)]);
      const emailed = await first.db
        .selectFrom("notification")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("delivery", "=", "email")
        .executeTakeFirstOrThrow();
      const outbox = await listMailOutbox(first.db, { limit: 10_000 });
      const reminders = outbox.filter((m) => m.kind === "reminder");
      expect(Number(emailed.n)).toBeGreaterThan(0);
      expect(reminders).toHaveLength(Number(emailed.n));
      expect(new Set(reminders.map((m) => `${m.toAddress} ${m.subject}`)).size).toBe(reminders.length);
      expect(reminders.filter((m) => m.subject.includes("会場の下見"))).toHaveLength(1);
    } finally {
      await Promise.all(handles.map((h) => h.close()));
      await scratch.drop();
    }
  }, 60_000);
});
