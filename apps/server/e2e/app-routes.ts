import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

// The web app's screens, read from its router (apps/web/src/app/router.tsx) rather than kept by hand here, so a
// screen added to the router is checked without anyone remembering to list it. The router is source text for
// the browser (React, lazy chunks); reading its route definitions as text keeps it out of Node.

const ROUTER = path.resolve(import.meta.dirname, "../../web/src/app/router.tsx");

export interface AppRoute {
  /** The address pattern as the router writes it: /regions/$slug/meetings/$meetingId. */
  path: string;
  /** The route it hangs from: signedInRoute (the dashboard), rootRoute (signed out) or printRoute (A4 views). */
  parent: string;
}

const DEFINITION =
  /createRoute\(\{\s*getParentRoute:\s*\(\)\s*=>\s*(\w+),\s*(?:path:\s*"([^"]+)"|id:\s*"[^"]+")/g;

export function appRoutes(source = readFileSync(ROUTER, "utf8")): AppRoute[] {
  const routes: AppRoute[] = [];
  let definitions = 0;
  for (const [, parent, routePath] of source.matchAll(DEFINITION)) {
    definitions += 1;
    if (parent && routePath) routes.push({ path: routePath, parent });
  }
  // A definition written another way would be skipped silently: every createRoute must have been read.
  const written = source.match(/createRoute\(\{/g)?.length ?? 0;
  if (written !== definitions || routes.length === 0)
    throw new Error(`read ${definitions} of the ${written} route definitions in ${ROUTER}`);
  return routes;
}

const paramsOf = (pattern: string) => [...pattern.matchAll(/\$(\w+)/g)].map((m) => m[1] as string);

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The pattern with the values known so far put in. */
function fill(pattern: string, values: Map<string, string>): string {
  return pattern.replace(/\$(\w+)/g, (whole, name: string) => values.get(name) ?? whole);
}

/**
 * Real addresses for the dashboard's routes, ids taken from the links the app itself shows: a `$meetingId` is
 * read from the meetings list (the route above it), an `$editionId` from the region page. `slugs` are tried in
 * order for each id, since the demo keeps surveys, forum and meetings in different regions. Only the `wanted`
 * patterns are resolved; `routes` are all the places their links may be found.
 */
export async function resolveAddresses(
  page: Page,
  baseUrl: string,
  routes: AppRoute[],
  slugs: string[],
  wanted = routes.map((r) => r.path),
): Promise<Map<string, string>> {
  const patterns = routes.map((r) => r.path);
  const addresses = new Map<string, string>();
  const found = new Map<string, Map<string, string>>();
  const hrefsOf = new Map<string, string[]>();
  const hrefs = async (address: string) => {
    let list = hrefsOf.get(address);
    if (!list) {
      await page.goto(`${baseUrl}${address}`);
      await page.waitForLoadState("networkidle");
      list = await page.evaluate<string[]>(
        `[...document.querySelectorAll("a[href]")].map((a) => new URL(a.href).pathname)`,
      );
      hrefsOf.set(address, list);
    }
    return list;
  };
  for (const pattern of [...wanted].sort((a, b) => a.length - b.length)) {
    for (const slug of slugs) {
      const values = new Map([["slug", slug]]);
      for (const [name, value] of found.get(slug) ?? []) values.set(name, value);
      for (const name of paramsOf(pattern).filter((p) => !values.has(p))) {
        const value = await findParam(pattern, name, values, patterns, hrefs);
        if (value === undefined) break;
        values.set(name, value);
      }
      if (paramsOf(pattern).every((p) => values.has(p))) {
        addresses.set(pattern, fill(pattern, values));
        found.set(slug, values);
        break;
      }
    }
  }
  return addresses;
}

/** The value of `name` in a link matching `pattern`, found on the routes above it; never a fixed sibling (new). */
async function findParam(
  pattern: string,
  name: string,
  values: Map<string, string>,
  patterns: string[],
  hrefs: (address: string) => Promise<string[]>,
): Promise<string | undefined> {
  const upTo = pattern.slice(0, pattern.indexOf(`$${name}`)).replace(/\/$/, "");
  const segments = upTo.split("/");
  const above = segments
    .map((_, i) => segments.slice(0, segments.length - i).join("/") || "/")
    .filter((p) => patterns.includes(p))
    .map((p) => fill(p, values))
    .filter((p) => !p.includes("$"));
  const prefix = fill(pattern.slice(0, pattern.indexOf(`$${name}`)), values);
  const statics = new Set(patterns.map((p) => fill(p, values)));
  const link = new RegExp(`^${literally(prefix)}([^/]+)(?:/|$)`);
  for (const address of above) {
    for (const href of await hrefs(address)) {
      const match = link.exec(href);
      if (match?.[1] && !statics.has(`${prefix}${match[1]}`) && !match[1].startsWith("$")) return match[1];
    }
  }
  return undefined;
}
