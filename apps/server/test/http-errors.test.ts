import http from "node:http";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES } from "../src/http-errors";
import { listen, PortInUseError } from "../src/server";
import { startTestServer, type TestServer } from "./test-server";

let server: TestServer;
const previousNodeEnv = process.env.NODE_ENV;

beforeAll(async () => {
  // Express shows stack traces on its error pages in development: ours must not, whatever NODE_ENV says.
  process.env.NODE_ENV = "development";
  server = await startTestServer("http-errors");
});
afterAll(async () => {
  process.env.NODE_ENV = previousNodeEnv;
  await server?.close();
});

/** Nothing of the server's insides: no stack frames, no file paths, no module names. */
function expectNoInsides(text: string): void {
  expect(text).not.toMatch(/\bat .+\(|node_modules|\/work\/|\.ts:\d+|\.js:\d+|Error:/);
}

interface RawReply {
  status: number;
  body: string;
}

/** A request whose body is written in `chunks` (declared `contentLength` or chunked), read until the answer. */
function rawPost(url: string, headers: Record<string, string | number>, chunks: number, chunkSize: number) {
  return new Promise<RawReply>((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => {
        body += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The server may close the connection while we still write: the answer is what counts.
    req.on("error", (error) => (req.writableEnded ? undefined : reject(error)));
    const chunk = Buffer.alloc(chunkSize, "a");
    let written = 0;
    const writeMore = () => {
      while (written < chunks) {
        written++;
        if (req.destroyed) return;
        if (!req.write(chunk)) {
          req.once("drain", writeMore);
          return;
        }
      }
      req.end();
    };
    writeMore();
  });
}

describe("error answers", () => {
  it("answers a malformed JSON body with a plain Japanese 400, no stack trace", async () => {
    const res = await fetch(`${server.url}/trpc/auth.signIn`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"email": "a@b.c", "password":',
    });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(JSON.parse(text).error.message).toBe("リクエストの形式が正しくありません。");
    expectNoInsides(text);
  });

  it("answers a malformed URI with a plain Japanese 400 for pages and API routes alike", async () => {
    for (const target of ["/%E0%A4%A", "/forums/%E0%A4%A/2026", "/feeds/ical/%E0%A4%A/mine.ics"]) {
      const res = await fetch(`${server.url}${target}`, { headers: { accept: "text/html" } });
      const text = await res.text();
      expect(res.status, target).toBe(400);
      expect(text).toBe("リクエストの形式が正しくありません。");
      expectNoInsides(text);
    }
  });

  it("answers an unknown route with a Japanese 404", async () => {
    const res = await fetch(`${server.url}/no-such-thing`, { method: "POST" });
    const text = await res.text();
    expect(res.status).toBe(404);
    expect(text).toBe("ページが見つかりません。");
  });
});

describe("request body limit", () => {
  it(`refuses a body declared larger than ${BODY_LIMIT_BYTES / 1024 / 1024} MB with 413 before reading it`, async () => {
    const reply = await rawPost(
      `${server.url}/trpc/auth.signIn`,
      { "content-type": "application/json", "content-length": 200 * 1024 * 1024 },
      4,
      64 * 1024,
    );
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toMatch(/大きすぎます/);
  });

  it("stops reading a chunked body once it passes the limit, with 413", async () => {
    const chunk = 1024 * 1024;
    const reply = await rawPost(
      `${server.url}/trpc/auth.signIn`,
      { "content-type": "application/json", "transfer-encoding": "chunked" },
      BODY_LIMIT_BYTES / chunk + 4,
      chunk,
    );
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toMatch(/大きすぎます/);
    // The server is still there for the next request.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe("listening", () => {
  it("says the port is taken, in Japanese and English, instead of failing on a missing address", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const error = await listen(http.createServer(), port, "127.0.0.1").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PortInUseError);
      expect((error as Error).message).toContain(`ポート ${port} はすでに他のプログラムが使っています`);
      expect((error as Error).message).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });
});
