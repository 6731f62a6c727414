import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { connect, type DatabaseHandle } from "@kyoso/db";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app";
import { loadConfig } from "../src/config";
import { httpClient } from "./http-client";
import { startTestServer, type TestServer } from "./test-server";

// Behind a proxy the Host header is whatever the client sent: links, cookies and the cross-site check follow
// PUBLIC_URL instead, and what depends on the session is never cached.

const PUBLIC = "https://kyoso.example";
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer("public-url", { env: { PUBLIC_URL: PUBLIC } });
});
afterAll(async () => {
  await server?.close();
});

/** A GET with headers fetch() will not send (Host, X-Forwarded-*). */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(url, { headers }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => {
          body += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    },
  );
}

/** What a call returned (the test fails on the next line when it returned nothing). */
const data = <T>(reply: { body: { result?: { data: unknown } } }) => reply.body.result?.data as T;

const evil = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" };

describe("absolute links come from PUBLIC_URL, never from the Host header", () => {
  it("on the public forum page and its Atom feed", async () => {
    const page = await rawGet(`${server.url}/forums/saitama/2026`, evil);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<link rel="canonical" href="${PUBLIC}/forums/saitama/2026">`);
    expect(page.body).toContain(`content="${PUBLIC}/forums/saitama/2026"`);
    expect(page.body).not.toContain("evil.example");

    const atom = await rawGet(`${server.url}/feeds/regions/saitama/atom.xml`, evil);
    expect(atom.status).toBe(200);
    expect(atom.body).toContain(`${PUBLIC}/feeds/regions/saitama/atom.xml`);
    expect(atom.body).not.toContain("evil.example");
  });

  it("in calendar links, iCal events, invitation and survey answer links; private answers are no-store", async () => {
    const client = httpClient(server);
    const signIn = await client.signIn();
    // https PUBLIC_URL: the session cookie is Secure even though this hop is plain http.
    const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith("kyoso_session="));
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(signIn.headers.get("cache-control")).toBe("no-store");

    const created = await client.mutate("feedToken.create", { label: "テスト" });
    const { urls } = data<{ urls: { mine: string } }>(created);
    expect(urls.mine).toMatch(/^https:\/\/kyoso\.example\/feeds\/ical\/[A-Za-z0-9_-]{43}\/mine\.ics$/);
    const ics = await rawGet(urls.mine.replace(PUBLIC, server.url), evil);
    expect(ics.status).toBe(200);
    expect(ics.headers["cache-control"]).toBe("no-store");
    const regionIcs = await rawGet(
      urls.mine.replace(PUBLIC, server.url).replace("mine.ics", "regions/saitama.ics"),
      evil,
    );
    expect(regionIcs.body).toContain(`URL:${PUBLIC}/`);
    expect(ics.body + regionIcs.body).not.toContain("evil.example");

    const invited = await client.mutate("user.invite", {
      email: "new-member@example.jp",
      displayName: "新しい 委員",
      role: "national",
    });
    const { invitationUrl } = data<{ invitationUrl: string }>(invited);
    expect(invitationUrl).toMatch(/^https:\/\/kyoso\.example\/invite\/[A-Za-z0-9_-]{43}$/);

    const surveys = await client.query("survey.forRegion", { slug: "saitama" });
    const [first] = data<{ id: string }[]>(surveys);
    expect(first).toBeDefined();
    const detail = await client.query("survey.byId", { id: first?.id });
    expect(detail.headers.get("cache-control")).toBe("no-store");
    const { answerUrl } = data<{ answerUrl: string }>(detail);
    expect(answerUrl).toMatch(/^https:\/\/kyoso\.example\/answer\/[A-Za-z0-9_-]+$/);
  });

  it("accepts mutations from PUBLIC_URL's origin and refuses other sites", async () => {
    const client = httpClient(server);
    const fromPublic = await client.mutate("auth.signOut", {}, { origin: PUBLIC });
    expect(fromPublic.status).toBe(200);
    const fromElsewhere = await client.mutate("auth.signOut", {}, { origin: "https://evil.example" });
    expect(fromElsewhere.status).toBe(403);
  });
});

describe("TRUST_PROXY", () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await connect({ engine: "pglite" });
  });
  afterAll(async () => {
    await database?.close();
  });

  /** The client address the app sees for a request through a proxy that added X-Forwarded-For. */
  async function clientAddress(trustProxy: string | undefined): Promise<string> {
    const config = loadConfig({ ...(trustProxy ? { TRUST_PROXY: trustProxy } : {}) });
    const app = createApp({
      database,
      webDist: server.dataDir,
      log: pino({ level: "silent" }),
      publicUrl: PUBLIC,
      trustProxy: config.trustProxy,
    });
    app.post("/client-address", (req, res) => {
      res.send(req.ip);
    });
    // The app ends with its 404 and error handlers: move the probe in front of them.
    const stack = (app as unknown as { router: { stack: unknown[] } }).router.stack;
    stack.unshift(stack.pop());
    const http = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => http.once("listening", resolve));
    try {
      const { port } = http.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/client-address`, {
        method: "POST",
        headers: { "x-forwarded-for": "203.0.113.7" },
      });
      return await res.text();
    } finally {
      http.close();
    }
  }

  it("makes req.ip the forwarded client only when set", async () => {
    expect(await clientAddress(undefined)).toMatch(/127\.0\.0\.1$/);
    expect(await clientAddress("1")).toBe("203.0.113.7");
    expect(await clientAddress("loopback")).toBe("203.0.113.7");
    expect(await clientAddress("10.0.0.1")).toMatch(/127\.0\.0\.1$/);
  });

  it("rejects values that are not a flag, a hop count or addresses", () => {
    expect(() => loadConfig({ TRUST_PROXY: "everyone" })).toThrowError(/TRUST_PROXY/);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.1, 10.0.0.2" }).trustProxy).toEqual(["10.0.0.1", "10.0.0.2"]);
    expect(() => loadConfig({ PUBLIC_URL: "https://kyoso.example/app" })).toThrowError(/PUBLIC_URL/);
    expect(loadConfig({ PORT: "8080" }).publicUrl).toBe("http://localhost:8080");
  });
});
