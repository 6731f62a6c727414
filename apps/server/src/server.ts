import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { DatabaseHandle } from "@kyoso/db";
import type { Express } from "express";
import pino, { type Logger } from "pino";
import { createApp } from "./app";
import type { Config } from "./config";
import { openDatabase } from "./database";
import { startSurveySweep } from "./survey-sweep";

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
export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    // Express 5 calls back with the listen error too (and the server has no address then).
    const server = app.listen(port, host, (error?: Error) => {
      if (!error) resolve(server);
      else
        reject((error as { code?: unknown }).code === "EADDRINUSE" ? new PortInUseError(host, port) : error);
    });
  });
}

/** Opens the database, migrates it, and listens. Used by main.ts, the browser test and the benchmark. */
export async function startServer(config: Config): Promise<RunningServer> {
  const log = pino({ level: config.logLevel, base: undefined });
  const database = await openDatabase(config, log);
  const app = createApp({ database, webDist: config.webDist, log });
  const http = await new Promise<ReturnType<typeof app.listen>>((resolve, reject) => {
    // Express 5 calls back with the listen error too (and the server has no address then).
    const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
  }).catch(async (error: unknown) => {
    await database.close();
    if ((error as { code?: unknown }).code === "EADDRINUSE")
      throw new PortInUseError(config.host, config.port);
    throw error;
  });
  const sweep = startSurveySweep(database, log);
  const { port } = http.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  return {
    url,
    database,
    log,
    close: async () => {
      clearInterval(sweep);
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await database.close();
    },
  };
}
