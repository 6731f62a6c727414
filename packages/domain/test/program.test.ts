import { describe, expect, it } from "vitest";
import {
  assertCanPublish,
  assertRetrospectiveAllowed,
  canRecordRetrospective,
  isEditionPublic,
  isProgramPublic,
  isSameSet,
  retrospectiveSaveSchema,
  sessionCreateSchema,
  speakerLine,
} from "../src/index";

const editionId = "5f0c3a4e-8a1b-4c3d-9e2f-1a2b3c4d5e6f";
const session = { editionId, kind: "keynote", title: "難病者の就労を実現する3つのプレイヤー" };
const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("program sessions", () => {
  it("accepts a session without times and with speakers, blank optional text becoming null", () => {
    const parsed = sessionCreateSchema.parse({
      ...session,
      subtitle: "",
      speakers: [{ name: "朝日雅也", affiliation: "埼玉県立大学", title: "名誉教授" }],
    });
    expect(parsed).toMatchObject({ subtitle: null, startsAt: null, endsAt: null });
    expect(speakerLine(parsed.speakers[0] ?? { name: "", affiliation: null, title: null })).toBe(
      "埼玉県立大学 名誉教授 朝日雅也",
    );
  });

  it("refuses an end at or before the start, and an end without a start, in Japanese", () => {
    expect(
      firstMessage(sessionCreateSchema.safeParse({ ...session, startsAt: "13:30", endsAt: "13:30" })),
    ).toBe("終了時刻は開始時刻より後にしてください。");
    expect(firstMessage(sessionCreateSchema.safeParse({ ...session, endsAt: "14:00" }))).toBe(
      "終了時刻を入れるときは開始時刻も入力してください。",
    );
    expect(firstMessage(sessionCreateSchema.safeParse({ ...session, startsAt: "25:00" }))).toBe(
      "時刻は 13:30 の形式で入力してください。",
    );
    expect(sessionCreateSchema.safeParse({ ...session, startsAt: "13:30", endsAt: "14:40" }).success).toBe(
      true,
    );
  });

  it("requires a title and a speaker's name", () => {
    expect(firstMessage(sessionCreateSchema.safeParse({ ...session, title: " " }))).toBe(
      "セッションのタイトルを入力してください。",
    );
    expect(firstMessage(sessionCreateSchema.safeParse({ ...session, speakers: [{ name: "" }] }))).toBe(
      "登壇者の氏名を入力してください。",
    );
  });

  it("checks that a new order names exactly the existing records", () => {
    expect(isSameSet(["b", "a"], ["a", "b"])).toBe(true);
    expect(isSameSet(["a"], ["a", "b"])).toBe(false);
    expect(isSameSet(["a", "c"], ["a", "b"])).toBe(false);
  });
});

describe("publishing and the retrospective follow the stage", () => {
  it("lets announcements be published from 開催決定 on, not while talks go on or when postponed", () => {
    expect(() => assertCanPublish("decided")).not.toThrow();
    expect(() => assertCanPublish("held")).not.toThrow();
    expect(() => assertCanPublish("coordinating")).toThrowError(
      "フォーラムが「調整中」のため、お知らせは公開できません。「開催決定」になってから公開してください。",
    );
    expect(() => assertCanPublish("postponed")).toThrowError(/見送り/);
  });

  it("makes the page public from 開催決定 and the program from 告知, until after the forum; never when postponed", () => {
    expect([
      isEditionPublic("coordinating"),
      isEditionPublic("decided"),
      isEditionPublic("postponed"),
    ]).toEqual([false, true, false]);
    expect([
      isProgramPublic("decided"),
      isProgramPublic("announced"),
      isProgramPublic("retrospective"),
    ]).toEqual([false, true, true]);
  });

  it("records a retrospective at 開催済 or 振り返り only", () => {
    expect(canRecordRetrospective("accepting")).toBe(false);
    expect(canRecordRetrospective("held")).toBe(true);
    expect(canRecordRetrospective("retrospective")).toBe(true);
    expect(canRecordRetrospective("postponed")).toBe(false);
    expect(() => assertRetrospectiveAllowed("accepting")).toThrowError(
      "振り返りは、フォーラムが「開催済」になってから記録できます（現在は「受付中」です）。",
    );
  });

  it("accepts an https survey link and refuses anything else", () => {
    const base = { editionId, version: null };
    expect(retrospectiveSaveSchema.parse({ ...base, surveyUrl: "https://forms.example/abc" }).surveyUrl).toBe(
      "https://forms.example/abc",
    );
    expect(
      firstMessage(retrospectiveSaveSchema.safeParse({ ...base, surveyUrl: "javascript:alert(1)" })),
    ).toBe("アンケートのURLは https:// または http:// で始まる形で入力してください。");
  });
});
