import { type IsoDate, parseIsoDate, todayInTokyo } from "./dates";

// Registration counts from a registration service's CSV export: one row per registration, with at least the
// date it arrived and how the person takes part (会場 or オンライン). Pure: the API decodes the file and writes.

export type ParticipationType = "venue" | "online";

export interface RegistrationRow {
  /** The line in the file (the header is line 1). */
  line: number;
  date: IsoDate;
  type: ParticipationType;
}

export interface RegistrationRejection {
  line: number;
  reasons: string[];
}

export interface RegistrationImport {
  registrations: RegistrationRow[];
  rejected: RegistrationRejection[];
  /** Rows marked as cancelled: read, and not counted. */
  cancelled: number;
  missingColumns: string[];
}

const HEADER_ALIASES = {
  date: [
    "申込日",
    "申込日時",
    "申し込み日",
    "申し込み日時",
    "申込み日",
    "申込み日時",
    "登録日",
    "登録日時",
    "受付日",
    "受付日時",
    "購入日",
    "購入日時",
    "日付",
    "date",
    "registered_at",
    "created_at",
  ],
  type: [
    "参加形態",
    "参加方法",
    "参加区分",
    "参加種別",
    "参加形式",
    "参加タイプ",
    "チケット",
    "チケット名",
    "チケット種別",
    "区分",
    "type",
    "participation",
    "ticket",
  ],
  status: ["ステータス", "状態", "申込状況", "申込ステータス", "status"],
} as const;

const fold = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase();

function participationFrom(text: string): ParticipationType | undefined {
  const value = fold(text);
  if (!value) return undefined;
  const online = /オンライン|online|web|zoom|配信|リモート/.test(value);
  const venue = /会場|来場|現地|対面|venue|onsite|on-site/.test(value);
  if (online === venue) return undefined;
  return online ? "online" : "venue";
}

const DATE_AT_START = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The calendar date in Japan a cell names: 2026/1/27, 2026-01-27 10:23, 2026年1月27日, or an ISO timestamp with
 * a zone (converted to Japan time, so a registration at 2026-01-26T16:00Z counts on the 27th).
 */
export function registrationDate(text: string): IsoDate | undefined {
  const value = text.normalize("NFKC").trim();
  if (WITH_ZONE.test(value)) {
    const at = new Date(value);
    return Number.isNaN(at.getTime()) ? undefined : todayInTokyo(at);
  }
  const m = DATE_AT_START.exec(value);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]?.padStart(2, "0")}-${m[3]?.padStart(2, "0")}`;
  return parseIsoDate(iso) ? iso : undefined;
}

const isCancelled = (text: string) => /キャンセル|取消|取り消し|cancel/.test(fold(text));

/** Reads registration rows from a CSV already split into cells; nothing here touches the database. */
export function readRegistrationImport(rows: string[][]): RegistrationImport {
  const [header = [], ...body] = rows;
  const find = (aliases: readonly string[]) =>
    header.findIndex((h) => aliases.some((a) => fold(a) === fold(h)));
  const index = {
    date: find(HEADER_ALIASES.date),
    type: find(HEADER_ALIASES.type),
    status: find(HEADER_ALIASES.status),
  };
  const missingColumns = [
    ...(index.date < 0 ? [HEADER_ALIASES.date[0]] : []),
    ...(index.type < 0 ? [HEADER_ALIASES.type[0]] : []),
  ];
  const result: RegistrationImport = { registrations: [], rejected: [], cancelled: 0, missingColumns };
  if (missingColumns.length > 0) return result;

  body.forEach((row, i) => {
    const line = i + 2;
    if (row.every((c) => c.trim() === "")) return;
    const cell = (at: number) => (at >= 0 ? (row[at] ?? "").trim() : "");
    if (isCancelled(cell(index.status))) {
      result.cancelled += 1;
      return;
    }
    const reasons: string[] = [];
    const dateText = cell(index.date);
    const typeText = cell(index.type);
    const date = registrationDate(dateText);
    const type = participationFrom(typeText);
    if (!date)
      reasons.push(dateText ? `申込日「${dateText}」を日付として読み取れません。` : "申込日がありません。");
    if (!type) {
      reasons.push(
        typeText
          ? `参加形態「${typeText}」が会場かオンラインか判別できません。`
          : "参加形態（会場／オンライン）がありません。",
      );
    }
    if (!date || !type) {
      result.rejected.push({ line, reasons });
      return;
    }
    result.registrations.push({ line, date, type });
  });
  return result;
}

export interface RegistrationCounts {
  venue: number;
  online: number;
  /** Venue registration dates, for the day the capacity was reached. */
  venueDates: IsoDate[];
}

export function countRegistrations(rows: readonly RegistrationRow[]): RegistrationCounts {
  const venueDates = rows.filter((r) => r.type === "venue").map((r) => r.date);
  return { venue: venueDates.length, online: rows.length - venueDates.length, venueDates };
}
