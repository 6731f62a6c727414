import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { DatabaseHandle } from "@kyoso/db";
import pino, { type Logger } from "pino";
import { createApp } from "./app";
import type { Config } from "./config";
import { openDatabase } from "./database";
import { createServerJobs, startServerJobs } from "./jobs";
import { writeControlFile } from "./local-control";

export interface RunningServer {
  url: string;
  database: DatabaseHandle;
  log: Logger;
  close(): Promise<void>;
}

/** Listening failed because another process holds the port: said plainly, in Japanese and English. */
export class PortInUseError extends Error {
  override readonly name = "PortInUseError";
  constructor(host: string, port: number) {
    super(
      `ポート ${port} はすでに他のプログラムが使っています。そのプログラムを止めるか、PORT=… で別のポートを指定してください。\n` +
        `Port ${port} on ${host} is already in use. Stop the other program or choose another port with PORT=….`,
    );
  }
}

/** Starts listening; a port held by another process is a PortInUseError. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", (error: Error) =>
      reject((error as { code?: unknown }).code === "EADDRINUSE" ? new PortInUseError(host, port) : error),
    );
    server.listen(port, host, () => resolve());
  });
}

/** Opens the database, migrates it, and listens. Used by main.ts, the browser test and the benchmark. */
export async function startServer(config: Config): Promise<RunningServer> {
  const log = pino({ level: config.logLevel, base: undefined });
  const database = await openDatabase(config, log);
  const embedded = config.database.engine === "pglite" ? config.database : null;
  const localControlToken = embedded ? randomBytes(32).toString("base64url") : undefined;
  const http = createServer();
  await listen(http, config.port, config.host).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  const { port } = http.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  // The app is attached once the port is known: with PORT=0 and no PUBLIC_URL (tests, benchmarks) links use it.
  const publicUrl = config.publicUrl ?? url;
  const jobs = createServerJobs(config, database, log, publicUrl);
  const app = createApp({
    database,
    webDist: config.webDist,
    log,
    publicUrl,
    trustProxy: config.trustProxy,
    localControlToken,
    jobs,
  });
  http.on("request", app);
  await startServerJobs(jobs).catch(async (error: unknown) => {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await database.close();
    throw error;
  });
  if (embedded && localControlToken) {
    const wildcard = config.host === "0.0.0.0" || config.host === "::";
    const host = wildcard ? "127.0.0.1" : config.host.includes(":") ? `[${config.host}]` : config.host;
    await writeControlFile(embedded.dataDir, {
      url: `http://${host}:${port}`,
      token: localControlToken,
      pid: process.pid,
    });
  }
  return {
    url,
    database,
    log,
    close: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await jobs.stop();
      await database.close();
    },
  };
}
