import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { type RunningServer, startServer } from "../src/server";
import { httpClient } from "./http-client";

let dataDir: string;
let server: RunningServer;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "kyoso-server-test-"));
  server = await start();
});
afterAll(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

function start(): Promise<RunningServer> {
  return startServer(
    loadConfig({
      PORT: "0",
      KYOSO_DATA_DIR: path.join(dataDir, "db"),
      KYOSO_WEB_DIST: path.join(dataDir, "no-web-build"),
      LOG_LEVEL: "silent",
    }),
  );
}

describe("server on the embedded database", () => {
  it("answers /healthz naming the engine, with security headers", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", engine: "pglite" });
    expect(health.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(health.headers.get("x-content-type-options")).toBe("nosniff");
    expect(health.headers.get("x-powered-by")).toBeNull();
  });

  it("signs in with an httpOnly SameSite cookie, serves data, and signs out", async () => {
    const client = httpClient(server);
    expect((await client.query("region.list")).status).toBe(401);
    const signedIn = await client.signIn();
    expect(signedIn.status).toBe(200);
    const setCookie = signedIn.headers.getSetCookie().join(";");
    expect(setCookie).toMatch(/kyoso_session=[A-Za-z0-9_-]{43}/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    expect((await client.query("region.list")).status).toBe(200);
    await client.mutate("auth.signOut", {});
    expect((await client.query("auth.me")).body.result?.data).toBeNull();
  });

  it("refuses a mutation sent from another site, even with a valid session", async () => {
    const client = httpClient(server);
    await client.signIn();
    const res = await client.mutate(
      "auth.signOut",
      {},
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    );
    expect(res.status).toBe(403);
    expect((await client.query("auth.me")).body.result?.data).not.toBeNull();
  });

  it("returns a typed error with a Japanese message over HTTP", async () => {
    const client = httpClient(server);
    await client.signIn();
    const bad = await client.mutate("forumEdition.update", { id: "not-a-uuid", version: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toBe("フォーラムの指定が正しくありません。");
  });

  it("answers 503 with a clear message for pages when the web app is not built", async () => {
    const page = await fetch(`${server.url}/regions/saitama`);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("ビルドされていません");
  });

  it("keeps data across a restart and loads the demo data only once", async () => {
    const client = httpClient(server);
    await client.signIn();
    const regions = (await client.query("region.list")).body.result?.data as { slug: string; id: string }[];
    const hokkaido = regions.find((r) => r.slug === "hokkaido");
    const created = await client.mutate("forumEdition.create", {
      regionId: hokkaido?.id,
      year: 2028,
      title: "難病・慢性疾患就労支援ネットワークフォーラムHOKKAIDO2028",
      stage: "concept",
      heldOn: null,
      venueName: null,
      venueCapacity: null,
      onlineCapacity: null,
    });
    expect(created.status).toBe(200);

    await server.close();
    server = await start();
    const after = httpClient(server);
    await after.signIn();
    const detail = (await after.query("region.bySlug", { slug: "hokkaido" })).body.result?.data as {
      currentEdition: { year: number };
    };
    expect(detail.currentEdition.year).toBe(2028);
    const list = (await after.query("region.list")).body.result?.data as { slug: string }[];
    const slugs = list.map((r) => r.slug);
    expect(slugs.filter((s) => s === "hokkaido")).toHaveLength(1);
  });
});
