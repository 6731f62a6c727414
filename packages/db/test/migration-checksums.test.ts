import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A landed migration is frozen: databases have run it, and editing it forks their history from a fresh one
// (2026-11-25T17-00_milestones gained an index after it landed, and T18 failed where it had run before).
// checksums.json lists every landed migration's SHA-256. A new migration is added to it deliberately, when it
// lands; a changed or vanished one fails here. Changes go into a new migration instead.
const folder = path.resolve(import.meta.dirname, "../src/migrations");

async function migrationFiles(): Promise<string[]> {
  return (await readdir(folder)).filter((f) => f.endsWith(".ts") && f !== "index.ts").sort();
}

const sha256 = async (file: string) =>
  createHash("sha256")
    .update(await readFile(path.join(folder, file)))
    .digest("hex");

describe("landed migrations", () => {
  it("are unchanged: each file's SHA-256 matches checksums.json", async () => {
    const listed = JSON.parse(await readFile(path.join(folder, "checksums.json"), "utf8")) as Record<
      string,
      string
    >;
    const changed: string[] = [];
    for (const [file, checksum] of Object.entries(listed)) {
      const actual = await sha256(file).catch(() => "(missing)");
      if (actual !== checksum) changed.push(`${file}: ${actual === "(missing)" ? "missing" : "changed"}`);
    }
    expect(changed, "landed migrations are frozen: write a new migration instead").toEqual([]);
  });

  it("are all listed: a new migration file is added to checksums.json on purpose", async () => {
    const listed = JSON.parse(await readFile(path.join(folder, "checksums.json"), "utf8")) as Record<
      string,
      string
    >;
    const unlisted = (await migrationFiles()).filter((f) => !(f in listed));
    expect(unlisted, "add the new migration's sha256 to src/migrations/checksums.json").toEqual([]);
  });
});
