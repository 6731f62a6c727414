import { type AgreementRole, type AgreementStatus, fiscalYear, type OrganizationType } from "@kyoso/domain";
import type { DemoClock } from "./demo-clock";

// Organizations, co-host talks and a hearing for the demo, in the spirit of the seed page: SAITAMA2026 is
// co-hosted with the prefecture's 難病相談支援センター (4.17, 4.23); the 首都圏 talks began at the 10.29 meeting.

export interface DemoOrganization {
  name: string;
  nameKana: string;
  type: OrganizationType;
  prefectureCode: string;
  contact?: { name: string; title: string };
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    name: "埼玉県難病相談支援センター",
    nameKana: "サイタマケンナンビョウソウダンシエンセンター",
    type: "nanbyo_center",
    prefectureCode: "11",
    contact: { name: "相談員 A", title: "難病相談支援員" },
  },
  {
    name: "埼玉県 保健医療部",
    nameKana: "サイタマケンホケンイリョウブ",
    type: "municipality",
    prefectureCode: "11",
  },
  { name: "ハローワーク浦和", nameKana: "ハローワークウラワ", type: "hello_work", prefectureCode: "11" },
  {
    name: "埼玉障害者職業センター",
    nameKana: "サイタマショウガイシャショクギョウセンター",
    type: "vocational_center",
    prefectureCode: "11",
  },
  { name: "埼玉県立大学", nameKana: "サイタマケンリツダイガク", type: "university", prefectureCode: "11" },
  {
    name: "東京都難病相談・支援センター",
    nameKana: "トウキョウトナンビョウソウダンシエンセンター",
    type: "nanbyo_center",
    prefectureCode: "13",
  },
  {
    name: "東京都 保健医療局",
    nameKana: "トウキョウトホケンイリョウキョク",
    type: "municipality",
    prefectureCode: "13",
  },
  {
    name: "千葉県難病相談支援センター",
    nameKana: "チバケンナンビョウソウダンシエンセンター",
    type: "nanbyo_center",
    prefectureCode: "12",
  },
  {
    name: "神奈川県難病相談・支援センター",
    nameKana: "カナガワケンナンビョウソウダンシエンセンター",
    type: "nanbyo_center",
    prefectureCode: "14",
  },
  {
    name: "JEED 障害者職業総合センター",
    nameKana: "ジードショウガイシャショクギョウソウゴウセンター",
    type: "jeed",
    prefectureCode: "12",
  },
];

export interface DemoAgreement {
  regionSlug: string;
  year: number;
  organization: string;
  role: AgreementRole;
  /** The status path with dates; the last one is the current status. */
  history: { status: AgreementStatus; on: string; note?: string }[];
  nextStepOn?: string;
  nextStep?: string;
}

export const demoAgreements = (clock: DemoClock): DemoAgreement[] => [
  {
    regionSlug: "saitama",
    year: 2026,
    organization: "埼玉県難病相談支援センター",
    role: "cohost",
    history: [
      { status: "proposed", on: "2025-04-17", note: "共催のご相談" },
      { status: "negotiating", on: "2025-04-22", note: "地域の支援機関の方と打ち合わせ" },
      { status: "agreed", on: "2025-06-20" },
      { status: "confirmed", on: "2025-07-15", note: "共催で正式決定" },
    ],
  },
  {
    regionSlug: "shutoken",
    year: clock.year,
    organization: "東京都難病相談・支援センター",
    role: "cohost",
    history: [
      { status: "proposed", on: "2025-10-29", note: "10.29 の会議で説明" },
      { status: "negotiating", on: "2025-10-29" },
    ],
    // Two days overdue: the home and the overview list talks whose next step has passed.
    nextStepOn: clock.day(-2),
    nextStep: "11月の首都圏ミーティングで詳細を相談",
  },
  {
    regionSlug: "shutoken",
    year: clock.year,
    organization: "千葉県難病相談支援センター",
    role: "sponsor",
    history: [{ status: "proposed", on: "2025-10-29", note: "後援のご依頼" }],
  },
];

export const DEMO_HEARINGS = [
  {
    regionSlug: "shutoken",
    organization: "東京都難病相談・支援センター",
    heldOn: "2025-10-29",
    interviewer: "全体の実行チーム",
    respondent: "相談支援員",
    summary: "フォーラムの目的と地域の状況についてうかがいました。",
    findings: [
      { theme: "地域の必要", body: "治療と仕事の両立について、相談できる場所が地域に少ない。" },
      { theme: "連携", body: "多職種連携の目線合わせ、目的の定義から話し合う時間が必要。" },
      { theme: "制度", body: "難病は制度や法整備の議論のただなかにあり、目標が設定しにくい。" },
    ],
  },
  {
    regionSlug: "saitama",
    organization: "埼玉県難病相談支援センター",
    heldOn: "2025-04-22",
    interviewer: "全体の実行チーム",
    respondent: "難病相談支援員",
    summary: "地域の必要、状況を丁寧にうかがいました。",
    findings: [
      { theme: "地域の必要", body: "就労の相談が増えており、支援機関どうしで事例を共有したい。" },
      { theme: "雇用", body: "企業側の理解を広げる機会がほしい。" },
    ],
  },
];

export interface DemoTask {
  regionSlug: string;
  title: string;
  assigneeEmail?: string;
  status: "todo" | "doing" | "blocked" | "done";
  priority: "low" | "normal" | "high";
  dueOn?: string;
  /** The meeting (by date) that made it. */
  meetingOn?: string;
}

/** The 10.29 follow-up and SAITAMA2026's retrospective are history; the rest is due around today. */
export const demoTasks = (clock: DemoClock): DemoTask[] => [
  {
    regionSlug: "shutoken",
    title: "11月の首都圏ミーティングの日程調整",
    assigneeEmail: "shutoken@kyoso.example",
    status: "done",
    priority: "high",
    dueOn: "2025-11-07",
    meetingOn: "2025-10-29",
  },
  {
    regionSlug: "shutoken",
    title: "参加支援機関へのアンケート案を作る",
    assigneeEmail: "shutoken@kyoso.example",
    status: "doing",
    priority: "normal",
    dueOn: clock.day(2),
    meetingOn: "2025-10-29",
  },
  {
    regionSlug: "shutoken",
    title: "チラシのデザイン案",
    assigneeEmail: "probono@kyoso.example",
    status: "todo",
    priority: "normal",
    dueOn: clock.day(9),
  },
  {
    regionSlug: "shutoken",
    title: "案内文の英語版を作る",
    status: "todo",
    priority: "low",
    dueOn: clock.day(44),
  },
  {
    regionSlug: "saitama",
    title: "振り返りアンケートの集計",
    assigneeEmail: "saitama@kyoso.example",
    status: "done",
    priority: "normal",
    dueOn: "2026-03-23",
  },
  {
    regionSlug: "saitama",
    title: `${fiscalYear(clock.today) + 1}年度の開催について難病相談支援センターと相談`,
    assigneeEmail: "saitama@kyoso.example",
    status: "todo",
    priority: "normal",
    dueOn: clock.day(-12),
  },
];
