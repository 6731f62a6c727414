import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as index from "../src/index";
import * as plain from "../src/plain";

const src = path.resolve(import.meta.dirname, "../src");

/** The modules a module loads when it runs: its value imports and re-exports (type-only ones are erased). */
function valueImports(file: string): string[] {
  const code = readFileSync(path.join(src, file), "utf8");
  const statements = code.match(/^(?:import|export)(?!\s+type\b)[^;]*?from\s+"[^"]+";/gms) ?? [];
  return statements.map((statement) => /from\s+"([^"]+)"/.exec(statement)?.[1] ?? "");
}

function moduleGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of valueImports(file)) {
      if (specifier.startsWith("./")) visit(`${specifier.slice(2)}.ts`);
      else seen.add(specifier);
    }
  };
  visit(entry);
  return seen;
}

describe("@kyoso/domain/plain (the web app's first screen)", () => {
  it("loads no zod, directly or through another domain module", () => {
    const graph = moduleGraph("plain.ts");
    expect(graph.has("dates.ts")).toBe(true);
    expect([...graph].filter((module) => !module.endsWith(".ts"))).toEqual([]);
  });

  it("the index, which forms use, does load zod (the check above can see it)", () => {
    expect(moduleGraph("index.ts").has("zod")).toBe(true);
  });

  it("exports the same values as the index under the same names", () => {
    const indexValues: Record<string, unknown> = { ...index };
    for (const [name, value] of Object.entries(plain)) expect(indexValues[name]).toBe(value);
  });
});
