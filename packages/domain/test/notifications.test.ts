import { describe, expect, it } from "vitest";
import {
  describeNotification,
  digestMail,
  emailSendAt,
  type NotificationPayload,
  notificationMail,
  notificationPreferencesSchema,
} from "../src/index";

// Japan is UTC+9 all year: 21:00 in Tokyo is 12:00 UTC, 08:00 in Tokyo is 23:00 UTC the day before.
const tokyo = (iso: string) => new Date(`${iso}+09:00`);

describe("quiet time (21:00–08:00 Tokyo)", () => {
  const at = (time: string) => emailSendAt(tokyo(time), "21:00", "08:00");

  it("lets a mail go at 20:59 and holds one made at 21:00 until 08:00 the next morning", () => {
    expect(at("2026-12-02T20:59:00")).toEqual(tokyo("2026-12-02T20:59:00"));
    expect(at("2026-12-02T21:00:00")).toEqual(tokyo("2026-12-03T08:00:00"));
  });

  it("holds one made at 07:59 until 08:00 the same morning, and lets one at 08:00 go", () => {
    expect(at("2026-12-03T07:59:00")).toEqual(tokyo("2026-12-03T08:00:00"));
    expect(at("2026-12-03T08:00:00")).toEqual(tokyo("2026-12-03T08:00:00"));
  });

  it("holds one made just after midnight until 08:00 that day", () => {
    expect(at("2026-12-03T00:10:00")).toEqual(tokyo("2026-12-03T08:00:00"));
  });

  it("works for a quiet time within one day (12:00–13:00) and holds nothing without one", () => {
    expect(emailSendAt(tokyo("2026-12-02T12:30:00"), "12:00", "13:00")).toEqual(tokyo("2026-12-02T13:00:00"));
    expect(emailSendAt(tokyo("2026-12-02T13:00:00"), "12:00", "13:00")).toEqual(tokyo("2026-12-02T13:00:00"));
    expect(emailSendAt(tokyo("2026-12-02T23:00:00"), null, null)).toEqual(tokyo("2026-12-02T23:00:00"));
  });
});

const meeting: NotificationPayload = {
  title: "第3回実行委員会",
  regionNameJa: "埼玉県",
  regionNameEn: "Saitama",
  date: "2026-12-05",
  startTime: "14:00",
  place: "さいたま市民会館",
  online: true,
  path: "/regions/saitama/meetings/m1",
};

describe("messages", () => {
  it("say in Japanese what, when (the Japanese date), where and in which region", () => {
    expect(describeNotification("meeting_soon", meeting, "ja")).toEqual({
      title: "会議「第3回実行委員会」が近づいています",
      detail: "日時：2026年12月5日(土) 14:00　場所：さいたま市民会館／オンライン　埼玉県",
    });
  });

  it("say the same in English for those who chose it", () => {
    expect(describeNotification("meeting_soon", meeting, "en")).toEqual({
      title: 'The meeting "第3回実行委員会" is coming up',
      detail: "When: Sat, Dec 5, 2026 14:00 · Place: さいたま市民会館 / online · Saitama",
    });
  });

  it("use a milestone's English name in English", () => {
    const payload = {
      ...meeting,
      title: "会場確保",
      titleEn: "Venue booked",
      startTime: null,
      place: null,
      online: false,
    };
    expect(describeNotification("milestone_late", payload, "en").title).toBe(
      'The milestone "Venue booked" is late',
    );
  });

  it("put the absolute link on PUBLIC_URL into the mail", () => {
    const mail = notificationMail("meeting_today", meeting, "ja", "https://kyoso.example.jp");
    expect(mail.subject).toBe("[Kyoso] 今日は会議「第3回実行委員会」の日です");
    expect(mail.text).toContain("https://kyoso.example.jp/regions/saitama/meetings/m1");
    expect(mail.text).toContain("2026年12月5日(土)");
  });

  it("gather a day's digest into one mail with one link per item", () => {
    const mail = digestMail(
      [
        { kind: "meeting_soon", payload: meeting },
        { kind: "survey_answers", payload: { ...meeting, title: "参加者アンケート", count: 4, path: "/s" } },
      ],
      "ja",
      "https://kyoso.example.jp",
      "2026-12-03",
    );
    expect(mail.subject).toBe("[Kyoso] 2026年12月3日(木)のお知らせ（2件）");
    expect(mail.text).toContain("アンケート「参加者アンケート」に4件の回答がありました");
    expect(mail.text).toContain("https://kyoso.example.jp/s");
  });
});

describe("preferences", () => {
  const valid = {
    version: 0,
    language: "ja",
    quietFrom: "21:00",
    quietUntil: "08:00",
    channels: {
      task_assigned: "email",
      task_due: "email",
      meeting: "digest",
      milestone: "app",
      minutes_missing: "off",
      cohost_next_step: "app",
      survey_answers: "digest",
    },
  };

  it("accept a full choice and a choice without quiet time", () => {
    expect(notificationPreferencesSchema.safeParse(valid).success).toBe(true);
    expect(
      notificationPreferencesSchema.safeParse({ ...valid, quietFrom: null, quietUntil: null }).success,
    ).toBe(true);
  });

  it("refuse a quiet time with only one end, equal ends, or a time like 24:00", () => {
    expect(notificationPreferencesSchema.safeParse({ ...valid, quietUntil: null }).success).toBe(false);
    expect(notificationPreferencesSchema.safeParse({ ...valid, quietUntil: "21:00" }).success).toBe(false);
    expect(notificationPreferencesSchema.safeParse({ ...valid, quietFrom: "24:00" }).success).toBe(false);
  });
});
