import { findUserIdByEmail } from "@kyoso/db";
import { describe, expect, it } from "vitest";
import { resolveSession, SESSION_TTL_MS } from "../src/index";
import { DEMO_EMAILS, trpcError, useTestApi } from "./helpers";

const api = useTestApi();
const PASSWORD = "kyoso-demo-2026";

function cookieRecorder() {
  const log: { token: string | null; expires?: Date }[] = [];
  return {
    log,
    sessionCookie: {
      set: (token: string, expires: Date) => log.push({ token, expires }),
      clear: () => log.push({ token: null }),
    },
  };
}

describe("sign-in", () => {
  it("signs in with the right password, sets a session cookie and returns the profile without secrets", async () => {
    const cookies = cookieRecorder();
    const profile = await api
      .anonymous(cookies)
      .auth.signIn({ email: "Saitama@Kyoso.Example ", password: PASSWORD });
    expect(profile).toMatchObject({
      email: DEMO_EMAILS.saitama,
      role: "committee",
      active: true,
      disabled: false,
    });
    expect(JSON.stringify(profile)).not.toContain("argon2");
    const token = cookies.log[0]?.token;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const session = await resolveSession(api.handle.db, token ?? "", new Date("2026-11-25T03:00:00Z"));
    expect(session?.actor.role).toBe("committee");
  });

  it("answers a wrong password and an unknown email with the same Japanese message", async () => {
    const wrong = await trpcError(
      api.anonymous().auth.signIn({ email: DEMO_EMAILS.saitama, password: "nope" }),
    );
    const unknown = await trpcError(
      api.anonymous().auth.signIn({ email: "nobody@kyoso.example", password: "nope" }),
    );
    expect(wrong.code).toBe("UNAUTHORIZED");
    expect(unknown.code).toBe("UNAUTHORIZED");
    expect(wrong.message).toBe("メールアドレスまたはパスワードが正しくありません。");
    expect(unknown.message).toBe(wrong.message);
  });

  it("ends the session on sign-out", async () => {
    const cookies = cookieRecorder();
    await api.anonymous(cookies).auth.signIn({ email: DEMO_EMAILS.national, password: PASSWORD });
    const token = cookies.log[0]?.token ?? "";
    const now = new Date("2026-11-25T03:00:00Z");
    const session = await resolveSession(api.handle.db, token, now);
    const signedIn = api.anonymous({
      actor: session?.actor ?? null,
      sessionTokenHash: session?.tokenHash ?? null,
      ...cookies,
    });
    await signedIn.auth.signOut();
    expect(cookies.log.at(-1)).toEqual({ token: null });
    expect(await resolveSession(api.handle.db, token, now)).toBeNull();
  });
});

describe("sessions", () => {
  it("are renewed on use after ten minutes and expire after 14 days without use", async () => {
    const cookies = cookieRecorder();
    const t0 = new Date("2026-11-25T03:00:00Z");
    await api.anonymous(cookies).auth.signIn({ email: DEMO_EMAILS.national, password: PASSWORD });
    const token = cookies.log[0]?.token ?? "";
    expect(
      (await resolveSession(api.handle.db, token, new Date(t0.getTime() + 5 * 60_000)))?.renewedUntil,
    ).toBeNull();
    const later = new Date(t0.getTime() + 11 * 60_000);
    const renewed = await resolveSession(api.handle.db, token, later);
    expect(renewed?.renewedUntil?.getTime()).toBe(later.getTime() + SESSION_TTL_MS);
    expect(
      await resolveSession(api.handle.db, token, new Date(later.getTime() + SESSION_TTL_MS + 1)),
    ).toBeNull();
  });

  it("end when the national team disables the user", async () => {
    const cookies = cookieRecorder();
    await api.anonymous(cookies).auth.signIn({ email: DEMO_EMAILS.probono, password: PASSWORD });
    const token = cookies.log[0]?.token ?? "";
    const users = await api.caller.user.list();
    const probono = users.find((u) => u.email === DEMO_EMAILS.probono);
    if (!probono) throw new Error("demo pro bono user");
    const updated = await api.caller.user.update({
      id: probono.id,
      version: probono.version,
      disabled: true,
    });
    expect(updated.disabled).toBe(true);
    expect(await resolveSession(api.handle.db, token, new Date("2026-11-25T03:00:00Z"))).toBeNull();
    const again = await trpcError(
      api.anonymous().auth.signIn({ email: DEMO_EMAILS.probono, password: PASSWORD }),
    );
    expect(again.code).toBe("UNAUTHORIZED");
  });
});

describe("invitations", () => {
  it("let an invited user set a password once with the one-time link, then sign in", async () => {
    const regions = await api.caller.region.list();
    const aichi = regions.find((r) => r.slug === "aichi");
    const invitation = await api.caller.user.invite({
      email: "aichi@kyoso.example",
      displayName: "愛知 実行委員",
      role: "committee",
      regionIds: [aichi?.id ?? ""],
    });
    expect(invitation.user).toMatchObject({ active: false, regionIds: [aichi?.id] });
    const token = invitation.invitationPath.replace("/invite/", "");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const before = await trpcError(
      api.anonymous().auth.signIn({ email: "aichi@kyoso.example", password: "x" }),
    );
    expect(before.code).toBe("UNAUTHORIZED");
    const cookies = cookieRecorder();
    const me = await api.anonymous(cookies).auth.acceptInvitation({ token, password: "aichi-password-2026" });
    expect(me).toMatchObject({ active: true, role: "committee" });
    expect(cookies.log).toHaveLength(1);

    const reused = await trpcError(
      api.anonymous().auth.acceptInvitation({ token, password: "another-password-1" }),
    );
    expect(reused.code).toBe("NOT_FOUND");
    expect(reused.message).toContain("使用済み");
    await expect(
      api.anonymous().auth.signIn({ email: "aichi@kyoso.example", password: "aichi-password-2026" }),
    ).resolves.toMatchObject({ displayName: "愛知 実行委員" });
  });

  it("refuse a duplicate email, a committee member without regions and a too-short password", async () => {
    const dup = await trpcError(
      api.caller.user.invite({
        email: DEMO_EMAILS.saitama,
        displayName: "x",
        role: "national",
        regionIds: [],
      }),
    );
    expect(dup.code).toBe("CONFLICT");
    const noRegion = await trpcError(
      api.caller.user.invite({
        email: "a@kyoso.example",
        displayName: "x",
        role: "committee",
        regionIds: [],
      }),
    );
    expect(JSON.stringify(noRegion.cause)).toContain("担当する地域を1つ以上選んでください。");
    const short = await trpcError(
      api.anonymous().auth.acceptInvitation({ token: "a".repeat(43), password: "short" }),
    );
    expect(JSON.stringify(short.cause)).toContain("パスワードは10文字以上にしてください。");
  });

  it("do not let national team members disable themselves", async () => {
    const me = await api.caller.auth.me();
    const error = await trpcError(
      api.caller.user.update({ id: me?.id ?? "", version: me?.version ?? 1, disabled: true }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });
});

describe("user updates", () => {
  it("fail with CONFLICT on a stale version and record before and after in the audit log", async () => {
    const userId = await findUserIdByEmail(api.handle.db, DEMO_EMAILS.shutoken);
    const users = await api.caller.user.list();
    const user = users.find((u) => u.id === userId);
    if (!user) throw new Error("demo user");
    await api.caller.user.update({ id: user.id, version: user.version, displayName: "首都圏 委員長" });
    const stale = await trpcError(
      api.caller.user.update({ id: user.id, version: user.version, displayName: "古い" }),
    );
    expect(stale.code).toBe("CONFLICT");
    const log = await api.caller.audit.list({ recordType: "user" });
    expect(log.rows[0]).toMatchObject({
      action: "update",
      recordId: user.id,
      actorName: "全国 実行チーム",
      before: { displayName: "首都圏 実行委員" },
      after: { displayName: "首都圏 委員長" },
    });
  });
});
