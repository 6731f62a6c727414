import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { appRouter, type Meta } from "../src/index";
import { type Caller, type DemoUserKey, trpcError, useTestApi } from "./helpers";

const api = useTestApi();

type Who = DemoUserKey | "anonymous";
type Verdict = "allow" | "deny";
/** [own region, other region] */
type Row = Record<"national" | "committee" | "probono" | "partner" | "anonymous", [Verdict, Verdict]>;

const everyone: Row = {
  national: ["allow", "allow"],
  committee: ["allow", "allow"],
  probono: ["allow", "allow"],
  partner: ["allow", "allow"],
  anonymous: ["allow", "allow"],
};
const signedIn: Row = { ...everyone, anonymous: ["deny", "deny"] };
const nationalOnly: Row = {
  national: ["allow", "allow"],
  committee: ["deny", "deny"],
  probono: ["deny", "deny"],
  partner: ["deny", "deny"],
  anonymous: ["deny", "deny"],
};
const ownRegionWriters: Row = { ...nationalOnly, committee: ["allow", "deny"] };

interface Target {
  regionId: string;
  slug: string;
  editionId: string;
}

/** Every procedure: who may call it, and an input aimed at a region. A procedure missing here fails the test. */
const MATRIX: Record<string, { expect: Row; input: (t: Target) => unknown }> = {
  "auth.me": { expect: everyone, input: () => undefined },
  "auth.signIn": {
    expect: everyone,
    input: () => ({ email: "saitama@kyoso.example", password: "kyoso-demo-2026" }),
  },
  "auth.signOut": { expect: everyone, input: () => undefined },
  "auth.acceptInvitation": {
    expect: everyone,
    input: () => ({ token: "x".repeat(43), password: "a-long-enough-password" }),
  },
  "reference.prefectures": { expect: everyone, input: () => undefined },
  "region.list": { expect: signedIn, input: () => undefined },
  "region.summary": {
    expect: { ...signedIn, partner: ["allow", "deny"] },
    input: (t) => ({ slug: t.slug }),
  },
  "region.bySlug": {
    expect: { ...nationalOnly, committee: ["allow", "deny"] },
    input: (t) => ({ slug: t.slug }),
  },
  "forumEdition.byId": {
    expect: {
      ...nationalOnly,
      committee: ["allow", "deny"],
      probono: ["allow", "deny"],
      partner: ["allow", "deny"],
    },
    input: (t) => ({ id: t.editionId }),
  },
  "forumEdition.create": {
    expect: ownRegionWriters,
    input: (t) => ({
      regionId: t.regionId,
      year: 2031,
      title: "難病・慢性疾患就労支援ネットワークフォーラム2031",
      stage: "concept",
      heldOn: null,
      venueName: null,
      venueCapacity: null,
      onlineCapacity: null,
    }),
  },
  "forumEdition.update": {
    expect: ownRegionWriters,
    input: (t) => ({ id: t.editionId, version: 1, venueName: "会場" }),
  },
  "user.list": { expect: nationalOnly, input: () => undefined },
  "user.invite": {
    expect: nationalOnly,
    input: (t) => ({
      email: "new@kyoso.example",
      displayName: "新しい委員",
      role: "committee",
      regionIds: [t.regionId],
    }),
  },
  "user.reissueInvitation": {
    expect: nationalOnly,
    input: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
  },
  "user.update": {
    expect: nationalOnly,
    input: () => ({ id: "00000000-0000-4000-8000-000000000000", version: 1, displayName: "x" }),
  },
  "audit.list": { expect: nationalOnly, input: () => ({}) },
};

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: string; meta?: Meta } }
>;

/** Whose own region is which: a 埼玉 member's own is 埼玉 and other is 首都圏 (東京 …); the pro bono's is 首都圏. */
const PEOPLE: { who: Who; role: keyof Row; own: string; other: string }[] = [
  { who: "national", role: "national", own: "saitama", other: "shutoken" },
  { who: "saitama", role: "committee", own: "saitama", other: "shutoken" },
  { who: "probono", role: "probono", own: "shutoken", other: "saitama" },
  { who: "partner", role: "partner", own: "saitama", other: "shutoken" },
  { who: "anonymous", role: "anonymous", own: "saitama", other: "shutoken" },
];

async function target(slug: string): Promise<Target> {
  const row = await api.handle.db
    .selectFrom("region")
    .innerJoin("forumEdition", "forumEdition.regionId", "region.id")
    .select(["region.id", "region.slug", "forumEdition.id as editionId"])
    .where("region.slug", "=", slug)
    .orderBy("forumEdition.year", "desc")
    .executeTakeFirstOrThrow();
  return { regionId: row.id, slug: row.slug, editionId: row.editionId };
}

async function rowCounts(): Promise<string> {
  const result = await sql<{ counts: string }>`
    select concat_ws(',', (select count(*) from audit_log), (select count(*) from forum_edition),
      (select count(*) from timeline_entry), (select count(*) from app_user), (select count(*) from invitation),
      (select max(version) from forum_edition)) as counts`.execute(api.handle.db);
  return result.rows[0]?.counts ?? "";
}

async function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const [router, name] = path.split(".") as [string, string];
  const fn = (caller as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[
    router
  ]?.[name];
  if (!fn) throw new Error(`no procedure ${path}`);
  return fn(input);
}

describe("authorization matrix", () => {
  it("covers every procedure of the router, and every procedure declares a permission and a scope", () => {
    expect(Object.keys(procedures).sort()).toEqual(Object.keys(MATRIX).sort());
    for (const [path, procedure] of Object.entries(procedures)) {
      expect(procedure._def.meta?.permission, `${path} declares no permission`).toBeTruthy();
      expect(procedure._def.meta?.scope, `${path} declares no scope`).toBeTruthy();
    }
  });

  for (const [path, spec] of Object.entries(MATRIX)) {
    it(`${path}: allows and denies each role in its own and another region as specified`, async () => {
      for (const person of PEOPLE) {
        const caller = person.who === "anonymous" ? api.anonymous() : await api.as(person.who);
        for (const [i, slug] of [person.own, person.other].entries()) {
          const verdict = spec.expect[person.role][i];
          const label = `${path} as ${person.who} in ${i === 0 ? "own" : "other"} region (${slug})`;
          const before = await rowCounts();
          const outcome = await call(caller, path, spec.input(await target(slug))).then(
            () => null,
            (e: { code?: string }) => e,
          );
          if (verdict === "deny") {
            expect((outcome as { code?: string } | null)?.code, label).toBe(
              person.who === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN",
            );
            expect(await rowCounts(), `${label} wrote something`).toBe(before);
          } else {
            expect(["FORBIDDEN", "UNAUTHORIZED"], label).not.toContain(
              (outcome as { code?: string } | null)?.code,
            );
          }
        }
      }
    });
  }
});

describe("what other regions see", () => {
  it("gives a 埼玉 member only the summary of 首都圏: no timeline, meetings or notes", async () => {
    const saitama = await api.as("saitama");
    const summary = await saitama.region.summary({ slug: "shutoken" });
    const text = JSON.stringify(summary);
    expect(summary.currentEdition?.stage).toBe("coordinating");
    expect(Object.keys(summary).sort()).toEqual(
      ["currentEdition", "editions", "id", "kind", "nameEn", "nameJa", "prefectures", "slug"].sort(),
    );
    expect(text).not.toContain("多職種連携");
    expect(text).not.toContain("ヒアリング");
    expect((await trpcError(saitama.region.bySlug({ slug: "shutoken" }))).code).toBe("FORBIDDEN");
  });

  it("shows a partner only their own forum's region in the list", async () => {
    const partner = await api.as("partner");
    expect((await partner.region.list()).map((r) => r.slug)).toEqual(["saitama"]);
  });
});
