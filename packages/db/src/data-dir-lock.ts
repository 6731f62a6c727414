import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { mkdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";

// PGlite is one PostgreSQL backend inside this process: a second process opening the same folder runs a second,
// blind backend, and whichever closes last overwrites the other's writes. A lock file in the folder lets exactly
// one process in. It is created with O_EXCL ("wx"), so of two processes starting at once only one succeeds.

export const LOCK_FILE = "kyoso.lock";
/** Written by the server holding the lock: where its local-only control endpoint listens (see apps/server). */
export const CONTROL_FILE = "kyoso.control.json";

export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  override readonly name = "DataDirLockedError";
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | null,
  ) {
    const who = owner
      ? `pid ${owner.pid} on ${owner.hostname}, since ${owner.startedAt}`
      : "an unreadable lock file";
    super(
      `データフォルダ ${dataDir} は別のプロセスが使用中です（${who}）。` +
        "組み込みデータベースは同時に1つのプロセスしか開けません。先にそのサーバーを停止してください。\n" +
        `The data folder ${dataDir} is in use by another process (${who}). The embedded database can be opened ` +
        "by one process at a time: stop that server first." +
        (owner && owner.hostname !== hostname()
          ? `\nIf no process on ${owner.hostname} uses this folder any more, delete ${path.join(dataDir, LOCK_FILE)}.`
          : ""),
    );
  }
}

export interface DataDirLock {
  readonly owner: LockOwner;
  /** Writes our owner record again (after a restore from a backup replaced the folder's files). */
  reassert(): Promise<void>;
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readOwner(file: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as Partial<LockOwner>;
    if (typeof parsed.pid === "number" && typeof parsed.hostname === "string") {
      return { pid: parsed.pid, hostname: parsed.hostname, startedAt: String(parsed.startedAt) };
    }
    return null;
  } catch {
    return null;
  }
}

/** The process holding the folder's lock, if it is alive on this machine (or on another one: we cannot tell). */
export async function findLockOwner(dataDir: string): Promise<LockOwner | null> {
  const owner = await readOwner(path.join(dataDir, LOCK_FILE));
  if (!owner) return null;
  if (owner.hostname !== hostname()) return owner;
  return isAlive(owner.pid) ? owner : null;
}

function createExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "wx", 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

const TAKEOVER_STALE_MS = 10_000;

/**
 * Replaces a stale lock (its owner died without releasing it, e.g. kill -9). Two processes may find the same stale
 * lock at once: a second, short-lived "takeover" file (also O_EXCL) lets only one of them replace it.
 */
async function takeOverStale(file: string, content: string, stale: string): Promise<boolean> {
  const takeover = `${file}.takeover`;
  if (!createExclusive(takeover, content)) {
    // A takeover file left by a process killed in the middle of a takeover is itself stale after a while.
    const age = await stat(takeover).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (age > TAKEOVER_STALE_MS) await unlink(takeover).catch(() => {});
    return false;
  }
  try {
    // Still the same stale record? Another process may have taken over and released meanwhile.
    const now = await readFile(file, "utf8").catch(() => null);
    if (now !== null && now !== stale) return false;
    await unlink(file).catch(() => {});
    return createExclusive(file, content);
  } finally {
    await unlink(takeover).catch(() => {});
  }
}

/**
 * Takes the folder's lock or throws DataDirLockedError naming the owner. A lock whose owner process is gone (same
 * machine, pid no longer alive) is taken over, and `onStaleLock` is told so it can be logged.
 */
export async function acquireDataDirLock(
  dataDir: string,
  onStaleLock: (previous: LockOwner | null) => void = () => {},
): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  const content = `${JSON.stringify(owner)}\n`;

  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(file, content)) return held(dataDir, file, owner, content);
    const existing = await readFile(file, "utf8").catch(() => null);
    if (existing === null) continue; // released between our attempt and the read: try again
    const previous = await readOwner(file);
    const alive = previous && (previous.hostname !== hostname() || isAlive(previous.pid));
    if (alive) throw new DataDirLockedError(dataDir, previous);
    // A record we cannot read is a lock file cut short by a crash right after it was created.
    if (await takeOverStale(file, content, existing)) {
      onStaleLock(previous);
      return held(dataDir, file, owner, content);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new DataDirLockedError(dataDir, await readOwner(file));
}

function held(dataDir: string, file: string, owner: LockOwner, content: string): DataDirLock {
  const releaseSync = () => {
    try {
      if (readFileSync(file, "utf8") === content) unlinkSync(file);
    } catch {
      // Already gone.
    }
  };
  // A process that exits without closing the database (an uncaught error) still frees the folder.
  process.once("exit", releaseSync);
  return {
    owner,
    reassert: () => writeFile(file, content, { mode: 0o600 }),
    release: async () => {
      process.off("exit", releaseSync);
      await unlink(path.join(dataDir, CONTROL_FILE)).catch(() => {});
      releaseSync();
    },
  };
}
