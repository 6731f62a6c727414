import { createScratchDatabase, type ScratchDatabase } from "@kyoso/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { type RunningServer, startServer } from "../src/server";
import { httpClient } from "./http-client";

const url = process.env.DATABASE_URL;

// Only a PostgreSQL server can end connections or go away under a running app; the embedded database lives
// inside the process, so there is nothing to cut. Runs with DATABASE_URL set.
describe.skipIf(!url)(
  "server when PostgreSQL ends its connections (PostgreSQL only: PGlite runs in-process)",
  () => {
    let scratch: ScratchDatabase;
    let server: RunningServer;

    beforeAll(async () => {
      scratch = await createScratchDatabase(url as string, { label: "loss" });
      server = await startServer(
        loadConfig({
          DATABASE_URL: scratch.url,
          KYOSO_DEMO_DATA: "true",
          PORT: "0",
          KYOSO_WEB_DIST: "/nonexistent",
          LOG_LEVEL: "silent",
        }),
      );
    });
    afterAll(async () => {
      await scratch?.allowConnections(true);
      await server?.close();
      await scratch?.drop();
    });

    it("survives pg_terminate_backend during requests and transactions, answering 200 or 503, never 500", async () => {
      const client = httpClient(server);
      expect((await client.signIn()).status).toBe(200);
      const regions = (await client.query("region.list")).body.result?.data as { id: string; slug: string }[];
      const saitama = regions.find((r) => r.slug === "saitama")?.id;
      const statuses: number[] = [];
      let terminated = 0;
      for (let round = 0; round < 6; round++) {
        const requests = Array.from({ length: 12 }, (_, i) => {
          if (i % 3 === 0) return client.query("overview.get", {});
          if (i % 3 === 1)
            return client.mutate("task.create", { regionId: saitama, title: `切断試験 ${round}-${i}` });
          return fetch(`${server.url}/healthz`).then((r) => ({ status: r.status }));
        });
        // Cut every connection while the requests are in flight (queries, and transactions between statements).
        await new Promise((resolve) => setTimeout(resolve, round * 3));
        terminated += await scratch.terminateConnections();
        for (const reply of await Promise.all(requests)) statuses.push(reply.status);
      }
      expect(terminated).toBeGreaterThan(0);
      expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
      expect(statuses).toContain(503);
      // Still alive (an unhandled 'error' event would have ended the test process) and working again.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await client.query("region.list")).status).toBe(200);
    });

    it("answers 503 with a Japanese message while the database is away, and recovers by itself", async () => {
      const client = httpClient(server);
      expect((await client.signIn()).status).toBe(200);
      await scratch.allowConnections(false);
      await scratch.terminateConnections();

      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(503);
      const away = await client.query("region.list");
      expect(away.status).toBe(503);
      expect(away.body.error?.data?.code).toBe("SERVICE_UNAVAILABLE");
      expect(away.body.error?.message).toBe(
        "データベースに接続できません。しばらく待ってから、もう一度お試しください。",
      );
      // Pages and feeds rendered on the server say the same with 503, not a bare 500.
      for (const path of ["/forums/saitama/2026", "/feeds/regions/saitama/atom.xml"]) {
        const page = await fetch(`${server.url}${path}`);
        expect(page.status, path).toBe(503);
        expect(await page.text(), path).not.toMatch(/at .*\.ts|node_modules/);
      }

      await scratch.allowConnections(true);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await client.query("region.list")).status).toBe(200);
    });
  },
);
