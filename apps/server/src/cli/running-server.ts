import { readFile } from "node:fs/promises";
import path from "node:path";
import { CONTROL_FILE, DataDirLockedError, findLockOwner } from "@kyoso/db";
import type { Config } from "../config";
import type { ControlFile } from "../local-control";
import { CliError } from "./run-cli";

/**
 * The server that holds the embedded database's folder, if one is running: its local control endpoint. Null on
 * PostgreSQL (any number of processes may connect) or when nobody holds the folder. A folder held by a process
 * without a control endpoint (another command, or a server on another machine) is refused.
 */
export async function findRunningServer(config: Config): Promise<ControlFile | null> {
  if (config.database.engine !== "pglite") return null;
  const { dataDir } = config.database;
  const owner = await findLockOwner(dataDir);
  if (!owner) return null;
  const control = await readFile(path.join(dataDir, CONTROL_FILE), "utf8")
    .then((text) => JSON.parse(text) as ControlFile)
    .catch(() => null);
  if (!control || control.pid !== owner.pid) throw new DataDirLockedError(dataDir, owner);
  return control;
}

/** Asks the running server; its refusal (a Japanese message) becomes the command's error. */
export async function callRunningServer(
  control: ControlFile,
  route: string,
  body?: unknown,
): Promise<Response> {
  const response = await fetch(`${control.url}${route}`, {
    method: "POST",
    headers: { authorization: `Bearer ${control.token}`, "content-type": "application/json" },
    body: JSON.stringify(body ?? {}),
  });
  if (!response.ok) {
    const message = await response
      .json()
      .then((b) => (b as { message?: string }).message)
      .catch(() => undefined);
    throw new CliError(
      message ??
        `起動中のサーバーが ${response.status} を返しました (running server answered ${response.status})`,
    );
  }
  return response;
}
