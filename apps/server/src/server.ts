import type { AddressInfo } from "node:net";
import type { DatabaseHandle } from "@kyoso/db";
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

/** Opens the database, migrates it, and listens. Used by main.ts, the browser test and the benchmark. */
export async function startServer(config: Config): Promise<RunningServer> {
  const log = pino({ level: config.logLevel, base: undefined });
  const database = await openDatabase(config, log);
  const app = createApp({ database, webDist: config.webDist, log });
  const http = await new Promise<ReturnType<typeof app.listen>>((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once("error", reject);
  }).catch(async (error: unknown) => {
    await database.close();
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
