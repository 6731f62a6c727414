import { describe, expect, it } from "vitest";
import { DEMO_EMAILS, trpcError, useTestApi } from "./helpers";

// "Now" is pinned at 03:00, the start of a 15-minute window, so a refused client waits exactly 15 minutes.
const api = useTestApi();
const PASSWORD = "kyoso-demo-2026";
const ATTACKER = "203.0.113.9";
const OWNER = "198.51.100.7";
const WAIT_15 = "サインインの試行が多すぎます。15分ほど待ってから、もう一度お試しください。";

function client(clientAddress: string, start = new Date("2026-11-25T03:00:00Z")) {
  const waits: number[] = [];
  let now = start;
  const caller = api.anonymous({ clientAddress, sleep: async (ms) => void waits.push(ms), now: () => now });
  return {
    waits,
    later: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
    signIn: (email: string, password = "wrong-password") => caller.auth.signIn({ email, password }),
    fail: async (email: string, password = "wrong-password") =>
      (await trpcError(caller.auth.signIn({ email, password }))).code,
  };
}

describe("sign-in limits", () => {
  it("refuse a sixth failure on one account from one client for 15 minutes, and not the owner elsewhere", async () => {
    const attacker = client(ATTACKER);
    for (let i = 0; i < 5; i++) expect(await attacker.fail(DEMO_EMAILS.saitama)).toBe("UNAUTHORIZED");
    expect(attacker.waits).toEqual([0, 0, 500, 1000, 2000]);
    const refused = await trpcError(attacker.signIn(DEMO_EMAILS.saitama, PASSWORD));
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    expect(refused.message).toBe(WAIT_15);

    // The owner, from their own address, signs in at once: the account itself is never locked.
    const owner = client(OWNER);
    await expect(owner.signIn(DEMO_EMAILS.saitama, PASSWORD)).resolves.toMatchObject({ role: "committee" });
    expect(owner.waits).toEqual([]);

    attacker.later(15 * 60_000);
    expect(await attacker.fail(DEMO_EMAILS.saitama)).toBe("UNAUTHORIZED");
  });

  it("answer an unknown address exactly like a real one: same errors, same delays, same refusal", async () => {
    const real = client(ATTACKER);
    const unknown = client(OWNER);
    const realCodes: string[] = [];
    const unknownCodes: string[] = [];
    for (let i = 0; i < 7; i++) {
      realCodes.push(await real.fail(DEMO_EMAILS.saitama));
      unknownCodes.push(await unknown.fail("nobody@kyoso.example"));
    }
    expect(unknownCodes).toEqual(realCodes);
    expect(realCodes.slice(4)).toEqual(["UNAUTHORIZED", "TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"]);
    expect(unknown.waits).toEqual(real.waits);
  });

  it("slow an account failing from many clients, without refusing its owner", async () => {
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const guesser = client(`192.0.2.${i}`);
      expect(await guesser.fail(DEMO_EMAILS.saitama)).toBe("UNAUTHORIZED");
      waits.push(...guesser.waits);
    }
    expect(waits).toEqual([0, 0, 500, 1000, 2000, 4000, 4000, 4000]);
    await expect(client(OWNER).signIn(DEMO_EMAILS.saitama, PASSWORD)).resolves.toMatchObject({
      role: "committee",
    });
  });

  it("count attempts sent at the same time one by one: twenty at once check five passwords", async () => {
    const attacker = client(ATTACKER);
    const codes = await Promise.all(Array.from({ length: 20 }, () => attacker.fail(DEMO_EMAILS.saitama)));
    expect(codes.filter((c) => c === "UNAUTHORIZED")).toHaveLength(5);
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(15);
  });

  it("refuse one client after 30 failures across accounts", async () => {
    const attacker = client(ATTACKER);
    for (let i = 0; i < 30; i++) expect(await attacker.fail(`guess${i}@kyoso.example`)).toBe("UNAUTHORIZED");
    expect(await attacker.fail("guess-last@kyoso.example")).toBe("TOO_MANY_REQUESTS");
    expect(await client(OWNER).fail("guess-last@kyoso.example")).toBe("UNAUTHORIZED");
  });

  it("take back a successful attempt: the owner's typos before it do not add up with later ones", async () => {
    const owner = client(OWNER);
    for (let i = 0; i < 4; i++) await owner.fail(DEMO_EMAILS.saitama);
    await owner.signIn(DEMO_EMAILS.saitama, PASSWORD);
    for (let i = 0; i < 5; i++) expect(await owner.fail(DEMO_EMAILS.saitama)).toBe("UNAUTHORIZED");
    expect(await owner.fail(DEMO_EMAILS.saitama)).toBe("TOO_MANY_REQUESTS");
  });
});
