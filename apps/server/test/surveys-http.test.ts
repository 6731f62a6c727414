import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient } from "./http-client";
import { startTestServer, type TestServer } from "./test-server";

// The survey endpoints over HTTP: the CSV download (limits on public answers: limits-http.test.ts).

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer("survey");
});
afterAll(async () => {
  await server?.close();
});

async function demoSurvey(slug: string) {
  const national = httpClient(server);
  await national.signIn();
  const list = (await national.query("survey.forRegion", { slug })).body.result?.data as { id: string }[];
  const id = list[0]?.id ?? "";
  const detail = (await national.query("survey.byId", { id })).body.result?.data as {
    id: string;
    publicToken: string;
    responseCount: number;
  };
  return detail;
}

const download = (id: string, cookie = "") =>
  fetch(`${server.url}/exports/surveys/${id}/answers.csv`, { headers: { cookie } });

async function cookieOf(email: string) {
  const res = await fetch(`${server.url}/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "kyoso-demo-2026" }),
  });
  return res.headers.getSetCookie()[0]?.split(";")[0] ?? "";
}

describe("survey CSV download", () => {
  it("streams every response as Excel-ready CSV to people who may read the region", async () => {
    const survey = await demoSurvey("saitama");
    const res = await download(survey.id, await cookieOf("saitama@kyoso.example"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="survey-saitama-2026-02-21\.csv"; filename\*=UTF-8''/,
    );
    expect(res.headers.get("cache-control")).toBe("no-store");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.toString("utf8").slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]?.slice(0, 4)).toEqual(["回答番号", "回答日時", "所属の種類", "参加方法"]);
    expect(rows).toHaveLength(survey.responseCount + 1);
  });

  it("refuses people without a session or without the region", async () => {
    const survey = await demoSurvey("saitama");
    expect((await download(survey.id)).status).toBe(401);
    const other = await download(survey.id, await cookieOf("shutoken@kyoso.example"));
    expect(other.status).toBe(403);
    expect(await other.text()).toBe("この操作を行う権限がありません。");
    expect((await download("not-a-uuid", await cookieOf("national@kyoso.example"))).status).toBe(404);
  });
});
