import { connect, type DatabaseHandle, prepareDatabase } from "@kyoso/db";
import { createScratchDatabase } from "@kyoso/db/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createContextInner } from "../src/context";
import { createJobQueue, type JobQueue } from "../src/jobs/queue";
import { queueMail, registerMailDelivery, sendMailSoon, smtpTransport } from "../src/services/mail";
import { audited } from "../src/services/write";
import { mailText, startTestSmtpServer } from "./smtp-server";

const silent = { info: () => {}, error: () => {} };

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("job queue on the embedded database", () => {
  let handle: DatabaseHandle | undefined;
  let queue: JobQueue | undefined;
  afterEach(async () => {
    await queue?.stop();
    await handle?.close();
  });

  it("runs a sent job in-process, once, with a context on the app's database, between the app's transactions", async () => {
    handle = await connect({ engine: "pglite" });
    await prepareDatabase(handle.db);
    const db = handle.db;
    queue = createJobQueue({
      database: handle,
      publicUrl: "https://kyoso.example",
      log: silent,
      pollingIntervalSeconds: 0.5,
    });
    const seen: { data: unknown; publicUrl: string; regions: number }[] = [];
    queue.registerJob<{ n: number }>("test.count", async (ctx, data) => {
      const rows = await ctx.db.selectFrom("region").select("id").execute();
      seen.push({ data, publicUrl: ctx.publicUrl, regions: rows.length });
    });
    await queue.start();
    // An app transaction holding the one connection while the job is sent and polled for.
    await db.transaction().execute(async (tx) => {
      await tx.selectFrom("region").select("id").execute();
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    await queue.send("test.count", { n: 1 });
    await until(() => seen.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(seen).toEqual([
      { data: { n: 1 }, publicUrl: "https://kyoso.example", regions: expect.any(Number) },
    ]);
  }, 60_000);
});

const databaseUrl = process.env.DATABASE_URL;

describe.runIf(databaseUrl)("job queue on PostgreSQL with two servers", () => {
  it("runs each of 30 jobs exactly once when two workers share one database", async () => {
    const scratch = await createScratchDatabase(databaseUrl as string, { label: "jobs" });
    const handles = await Promise.all(
      [0, 1].map(() => connect({ engine: "postgres", databaseUrl: scratch.url, poolSize: 2 })),
    );
    const queues: JobQueue[] = [];
    try {
      await prepareDatabase((handles[0] as DatabaseHandle).db);
      const runs: { n: number; worker: number }[] = [];
      for (const [worker, handle] of handles.entries()) {
        const queue = createJobQueue({
          database: handle,
          databaseUrl: scratch.url,
          publicUrl: "https://kyoso.example",
          log: silent,
          pollingIntervalSeconds: 0.5,
        });
        queue.registerJob<{ n: number }>("test.once", async (_ctx, data) => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          runs.push({ n: data.n, worker });
        });
        queues.push(queue);
      }
      // Started one after the other: the first installs pg-boss's schema, the second finds it.
      for (const queue of queues) await queue.start();
      for (let n = 0; n < 30; n++) await queues[n % 2]?.send("test.once", { n });
      await until(() => runs.length >= 30);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(runs.map((r) => r.n).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, n) => n));
      expect(new Set(runs.map((r) => r.worker)).size).toBe(2);
    } finally {
      for (const queue of queues) await queue.stop();
      for (const handle of handles) await handle.close();
      await scratch.drop();
    }
  }, 90_000);
});

describe("mail delivery on the job queue", () => {
  it("sends a queued message through SMTP within seconds of the change, not at the next minute", async () => {
    const url = process.env.DATABASE_URL;
    const scratch = url ? await createScratchDatabase(url, { label: "jobmail" }) : undefined;
    const handle = scratch
      ? await connect({ engine: "postgres", databaseUrl: scratch.url, poolSize: 2 })
      : await connect({ engine: "pglite" });
    const smtp = await startTestSmtpServer();
    const transport = smtpTransport(smtp.url, "Kyoso <no-reply@kyoso.example>");
    const queue = createJobQueue({
      database: handle,
      ...(scratch ? { databaseUrl: scratch.url } : {}),
      publicUrl: "https://kyoso.example",
      log: silent,
      pollingIntervalSeconds: 0.5,
    });
    try {
      await prepareDatabase(handle.db);
      registerMailDelivery(queue, transport);
      await queue.start();
      const ctx = createContextInner({ db: handle.db, engine: handle.engine, jobs: queue });
      await audited(ctx, (write) =>
        queueMail(
          write,
          { to: "a@kyoso.example", subject: "件名", text: "本文です", kind: "test" },
          ctx.now(),
        ),
      );
      const asked = Date.now();
      await sendMailSoon(ctx);
      await until(() => smtp.received.length === 1, 20_000);
      expect(Date.now() - asked).toBeLessThan(15_000);
      expect(mailText(smtp.received[0]?.raw ?? "")).toContain("本文です");
    } finally {
      await queue.stop();
      transport.close();
      await smtp.close();
      await handle.close();
      await scratch?.drop();
    }
  }, 90_000);
});
