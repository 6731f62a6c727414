import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { type RunningServer, startServer } from "../src/server";

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "kyoso-server-test-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const start = (webDist = path.join(dataDir, "no-web-build")) =>
  startServer(loadConfig({ PORT: "0", KYOSO_DATA_DIR: path.join(dataDir, "db"), KYOSO_WEB_DIST: webDist, LOG_LEVEL: "silent" }));

async function trpcPost(server: RunningServer, procedure: string, input: unknown) {
  const res = await fetch(`${server.url}/trpc/${procedure}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as { result?: { data: unknown }; error?: { message: string } } };
}

describe("server on the embedded database", () => {
  it("answers /healthz naming the engine, serves tRPC, and keeps data across a restart", async () => {
    let server = await start();
    try {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok", engine: "pglite" });

      const list = await fetch(`${server.url}/trpc/region.list`);
      const regions = ((await list.json()) as { result: { data: { slug: string; id: string }[] } }).result.data;
      const hokkaido = regions.find((r) => r.slug === "hokkaido");
      expect(hokkaido).toBeDefined();

      const created = await trpcPost(server, "forumEdition.create", {
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
    } finally {
      await server.close();
    }

    server = await start();
    try {
      const res = await fetch(`${server.url}/trpc/region.bySlug?input=${encodeURIComponent('{"slug":"hokkaido"}')}`);
      const detail = ((await res.json()) as { result: { data: { currentEdition: { year: number } } } }).result.data;
      expect(detail.currentEdition.year).toBe(2028);
      // The demo data is loaded once: a restart does not duplicate it.
      const again = await fetch(`${server.url}/trpc/region.list`);
      const slugs = ((await again.json()) as { result: { data: { slug: string }[] } }).result.data.map((r) => r.slug);
      expect(slugs.filter((s) => s === "hokkaido")).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("returns a typed error with a Japanese message over HTTP and a 503 page when the app is not built", async () => {
    const server = await start();
    try {
      const bad = await trpcPost(server, "forumEdition.update", { id: "not-a-uuid", version: 1 });
      expect(bad.status).toBe(400);
      expect(bad.body.error?.message).toBe("フォーラムの指定が正しくありません。");
      const page = await fetch(`${server.url}/regions/saitama`);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain("ビルドされていません");
    } finally {
      await server.close();
    }
  });
});
