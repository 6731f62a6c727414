import { describe, expect, it } from "vitest";
import { forumEditionUpdateSchema, networkPageCreateSchema } from "../src/index";

const edit = { id: "5f0c3a4e-8a1b-4c3d-9e2f-1a2b3c4d5e6f", version: 1 };
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe("the public page's details of an edition", () => {
  it("takes a registration link only as an absolute http(s) address; blank clears it", () => {
    expect(
      forumEditionUpdateSchema.parse({ ...edit, registrationUrl: "https://peatix.com/event/1" }),
    ).toMatchObject({
      registrationUrl: "https://peatix.com/event/1",
    });
    expect(forumEditionUpdateSchema.parse({ ...edit, registrationUrl: "  " })).toMatchObject({
      registrationUrl: null,
    });
    for (const bad of ["javascript:alert(1)", "ftp://example.jp", "example.jp/apply", "https://"]) {
      expect(messages(forumEditionUpdateSchema.safeParse({ ...edit, registrationUrl: bad }))).toEqual([
        "申込ページのURLは https:// から始まる形で入力してください。",
      ]);
    }
  });

  it("takes times as HH:MM and refuses an end at or before the start", () => {
    expect(forumEditionUpdateSchema.parse({ ...edit, startsAt: "13:00", endsAt: "16:30" })).toMatchObject({
      startsAt: "13:00",
      endsAt: "16:30",
    });
    expect(messages(forumEditionUpdateSchema.safeParse({ ...edit, startsAt: "25:00" }))).toEqual([
      "開始時刻は「10:00」のように入力してください。",
    ]);
    expect(
      messages(forumEditionUpdateSchema.safeParse({ ...edit, startsAt: "13:00", endsAt: "13:00" })),
    ).toEqual(["終了時刻は開始時刻より後にしてください。"]);
  });

  it("checks the contact mail address's form, and blank means none", () => {
    expect(forumEditionUpdateSchema.parse({ ...edit, contactEmail: "" })).toMatchObject({
      contactEmail: null,
    });
    expect(
      messages(forumEditionUpdateSchema.safeParse({ ...edit, contactEmail: "forum at example" })),
    ).toEqual(["連絡先のメールアドレスの形式が正しくありません。"]);
  });
});

describe("a network page's address", () => {
  it("is lower-case letters, digits and hyphens, as /about/<slug>", () => {
    expect(networkPageCreateSchema.parse({ slug: "kaisai-ni-atari", title: "開催にあたり" })).toMatchObject({
      body: "",
      published: false,
    });
    for (const bad of ["Kaisai", "../admin", "-start", "開催"]) {
      expect(networkPageCreateSchema.safeParse({ slug: bad, title: "x" }).success).toBe(false);
    }
  });
});
