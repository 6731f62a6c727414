import { addDays, type Stage } from "@kyoso/domain";
import { type DemoClock, yearOf } from "./demo-clock";

// Demo data drawn from the organizers' own page (shared/seed/forum-site.txt). Its dated entries
// (4.17, 4.23, 10.29, 1/27) are history and keep their dates: the 首都圏 forum "next year" was 2026, so 10.29
// is 2025. What is under way now (the forums being prepared, the latest meetings) is counted from the day
// the demo is loaded (demo-clock.ts).

export interface DemoRegion {
  slug: string;
  nameJa: string;
  nameEn: string;
  kind: "prefecture" | "area";
  prefectureCodes: string[];
  editions: DemoEdition[];
  meetings?: DemoMeeting[];
  notes?: DemoNote[];
}

export interface DemoEdition {
  year: number;
  title: string;
  stage: Stage;
  heldOn?: string;
  venueCapacity?: number;
  venueRegistrations?: number;
  onlineRegistrations?: number;
  venueFullFrom?: string;
  sessions?: { kind: "keynote" | "panel"; title: string; subtitle?: string; speakers: DemoSpeaker[] }[];
  /** Milestones marked done (template key and day): what the edition has visibly got through. */
  milestonesDone?: { key: string; on: string }[];
}

interface DemoSpeaker {
  name: string;
  affiliation: string;
  title?: string;
}

export interface DemoMeeting {
  kind: "briefing" | "planning" | "committee";
  heldOn: string;
  title: string;
  place: string;
  summary: string;
  nextMeeting?: { date: string; precision: "day" | "month" };
}

export interface DemoNote {
  occurredOn: string;
  kind: "note" | "announcement" | "edition";
  title: string;
  body?: string;
  isPublic: boolean;
}

const forumTitle = (area: string, year: number) =>
  `難病・慢性疾患就労支援ネットワークフォーラム${area}${year}`;

export const demoRegions = (clock: DemoClock): DemoRegion[] => [
  {
    slug: "saitama",
    nameJa: "埼玉県",
    nameEn: "Saitama",
    kind: "prefecture",
    prefectureCodes: ["11"],
    editions: [
      {
        year: 2026,
        title: forumTitle("SAITAMA", 2026),
        stage: "held",
        heldOn: "2026-02-21",
        venueCapacity: 80,
        venueRegistrations: 80,
        onlineRegistrations: 112,
        venueFullFrom: "2026-01-27",
        // Held, so every step up to the forum itself is done; the co-host was confirmed on 7/15 (demo-records).
        // 振り返り stays open: the stage is still 開催済.
        milestonesDone: [
          { key: "cohost_decided", on: "2025-07-15" },
          { key: "venue_booked", on: "2025-09-24" },
          { key: "keynote_fixed", on: "2025-11-21" },
          { key: "flyer_out", on: "2025-12-19" },
          { key: "registration_open", on: "2025-12-23" },
          { key: "survey_ready", on: "2026-01-20" },
          { key: "forum", on: "2026-02-21" },
        ],
        sessions: [
          {
            kind: "keynote",
            title: "難病者の就労を実現する3つのプレイヤー",
            speakers: [{ name: "朝日雅也", affiliation: "埼玉県立大学", title: "名誉教授" }],
          },
          {
            kind: "keynote",
            title: "難病患者の就労支援についての現状と課題",
            subtitle: "難病患者の就労困難性に関する調査研究より",
            speakers: [{ name: "大竹祐貴", affiliation: "JEED 障害者職業総合センター" }],
          },
        ],
      },
    ],
    meetings: [
      {
        kind: "planning",
        heldOn: "2025-04-22",
        title: "地域の支援機関・難病相談支援センターとの打ち合わせ",
        place: "埼玉県難病相談支援センター",
        summary:
          "共同開催くださる難病相談支援センターの皆さま、地域の支援機関の方と打ち合わせ。地域の必要、状況をうかがいながら、地域の実情を加味したフォーラムの形を相談。",
      },
    ],
    notes: [
      {
        occurredOn: "2025-04-17",
        kind: "note",
        title: "難病相談支援センターとの共催となる都道府県が今回含まれています",
        body: "地域の意向、状況なども、フォーラム開催に反映できればと思います。お気軽にご相談いただければと思います。",
        isPublic: true,
      },
      {
        occurredOn: "2025-04-23",
        kind: "note",
        title: "地域の支援機関・難病相談支援センターと打ち合わせ",
        body: "2025年は、全国、2都道府県での開催が決まっております。また、2026年の打ち合わせなども始まっています。昨日は、地域の支援機関の方、共同開催くださる難病相談支援センターの皆さまと打ち合わせ。地域の必要、状況を丁寧にうかがいながら、地域の必要、実情を加味した地域のフォーラム開催を目指します。",
        isPublic: true,
      },
      {
        occurredOn: "2026-01-27",
        kind: "announcement",
        title: "基調講演のテーマが決まりました",
        body: "「難病者の就労を実現する3つのプレイヤー」埼玉県立大学名誉教授 朝日雅也先生／「難病患者の就労支援についての現状と課題 ~難病患者の就労困難性に関する調査研究より~」JEED 障害者職業総合センター 大竹祐貴様",
        isPublic: true,
      },
      {
        occurredOn: "2026-01-27",
        kind: "announcement",
        title: "当日会場参加枠は、定員となりました",
        body: "2月21日(土)開催のフォーラム、会場の定員が満席となりました。1月27日からは、オンラインでのご参加のみ、受付となります。",
        isPublic: true,
      },
      {
        occurredOn: "2026-02-21",
        kind: "edition",
        title: "SAITAMA2026 開催",
        body: "会場とオンラインで開催しました。",
        isPublic: true,
      },
    ],
  },
  {
    slug: "shutoken",
    nameJa: "首都圏",
    nameEn: "Greater Tokyo",
    kind: "area",
    prefectureCodes: ["11", "12", "13", "14"],
    // The forum the 10.29 talks began, still being coordinated this year: named after the year the demo is
    // loaded in, so a short date typed today lies within its preparation.
    editions: [
      {
        year: clock.year,
        title: `首都圏 難病・慢性疾患就労支援ネットワークフォーラム${clock.year}`,
        stage: "coordinating",
      },
    ],
    meetings: [
      {
        kind: "briefing",
        heldOn: "2025-10-29",
        title: "共催自治体での会議に参加・説明と打ち合わせ",
        place: "共催自治体の会議室",
        summary:
          "来年開催予定のフォーラムについて、地域支援機関、自治体の方々に説明。その後、詳細について、参加支援機関の皆さま、共催の自治体職員、難病相談支援センターの皆さまと打ち合わせ。参加支援機関の皆さまへのヒアリングやアンケートなどを実施。",
        nextMeeting: { date: "2025-11-01", precision: "month" },
      },
      {
        kind: "committee",
        heldOn: clock.day(-16),
        title: "首都圏 実行委員会（会場とプログラムの検討）",
        place: "オンライン",
        summary:
          "会場候補と基調講演のテーマを検討。支援機関向けアンケートの途中経過を共有し、次回までにチラシの案をまとめることにした。",
        nextMeeting: { date: clock.day(15), precision: "day" },
      },
    ],
    notes: [
      {
        occurredOn: "2025-10-29",
        kind: "note",
        title: "多職種連携の目線合わせから準備に取り組みます",
        body: "制度や法整備の議論のただなかにある難病のフォーラム開催にあたっては、多職種連携の目線合わせ、目的などから定義していく必要があり、地域の方との話し合いなどにも時間をかけて、準備に取り組みます。",
        isPublic: true,
      },
    ],
  },
  osaka(clock),
  ...(
    [
      ["hokkaido", "北海道", "Hokkaido", "01", "HOKKAIDO", "concept"],
      ["miyagi", "宮城県", "Miyagi", "04", "MIYAGI", "approach"],
      ["aichi", "愛知県", "Aichi", "23", "AICHI", "coordinating"],
      ["hiroshima", "広島県", "Hiroshima", "34", "HIROSHIMA", "concept"],
      ["kochi", "高知県", "Kochi", "39", "KOCHI", "postponed"],
      ["fukuoka", "福岡県", "Fukuoka", "40", "FUKUOKA", "decided"],
    ] as const
  ).map(([slug, nameJa, nameEn, code, label, stage]): DemoRegion => {
    // FUKUOKA is decided for a Saturday about eleven weeks ahead: its early steps are late, the flyer is next.
    const heldOn = stage === "decided" ? clock.saturdayFrom(80) : undefined;
    const year = heldOn ? yearOf(heldOn) : clock.year + 1;
    return {
      slug,
      nameJa,
      nameEn,
      kind: "prefecture",
      prefectureCodes: [code],
      editions: [{ year, title: forumTitle(label, year), stage, ...(heldOn ? { heldOn } : {}) }],
    };
  }),
];

/**
 * OSAKA, five to six weeks before its forum with registration open: every step up to the opening done, the
 * survey due within two weeks, and a committee meeting whose next date is ahead.
 */
function osaka(clock: DemoClock): DemoRegion {
  const heldOn = clock.saturdayFrom(35);
  const year = yearOf(heldOn);
  const forumDay = (offset: number) => addDays(heldOn, offset);
  return {
    slug: "osaka",
    nameJa: "大阪府",
    nameEn: "Osaka",
    kind: "prefecture",
    prefectureCodes: ["27"],
    editions: [
      {
        year,
        title: forumTitle("OSAKA", year),
        stage: "accepting",
        heldOn,
        venueCapacity: 120,
        venueRegistrations: 64,
        onlineRegistrations: 38,
        milestonesDone: [
          { key: "cohost_decided", on: forumDay(-186) },
          { key: "venue_booked", on: forumDay(-152) },
          { key: "keynote_fixed", on: forumDay(-95) },
          { key: "flyer_out", on: forumDay(-62) },
          { key: "registration_open", on: forumDay(-60) },
        ],
      },
    ],
    meetings: [
      {
        kind: "committee",
        heldOn: clock.day(-9),
        title: "大阪府 実行委員会（当日の運営）",
        place: "大阪府難病相談支援センター 会議室",
        summary: "受付の流れと当日の役割分担を確認。参加者アンケートの設問案を次回までに用意する。",
        nextMeeting: { date: clock.day(5), precision: "day" },
      },
    ],
  };
}
