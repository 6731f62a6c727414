// A child process of the HTTP benchmarks (http-calls.ts): one database, served three ways side by side on
// ports of their own, so load on the machine hits all three alike:
// - "app": the full stack (Express, helmet, tRPC, session cookie), with the server's caches;
// - "uncached": the same app without the overview cache (what every call cost before it);
// - "bare": a bare node:http handler running region.list's SQL and answering the same JSON.
// BENCH_DB is "pglite" or a PostgreSQL URL; BENCH_DATA is "demo" or "large" (national scale).
// Prints one JSON line with the ports and a bench account once listening.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createServerCaches, hashPassword, type ServerCaches } from "@kyoso/api";
import { connect, listRegions, prepareDatabase, seedDemoData } from "@kyoso/db";
import { generateLargeData } from "@kyoso/db/testing";
import pino from "pino";
import { createApp } from "../src/app";

const target = process.env.BENCH_DB ?? "pglite";
const handle =
  target === "pglite"
    ? await connect({ engine: "pglite" })
    : await connect({ engine: "postgres", databaseUrl: target });
await prepareDatabase(handle.db);
if (process.env.BENCH_DATA === "large") await generateLargeData(handle.db);
else await seedDemoData(handle.db, { today: "2026-11-25" });

const email = "bench-national@kyoso.example";
const password = "bench-password-1234";
await handle.db
  .insertInto("appUser")
  .values({ email, displayName: "ベンチ 全国", role: "national", passwordHash: await hashPassword(password) })
  .execute();

const log = pino({ level: "warn" });
const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
const appServer = (caches: ServerCaches) => {
  const server = createServer();
  server.on(
    "request",
    createApp({ database: handle, webDist: "/nonexistent", log, publicUrl: "http://127.0.0.1", caches }),
  );
  return server;
};

const noOverviewCache = createServerCaches();
noOverviewCache.overview = { has: () => false, get: () => undefined, set: () => {} } as never;

const bare = createServer((req, res) => {
  if (req.url?.startsWith("/trpc/region.list")) {
    listRegions(handle.db).then(
      (regions) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ result: { data: regions } }));
      },
      () => {
        res.writeHead(500);
        res.end();
      },
    );
    return;
  }
  res.writeHead(404);
  res.end();
});

const ports = {
  app: await listen(appServer(createServerCaches())),
  uncached: await listen(appServer(noOverviewCache)),
  bare: await listen(bare),
};
console.log(JSON.stringify({ ports, email, password }));
process.on("SIGTERM", () => {
  void handle.close().then(() => process.exit(0));
});
