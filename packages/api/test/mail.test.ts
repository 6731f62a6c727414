import { type DatabaseHandle, findMail, listMailOutbox } from "@kyoso/db";
import { createTestDatabase } from "@kyoso/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createContextInner } from "../src/context";
import { deliverDueMail, MAIL_RETRY_DELAYS_MS, queueMail, smtpTransport } from "../src/services/mail";
import { audited } from "../src/services/write";
import { mailText, startTestSmtpServer, type TestSmtpServer } from "./smtp-server";

let handle: DatabaseHandle;
let smtp: TestSmtpServer;
let now = new Date("2026-12-02T01:00:00Z");
const ctx = () => createContextInner({ db: handle.db, engine: handle.engine, now: () => now });

beforeEach(async () => {
  handle = await createTestDatabase();
  smtp = await startTestSmtpServer();
  now = new Date("2026-12-02T01:00:00Z");
});
afterEach(async () => {
  await smtp.close();
  await handle.close();
});

const message = {
  to: "someone@kyoso.example",
  subject: "【Kyoso】テスト",
  text: "こんにちは。\nhttps://kyoso.example/reset/abc",
  kind: "test",
};

describe("mail outbox", () => {
  it("keeps a queued message in the outbox when no SMTP server is configured", async () => {
    const id = await audited(ctx(), (write) => queueMail(write, message, now));
    const [row] = await listMailOutbox(handle.db, { limit: 10 });
    expect(row).toMatchObject({
      id,
      toAddress: message.to,
      status: "pending",
      attempts: 0,
      body: message.text,
    });
  });

  it("writes nothing when the change that queued the message rolls back", async () => {
    await expect(
      audited(ctx(), async (write) => {
        await queueMail(write, message, now);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await listMailOutbox(handle.db, { limit: 10 })).toEqual([]);
  });

  it("delivers through a real SMTP server, in Japanese, once", async () => {
    const id = await audited(ctx(), (write) => queueMail(write, message, now));
    const transport = smtpTransport(smtp.url, "Kyoso <no-reply@kyoso.example>");
    expect(await deliverDueMail(ctx(), transport)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await deliverDueMail(ctx(), transport)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    transport.close();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.to).toEqual(["someone@kyoso.example"]);
    expect(mailText(smtp.received[0]?.raw ?? "")).toContain("https://kyoso.example/reset/abc");
    expect(mailText(smtp.received[0]?.raw ?? "")).toContain("こんにちは。");
    expect(await findMail(handle.db, id)).toMatchObject({ status: "sent", attempts: 1, sentAt: now });
  });

  it("retries a temporary SMTP failure after a minute, not before", async () => {
    const id = await audited(ctx(), (write) => queueMail(write, message, now));
    const transport = smtpTransport(smtp.url, "Kyoso <no-reply@kyoso.example>");
    smtp.refuseNext(1, 451);
    expect(await deliverDueMail(ctx(), transport)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const waiting = await findMail(handle.db, id);
    expect(waiting).toMatchObject({ status: "pending", attempts: 1 });
    expect(waiting?.lastError).toMatch(/451/);
    expect(waiting?.nextAttemptAt).toEqual(new Date(now.getTime() + (MAIL_RETRY_DELAYS_MS[0] ?? 0)));

    now = new Date(now.getTime() + 59_000);
    expect(await deliverDueMail(ctx(), transport)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    now = new Date(now.getTime() + 1_000);
    expect(await deliverDueMail(ctx(), transport)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    transport.close();
    expect(smtp.received).toHaveLength(1);
    expect(await findMail(handle.db, id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("gives up at once on a permanent refusal (550), and after the sixth temporary failure", async () => {
    const permanent = await audited(ctx(), (write) => queueMail(write, message, now));
    const transport = smtpTransport(smtp.url, "Kyoso <no-reply@kyoso.example>");
    smtp.refuseNext(1, 550);
    expect(await deliverDueMail(ctx(), transport)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await findMail(handle.db, permanent)).toMatchObject({ status: "failed", attempts: 1 });

    const temporary = await audited(ctx(), (write) => queueMail(write, message, now));
    smtp.refuseNext(6, 451);
    for (const delay of MAIL_RETRY_DELAYS_MS) {
      expect(await deliverDueMail(ctx(), transport)).toMatchObject({ retrying: 1 });
      now = new Date(now.getTime() + delay);
    }
    expect(await deliverDueMail(ctx(), transport)).toMatchObject({ failed: 1 });
    transport.close();
    expect(await findMail(handle.db, temporary)).toMatchObject({ status: "failed", attempts: 6 });
    expect(smtp.received).toHaveLength(0);
  });
});
