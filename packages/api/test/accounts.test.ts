import { findUserIdByEmail, listMailOutbox } from "@kyoso/db";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSession, resolveSession } from "../src/auth/sessions";
import { createContextInner } from "../src/context";
import { createCaller } from "../src/root";
import { deliverDueMail, smtpTransport } from "../src/services/mail";
import { FORGOT_PASSWORD_MIN_MS } from "../src/services/password-reset";
import { DEMO_EMAILS, trpcError, useTestApi } from "./helpers";
import { mailText, startTestSmtpServer, type TestSmtpServer } from "./smtp-server";

const NOW = new Date("2026-11-25T03:00:00Z");
const api = useTestApi(NOW);
const DEMO_PASSWORD = "kyoso-demo-2026";

let smtp: TestSmtpServer;
beforeEach(async () => {
  smtp = await startTestSmtpServer();
});
afterEach(async () => {
  await smtp.close();
});

/** Delivers the outbox to the test's SMTP server, as the mail job does, at `now`. */
async function deliver(now = NOW) {
  const transport = smtpTransport(smtp.url, "Kyoso <no-reply@kyoso.example>");
  try {
    return await deliverDueMail(
      createContextInner({ db: api.handle.db, engine: api.handle.engine, now: () => now }),
      transport,
    );
  } finally {
    transport.close();
  }
}

function linkIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://[^\\s]+${path}/[A-Za-z0-9_-]{43}`));
  if (!match) throw new Error(`no ${path} link in: ${text}`);
  return match[0];
}

/** A caller with a cookie jar: what a browser would keep after sign-in or a reset. */
function browser(options: { now?: Date; clientAddress?: string; waits?: number[] } = {}) {
  const jar: { token: string | null } = { token: null };
  const caller = createCaller(
    createContextInner({
      db: api.handle.db,
      engine: api.handle.engine,
      now: () => options.now ?? NOW,
      clientAddress: options.clientAddress ?? "203.0.113.9",
      publicUrl: "https://kyoso.example",
      sleep: async (ms) => void options.waits?.push(ms),
      sessionCookie: {
        set: (token) => {
          jar.token = token;
        },
        clear: () => {
          jar.token = null;
        },
      },
    }),
  );
  return { caller, jar };
}

describe("forgot password", () => {
  it("mails a one-time link through a real SMTP server; following it sets a new password that signs in", async () => {
    const { caller } = browser();
    expect(await caller.auth.requestPasswordReset({ email: DEMO_EMAILS.saitama })).toEqual({
      accepted: true,
    });
    expect(await deliver()).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.to).toEqual([DEMO_EMAILS.saitama]);
    const text = mailText(smtp.received[0]?.raw ?? "");
    expect(text).toContain("パスワード再設定");
    const link = linkIn(text, "/reset");
    expect(link.startsWith("https://kyoso.example/reset/")).toBe(true);

    const token = link.split("/").pop() as string;
    const visitor = browser();
    const profile = await visitor.caller.auth.resetPassword({ token, password: "a-brand-new-password" });
    expect(profile.email).toBe(DEMO_EMAILS.saitama);
    expect(visitor.jar.token).not.toBeNull();

    await expect(
      browser().caller.auth.signIn({ email: DEMO_EMAILS.saitama, password: DEMO_PASSWORD }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const signedIn = await browser().caller.auth.signIn({
      email: DEMO_EMAILS.saitama,
      password: "a-brand-new-password",
    });
    expect(signedIn.email).toBe(DEMO_EMAILS.saitama);

    // Single use.
    const again = await trpcError(
      visitor.caller.auth.resetPassword({ token, password: "yet-another-password" }),
    );
    expect(again.code).toBe("NOT_FOUND");
  });

  it("is written in English for someone who chose English, and in Japanese for everyone else", async () => {
    const saitama = await api.as("saitama");
    await saitama.notification.savePreferences({
      ...(await saitama.notification.preferences()),
      language: "en",
    });
    await browser().caller.auth.requestPasswordReset({ email: DEMO_EMAILS.saitama });
    await browser().caller.auth.requestPasswordReset({ email: DEMO_EMAILS.probono });
    expect(await deliver()).toMatchObject({ sent: 2 });
    const to = (email: string) => smtp.received.find((m) => m.to.includes(email))?.raw ?? "";
    const english = mailText(to(DEMO_EMAILS.saitama));
    expect(to(DEMO_EMAILS.saitama)).toContain("Subject: [Kyoso] Reset your password");
    expect(english).toContain("Open this link within one hour");
    expect(english).not.toMatch(/[ぁ-ん]/);
    expect(linkIn(english, "/reset").startsWith("https://kyoso.example/reset/")).toBe(true);
    expect(mailText(to(DEMO_EMAILS.probono))).toContain("1時間以内に次のリンクを開き");
  });

  it("answers an unknown address exactly like a known one, in at least the same time, and sends nothing", async () => {
    const knownWaits: number[] = [];
    const unknownWaits: number[] = [];
    const known = await browser({ waits: knownWaits }).caller.auth.requestPasswordReset({
      email: DEMO_EMAILS.probono,
    });
    const unknown = await browser({ waits: unknownWaits }).caller.auth.requestPasswordReset({
      email: "nobody@kyoso.example",
    });
    expect(unknown).toEqual(known);
    // Both answers are held up to the same floor (the test's sleep records the wait instead of waiting).
    for (const waits of [knownWaits, unknownWaits]) {
      expect(waits).toHaveLength(1);
      expect(waits[0]).toBeGreaterThan(0);
      expect(waits[0]).toBeLessThanOrEqual(FORGOT_PASSWORD_MIN_MS);
    }
    const outbox = await listMailOutbox(api.handle.db, { limit: 10 });
    expect(outbox.map((m) => m.toAddress)).toEqual([DEMO_EMAILS.probono]);
  });

  it("refuses a link after its hour, and the fourth request for one address within the hour", async () => {
    const { caller } = browser();
    await caller.auth.requestPasswordReset({ email: DEMO_EMAILS.shutoken });
    await deliver();
    const token = linkIn(mailText(smtp.received[0]?.raw ?? ""), "/reset")
      .split("/")
      .pop() as string;
    const late = browser({ now: new Date(NOW.getTime() + 60 * 60 * 1000 + 1000) });
    const expired = await trpcError(
      late.caller.auth.resetPassword({ token, password: "a-brand-new-password" }),
    );
    expect(expired.code).toBe("NOT_FOUND");

    await caller.auth.requestPasswordReset({ email: DEMO_EMAILS.shutoken });
    await caller.auth.requestPasswordReset({ email: DEMO_EMAILS.shutoken });
    const fourth = await trpcError(caller.auth.requestPasswordReset({ email: DEMO_EMAILS.shutoken }));
    expect(fourth.code).toBe("TOO_MANY_REQUESTS");
    // The same refusal for an address nobody has, so the limit tells nothing either.
    for (let i = 0; i < 3; i++) await caller.auth.requestPasswordReset({ email: "ghost@kyoso.example" });
    const ghost = await trpcError(caller.auth.requestPasswordReset({ email: "ghost@kyoso.example" }));
    expect(ghost.code).toBe("TOO_MANY_REQUESTS");
    expect(ghost.message).toBe(fourth.message);
  });

  it("lets a newer link replace an older one, and a reset end every session of the account", async () => {
    const userId = (await findUserIdByEmail(api.handle.db, DEMO_EMAILS.saitama)) as string;
    const laptop = await createSession(api.handle.db, userId, NOW, null);
    const { caller } = browser();
    await caller.auth.requestPasswordReset({ email: DEMO_EMAILS.saitama });
    await deliver();
    await caller.auth.requestPasswordReset({ email: DEMO_EMAILS.saitama });
    await deliver();
    const [first, second] = smtp.received.map(
      (m) => linkIn(mailText(m.raw), "/reset").split("/").pop() as string,
    );
    const stale = await trpcError(
      caller.auth.resetPassword({ token: first as string, password: "a-brand-new-password" }),
    );
    expect(stale.code).toBe("NOT_FOUND");
    await caller.auth.resetPassword({ token: second as string, password: "a-brand-new-password" });
    expect(await resolveSession(api.handle.db, laptop.token, NOW)).toBeNull();
  });
});

describe("reset link issued by the national team", () => {
  it("is shown once to the national team and works once for the person", async () => {
    const userId = (await findUserIdByEmail(api.handle.db, DEMO_EMAILS.probono)) as string;
    const issued = await api.caller.user.issuePasswordReset({ id: userId });
    expect(issued.resetUrl).toMatch(/^http:\/\/localhost:3000\/reset\/[A-Za-z0-9_-]{43}$/);
    const token = issued.resetPath.split("/").pop() as string;
    const profile = await browser().caller.auth.resetPassword({ token, password: "set-by-the-person" });
    expect(profile.id).toBe(userId);
    expect(
      (await trpcError(browser().caller.auth.resetPassword({ token, password: "x".repeat(12) }))).code,
    ).toBe("NOT_FOUND");
  });
});

describe("my account", () => {
  it("changes the password only with the current one, and ends the other sessions but not this one", async () => {
    const userId = (await findUserIdByEmail(api.handle.db, DEMO_EMAILS.saitama)) as string;
    const other = await createSession(api.handle.db, userId, NOW, "Mozilla/5.0 (iPhone) Safari/604.1");
    const here = await api.as("saitama");
    const wrong = await trpcError(
      here.account.changePassword({
        currentPassword: "not-my-password",
        newPassword: "a-brand-new-password",
      }),
    );
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(wrong.message).toBe("現在のパスワードが正しくありません。");
    expect(
      await here.account.changePassword({
        currentPassword: DEMO_PASSWORD,
        newPassword: "a-brand-new-password",
      }),
    ).toEqual({ endedSessions: 1 });
    expect(await resolveSession(api.handle.db, other.token, NOW)).toBeNull();
    expect((await here.account.sessions()).filter((s) => s.current)).toHaveLength(1);
    const [notice] = await listMailOutbox(api.handle.db, { limit: 1 });
    expect(notice).toMatchObject({ toAddress: DEMO_EMAILS.saitama, kind: "password_changed" });
  });

  it("lists my sessions with the browser and system, and ends one on another device", async () => {
    const userId = (await findUserIdByEmail(api.handle.db, DEMO_EMAILS.shutoken)) as string;
    const phone = await createSession(
      api.handle.db,
      userId,
      NOW,
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1",
    );
    const here = await api.as("shutoken");
    const sessions = await here.account.sessions();
    expect(sessions).toHaveLength(2);
    const iphone = sessions.find((s) => !s.current);
    expect(iphone).toMatchObject({ browser: "Safari", system: "iOS" });
    expect(JSON.stringify(sessions)).not.toContain(phone.token);
    await here.account.endSession({ id: iphone?.id as string });
    expect(await resolveSession(api.handle.db, phone.token, NOW)).toBeNull();
    const self = sessions.find((s) => s.current);
    expect((await trpcError(here.account.endSession({ id: self?.id as string }))).code).toBe("BAD_REQUEST");
  });

  it("changes the e-mail address only once the link sent to the new address is opened", async () => {
    const here = await api.as("partner");
    expect(
      (
        await trpcError(
          here.account.requestEmailChange({ newEmail: DEMO_EMAILS.saitama, currentPassword: DEMO_PASSWORD }),
        )
      ).code,
    ).toBe("CONFLICT");
    await here.account.requestEmailChange({
      newEmail: "partner-new@kyoso.example",
      currentPassword: DEMO_PASSWORD,
    });
    expect((await here.auth.me())?.email).toBe(DEMO_EMAILS.partner);
    await deliver();
    expect(smtp.received[0]?.to).toEqual(["partner-new@kyoso.example"]);
    const token = linkIn(mailText(smtp.received[0]?.raw ?? ""), "/account/email")
      .split("/")
      .pop() as string;
    expect(await browser().caller.auth.confirmEmailChange({ token })).toEqual({
      email: "partner-new@kyoso.example",
    });
    expect((await here.auth.me())?.email).toBe("partner-new@kyoso.example");
    expect((await trpcError(browser().caller.auth.confirmEmailChange({ token }))).code).toBe("NOT_FOUND");
  });
});
