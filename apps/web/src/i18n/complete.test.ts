import { describe, expect, it } from "vitest";
import { en } from "./en";
import { ja } from "./ja";

type Tree = { [key: string]: unknown };

/** Every leaf of a message tree as "a.b.c" → value. */
function leaves(tree: Tree, prefix = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object" && !Array.isArray(value))
      for (const [p, v] of leaves(value as Tree, path)) found.set(p, v);
    else found.set(path, value);
  }
  return found;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/u;

/**
 * English texts that must show Japanese: the language's own name, dates as they are typed (10.29, 11月) and
 * the column names a CSV file has to carry.
 */
const JAPANESE_ON_PURPOSE = new Set([
  "languages.ja",
  "notifications.settings.languages.ja",
  "shortDate.hint",
  "shortDate.monthHint",
  "shortDate.invalid",
  "quickLog.hints.nextMeeting",
  "organizations.importPage.intro",
  "forum.import.intro",
]);

describe("English is complete", () => {
  const jaLeaves = leaves(ja as unknown as Tree);
  const enLeaves = leaves(en as unknown as Tree);

  it("has exactly the Japanese keys, no more and no fewer", () => {
    expect([...enLeaves.keys()].filter((k) => !jaLeaves.has(k))).toEqual([]);
    expect([...jaLeaves.keys()].filter((k) => !enLeaves.has(k))).toEqual([]);
  });

  it("has no Japanese left in its texts", () => {
    const left = [...enLeaves]
      .filter(([k, v]) => typeof v === "string" && JAPANESE.test(v) && !JAPANESE_ON_PURPOSE.has(k))
      .map(([k, v]) => `${k}: ${v}`);
    expect(left).toEqual([]);
  });
});
