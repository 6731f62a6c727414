import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient } from "./http-client";
import { startTestServer, type TestServer } from "./test-server";

let server: TestServer;
let nationalCookie = "";
let committeeCookie = "";

async function signIn(email: string) {
  const res = await fetch(`${server.url}/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "kyoso-demo-2026" }),
  });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie()[0]?.split(";")[0] ?? "";
}

beforeAll(async () => {
  server = await startTestServer("queries", { onPostgres: true });
  nationalCookie = await signIn("national@kyoso.example");
  committeeCookie = await signIn("saitama@kyoso.example");
}, 120_000);

afterAll(async () => {
  await server?.close();
});

const query = (procedure: string, input?: unknown) =>
  `${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;

async function reply(res: Response) {
  const headers = Object.fromEntries([...res.headers].filter(([name]) => name !== "date"));
  return { status: res.status, headers, body: await res.text() };
}

/**
 * The same GET answered on the fast path and by tRPC's own handler: a GET that carries a Content-Type is one
 * the fast path leaves to the full handler (trpc-queries.ts), and tRPC reads it the same way.
 */
async function bothWays(path: string, cookie: string) {
  const get = (headers: Record<string, string>) =>
    fetch(`${server.url}/trpc/${path}`, { headers: { cookie, ...headers } }).then(reply);
  return { fast: await get({}), full: await get({ "content-type": "application/json" }) };
}

describe("queries answered before Express's middleware", () => {
  it.each([
    ["a signed-in call", query("region.list"), "national"],
    ["a call with input", query("region.bySlug", { slug: "saitama" }), "national"],
    ["a call signed out", query("region.list"), "none"],
    ["a refused call (no permission)", query("user.list"), "committee"],
    ["input the schema refuses", query("region.bySlug", { slug: 5 }), "national"],
    ["a record that does not exist", query("region.bySlug", { slug: "nowhere" }), "national"],
    ["a batch of two", `auth.me,region.list?batch=1&input=${encodeURIComponent("{}")}`, "national"],
    ["a batch with one refusal (207)", "auth.me,user.list?batch=1", "committee"],
  ])("answers %s with the status, headers and body of tRPC's own handler", async (_name, path, who) => {
    const cookie = who === "national" ? nationalCookie : who === "committee" ? committeeCookie : "";
    const { fast, full } = await bothWays(path, cookie);
    expect(fast).toEqual(full);
    expect(fast.headers["cache-control"]).toBe("no-store");
    expect(fast.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(fast.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("clears a session cookie that names no session, as the full handler does", async () => {
    const { fast, full } = await bothWays(query("region.list"), "kyoso_session=unknown");
    expect(fast).toEqual(full);
    expect(fast.status).toBe(401);
    expect(fast.headers["set-cookie"]).toContain("kyoso_session=;");
  });
});

describe("the national overview over HTTP", () => {
  it("sends the cached answer's same JSON again, and a write's change on the very next call", async () => {
    const overview = async () => {
      const res = await fetch(`${server.url}/trpc/${query("overview.get", {})}`, {
        headers: { cookie: nationalCookie },
      });
      expect(res.status).toBe(200);
      return res.text();
    };
    const first = await overview();
    expect(await overview()).toBe(first);
    // Gzipped once for clients that accept it: the same JSON once unpacked (fetch unpacks it).
    const gzipped = await fetch(`${server.url}/trpc/${query("overview.get", {})}`, {
      headers: { cookie: nationalCookie, "accept-encoding": "gzip" },
    });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(Number(gzipped.headers.get("content-length"))).toBeLessThan(Buffer.byteLength(first) / 3);
    expect(await gzipped.text()).toBe(first);
    const client = httpClient(server);
    await client.signIn();
    const fukuoka = (await client.query("region.bySlug", { slug: "fukuoka" })).body.result?.data as {
      currentEdition: { id: string } | null;
    };
    const statusOf = (json: string) =>
      (
        JSON.parse(json) as {
          result: {
            data: {
              regions: { slug: string; edition: { milestones: { key: string; status: string }[] } | null }[];
            };
          };
        }
      ).result.data.regions
        .find((r) => r.slug === "fukuoka")
        ?.edition?.milestones.find((m) => m.key === "cohost_decided")?.status;
    expect(statusOf(first)).not.toBe("done");
    const marked = await client.mutate("milestone.setForEdition", {
      editionId: fukuoka.currentEdition?.id,
      key: "cohost_decided",
      shiftDays: 0,
      doneOn: "2026-11-24",
      version: 0,
    });
    expect(marked.status).toBe(200);
    expect(statusOf(await overview())).toBe("done");
  });
});
