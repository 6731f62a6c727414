// `pnpm bench` part 6: the reminder run at national scale (issue 14), on each engine. 5,000 committee members
// spread over every region, each with a task due tomorrow, and a meeting in every region in three days: the run
// adds the day's notifications and queues their e-mails; a second run must add and queue nothing.
import { createContextInner, mailDueNotifications, runReminders } from "@kyoso/api";
import { type DatabaseHandle, prepareDatabase, seedDemoData } from "@kyoso/db";
import { onEachEngine } from "./engines";

const PEOPLE = Number(process.env.BENCH_REMINDER_PEOPLE ?? 5_000);
// 2026-12-02 09:00 in Tokyo: outside the default quiet time, so e-mails go at once.
const NOW = new Date("2026-12-02T00:00:00Z");
const CHUNK = 1_000;

async function addPeople(handle: DatabaseHandle) {
  const db = handle.db;
  const regions = await db.selectFrom("region").select("id").orderBy("slug").execute();
  for (let start = 0; start < PEOPLE; start += CHUNK) {
    const count = Math.min(CHUNK, PEOPLE - start);
    const users = await db
      .insertInto("appUser")
      .values(
        Array.from({ length: count }, (_, i) => ({
          email: `bench${start + i}@kyoso.example`,
          displayName: `委員 ${start + i}`,
          role: "committee" as const,
          passwordHash: "bench-not-a-hash",
          partnerEditionId: null,
          disabledAt: null,
        })),
      )
      .returning("id")
      .execute();
    const placed = users.map((u, i) => ({
      userId: u.id,
      regionId: regions[(start + i) % regions.length]?.id as string,
    }));
    await db.insertInto("userRegion").values(placed).execute();
    await db
      .insertInto("task")
      .values(
        placed.map((p, i) => ({
          regionId: p.regionId,
          editionId: null,
          meetingId: null,
          title: `準備タスク ${start + i}`,
          description: null,
          assigneeId: p.userId,
          dueOn: "2026-12-03",
        })),
      )
      .execute();
  }
  await db
    .insertInto("meeting")
    .values(
      regions.map((r) => ({
        regionId: r.id,
        editionId: null,
        kind: "committee",
        heldOn: "2026-12-05",
        title: "実行委員会",
        place: "会議室",
        startTime: "14:00",
      })),
    )
    .execute();
}

async function run(engine: string, handle: DatabaseHandle) {
  await prepareDatabase(handle.db);
  await seedDemoData(handle.db);
  await addPeople(handle);
  const ctx = createContextInner({
    db: handle.db,
    engine: handle.engine,
    now: () => NOW,
    publicUrl: "https://kyoso.example.jp",
  });

  let began = performance.now();
  const first = await runReminders(ctx);
  const mailed = await mailDueNotifications(ctx);
  const firstMs = performance.now() - began;
  began = performance.now();
  const second = await runReminders(ctx);
  const mailedAgain = await mailDueNotifications(ctx);
  const secondMs = performance.now() - began;

  const outbox = await handle.db
    .selectFrom("mailOutbox")
    .select((eb) => [
      eb.fn.countAll<string>().as("n"),
      eb.fn
        .count<string>(eb.fn("concat", ["toAddress", "subject"]))
        .distinct()
        .as("distinct"),
    ])
    .where("kind", "=", "reminder")
    .executeTakeFirstOrThrow();
  if (second.added !== 0 || mailedAgain !== 0) throw new Error("the second run added or mailed something");
  if (Number(outbox.n) !== mailed || Number(outbox.distinct) !== mailed)
    throw new Error("a reminder was mailed twice");
  return { engine, due: first.due, added: first.added, mailed, firstMs, secondMs };
}

const reports = await onEachEngine(run);
console.log(`\nReminder run: ${PEOPLE.toLocaleString()} people (goal ≤ 30 s, each message once)\n`);
for (const r of reports) {
  console.log(
    `${r.engine.padEnd(9)} first run ${(r.firstMs / 1000).toFixed(1)} s (${r.added.toLocaleString()} notifications, ` +
      `${r.mailed.toLocaleString()} e-mails queued)  second run ${(r.secondMs / 1000).toFixed(1)} s (nothing added or queued)`,
  );
}
