import { createHash, randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient } from "./http-client";
import { startTestServer, type TestServer } from "./test-server";

// File attachments over HTTP: uploaded, listed, downloaded by those who may read the record and refused to
// others, checked by content and size, gone with their record. On PGlite, or on a scratch PostgreSQL database
// when DATABASE_URL is set.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer("files", { onPostgres: true });
});
afterAll(async () => {
  await server?.close();
});

type Client = ReturnType<typeof httpClient> & { cookie: string };

async function signedIn(email: string): Promise<Client> {
  const res = await fetch(`${server.url}/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "kyoso-demo-2026" }),
  });
  const cookie = res.headers.getSetCookie()[0]?.split(";")[0] ?? "";
  const client = httpClient(server);
  await client.signIn(email);
  return Object.assign(client, { cookie });
}

const pdf = (body: Buffer | string = "demo") =>
  Buffer.concat([Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), Buffer.from(body), Buffer.from("\n%%EOF\n")]);

function upload(client: Client | null, recordType: string, recordId: string, name: string, body: Uint8Array) {
  return fetch(`${server.url}/files/${recordType}/${recordId}?name=${encodeURIComponent(name)}`, {
    method: "POST",
    headers: {
      "content-type": "application/octet-stream",
      origin: server.url,
      ...(client ? { cookie: client.cookie } : {}),
    },
    body,
  });
}

const download = (client: Client | null, id: string) =>
  fetch(`${server.url}/files/${id}`, { headers: client ? { cookie: client.cookie } : {} });

async function firstMeeting(client: Client, slug: string) {
  const page = (await client.query("meeting.forRegion", { slug })).body.result?.data as {
    rows: { id: string }[];
  };
  const id = page.rows[0]?.id ?? "";
  const meeting = (await client.query("meeting.byId", { id })).body.result?.data as { version: number };
  return { id, version: meeting.version };
}

let saitama: Client;
let shutoken: Client;
let partner: Client;
beforeAll(async () => {
  saitama = await signedIn("saitama@kyoso.example");
  shutoken = await signedIn("shutoken@kyoso.example");
  partner = await signedIn("partner@kyoso.example");
});

describe("a meeting's attachment", () => {
  it("is uploaded, listed and downloaded byte for byte by a member of the region", async () => {
    const meeting = await firstMeeting(saitama, "saitama");
    const bytes = pdf("配布資料");
    const res = await upload(saitama, "meeting", meeting.id, "配布資料 第1回.pdf", bytes);
    expect(res.status).toBe(201);
    const stored = (await res.json()) as { id: string; contentType: string; sizeBytes: number };
    expect(stored).toMatchObject({ contentType: "application/pdf", sizeBytes: bytes.length });

    const list = (await saitama.query("file.meetingFiles", { meetingId: meeting.id })).body.result?.data as {
      id: string;
      name: string;
      uploadedByName: string;
    }[];
    expect(list.map((f) => f.name)).toContain("配布資料 第1回.pdf");
    expect(list.find((f) => f.id === stored.id)?.uploadedByName).toBeTruthy();

    const got = await download(saitama, stored.id);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("application/pdf");
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    expect(got.headers.get("content-disposition")).toBe(
      `attachment; filename="file.pdf"; filename*=UTF-8''${encodeURIComponent("配布資料 第1回.pdf")}`,
    );
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("is refused to another region's member, a partner and anyone signed out, upload and download alike", async () => {
    const meeting = await firstMeeting(saitama, "saitama");
    const res = await upload(saitama, "meeting", meeting.id, "memo.pdf", pdf());
    const { id } = (await res.json()) as { id: string };
    for (const other of [shutoken, partner]) {
      expect((await download(other, id)).status).toBe(404);
      expect((await upload(other, "meeting", meeting.id, "x.pdf", pdf())).status).toBe(404);
      expect((await other.query("file.meetingFiles", { meetingId: meeting.id })).status).toBe(403);
    }
    expect((await download(null, id)).status).toBe(401);
    expect((await upload(null, "meeting", meeting.id, "x.pdf", pdf())).status).toBe(401);
  });

  it("refuses content of a type not on the list, whatever its name says, with a Japanese message", async () => {
    const meeting = await firstMeeting(saitama, "saitama");
    const html = Buffer.from("<html><script>alert(1)</script></html>");
    const res = await upload(saitama, "meeting", meeting.id, "flyer.pdf", html);
    expect(res.status).toBe(415);
    expect(await res.text()).toContain("この形式");
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(4096)]);
    expect((await upload(saitama, "meeting", meeting.id, "notes.txt", elf)).status).toBe(415);
  });

  it("takes Office documents and plain CSV by their content", async () => {
    const meeting = await firstMeeting(saitama, "saitama");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("名簿").addRow(["団体名", "担当"]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(saitama, "meeting", meeting.id, "名簿.xlsx", xlsx);
    expect(res.status).toBe(201);
    expect(((await res.json()) as { contentType: string }).contentType).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const csv = await upload(
      saitama,
      "meeting",
      meeting.id,
      "参加者.csv",
      Buffer.from("名前,所属\n山田,埼玉\n"),
    );
    expect(csv.status).toBe(201);
  });

  it("refuses a file over 20 MB with 413, declared or streamed, and keeps nothing of it", async () => {
    const meeting = await firstMeeting(saitama, "saitama");
    const before = (await saitama.query("file.meetingFiles", { meetingId: meeting.id })).body.result
      ?.data as unknown[];
    const big = pdf(Buffer.alloc(20 * 1024 * 1024 + 1, 0x20));
    const res = await upload(saitama, "meeting", meeting.id, "big.pdf", big);
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("20MB");
    // Without a declared length (chunked), counted as it streams in.
    const chunked = await fetch(`${server.url}/files/meeting/${meeting.id}?name=big.pdf`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream", origin: server.url, cookie: saitama.cookie },
      body: new Blob([big]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    const after = (await saitama.query("file.meetingFiles", { meetingId: meeting.id })).body.result
      ?.data as unknown[];
    expect(after.length).toBe(before.length);
  });

  it("streams a 15 MB upload in and out intact", async () => {
    const meeting = await firstMeeting(saitama, "saitama");
    const bytes = pdf(randomBytes(15 * 1024 * 1024));
    const res = await upload(saitama, "meeting", meeting.id, "scan.pdf", bytes);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const got = await download(saitama, id);
    expect(got.headers.get("content-length")).toBe(String(bytes.length));
    const digest = createHash("sha256")
      .update(Buffer.from(await got.arrayBuffer()))
      .digest("hex");
    expect(digest).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("is deleted (softly, audited) through the router, then no longer served", async () => {
    const meeting = await firstMeeting(saitama, "saitama");
    const res = await upload(saitama, "meeting", meeting.id, "draft.pdf", pdf());
    const { id } = (await res.json()) as { id: string };
    expect((await shutoken.mutate("file.deleteMeetingFile", { meetingId: meeting.id, id })).status).toBe(403);
    expect((await saitama.mutate("file.deleteMeetingFile", { meetingId: meeting.id, id })).status).toBe(200);
    expect((await download(saitama, id)).status).toBe(404);
  });
  it("leaves the lists and can no longer be downloaded once its meeting is deleted", async () => {
    const meeting = await firstMeeting(saitama, "saitama");
    const res = await upload(saitama, "meeting", meeting.id, "gone.pdf", pdf());
    const { id } = (await res.json()) as { id: string };
    const fresh = await firstMeeting(saitama, "saitama");
    const deleted = await saitama.mutate("meeting.delete", { id: fresh.id, version: fresh.version });
    expect(deleted.status).toBe(200);
    expect((await download(saitama, id)).status).toBe(404);
    const list = (await saitama.query("file.meetingFiles", { meetingId: meeting.id })).body.result?.data;
    expect(list).toEqual([]);
  });
});

describe("a forum edition's attachment", () => {
  it("is read by the forum's partner, and offered publicly only once marked as the flyer", async () => {
    const summary = (await saitama.query("region.summary", { slug: "saitama" })).body.result?.data as {
      editions: { id: string; year: number }[];
    };
    const partnerMe = (await partner.query("auth.me")).body.result?.data as {
      user: { partnerEditionId: string };
    };
    const editionId =
      partnerMe?.user?.partnerEditionId ??
      summary.editions.find((e) => e.year === 2026)?.id ??
      summary.editions[0]?.id ??
      "";
    const bytes = pdf("チラシ");
    const res = await upload(saitama, "forum_edition", editionId, "チラシ.pdf", bytes);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const got = await download(partner, id);
    expect(got.status).toBe(200);
    expect((await download(shutoken, id)).status).toBe(404);
    // Not public until marked.
    expect((await fetch(`${server.url}/public-files/${id}`)).status).toBe(404);
    const marked = await saitama.mutate("file.setEditionFlyer", { editionId, id, publicFlyer: true });
    expect(marked.status).toBe(200);
    const pub = await fetch(`${server.url}/public-files/${id}`);
    expect(pub.status).toBe(200);
    expect(Buffer.from(await pub.arrayBuffer()).equals(bytes)).toBe(true);
    // The public forum page links to it.
    const year = summary.editions.find((e) => e.id === editionId)?.year;
    const page = await (await fetch(`${server.url}/forums/saitama/${year}`)).text();
    expect(page).toContain(`<a href="/public-files/${id}" download="チラシ.pdf">チラシをダウンロード</a>`);
    expect((await partner.mutate("file.setEditionFlyer", { editionId, id, publicFlyer: false })).status).toBe(
      403,
    );
  });
});
