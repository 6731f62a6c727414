import type { Readable } from "node:stream";
import { type DB, listOrganizations, listTasks, type MeetingCursor, meetingSheetBatch } from "@kyoso/db";
import {
  type Actor,
  type MeetingKind,
  ORGANIZATION_TYPE_LABELS_JA,
  type TaskListInput,
  type TaskPriority,
  type TaskStatus,
  taskVisibility,
} from "@kyoso/domain";
import { dateCell, type SheetCell, type SheetColumn, xlsxStream } from "../spreadsheets";

// A region's meetings and organizations, and the task table, as Excel sheets, for partners and 自治体 who keep their own
// lists. The caller has checked who may read what; these only shape rows, a batch at a time.

const BATCH = 1000;

const MEETING_KIND_LABELS_JA: Record<MeetingKind, string> = {
  briefing: "説明会",
  planning: "打ち合わせ",
  committee: "実行委員会",
  other: "その他",
};
const TASK_STATUS_LABELS_JA: Record<TaskStatus, string> = {
  todo: "未着手",
  doing: "進行中",
  blocked: "保留",
  done: "完了",
};
const TASK_PRIORITY_LABELS_JA: Record<TaskPriority, string> = { low: "低", normal: "中", high: "高" };

const MEETING_COLUMNS: SheetColumn[] = [
  { header: "開催日", width: 12, format: "date" },
  { header: "開始", width: 8 },
  { header: "終了", width: 8 },
  { header: "種類", width: 12 },
  { header: "会議名", width: 40 },
  { header: "場所", width: 24 },
  { header: "オンライン", width: 10 },
  { header: "出席者", width: 40 },
  { header: "参加団体", width: 40 },
  { header: "決まったこと", width: 60 },
];

async function* meetingBatches(db: DB, regionId: string): AsyncGenerator<SheetCell[][]> {
  let cursor: MeetingCursor | null = null;
  for (;;) {
    const rows = await meetingSheetBatch(db, regionId, cursor, BATCH);
    if (rows.length === 0) return;
    yield rows.map((m) => [
      dateCell(m.heldOn),
      m.startTime,
      m.endTime,
      MEETING_KIND_LABELS_JA[m.kind] ?? m.kind,
      m.title,
      m.place,
      m.online ? "あり" : null,
      m.attendees,
      m.organizations,
      m.decisions,
    ]);
    const last = rows[rows.length - 1];
    if (!last || rows.length < BATCH) return;
    cursor = { heldOn: last.heldOn, id: last.id };
  }
}

/** A region's meetings, newest first: the people who may read the region see decisions too. */
export function meetingsXlsxStream(db: DB, regionId: string): Readable {
  return xlsxStream("会議", MEETING_COLUMNS, meetingBatches(db, regionId));
}

const TASK_COLUMNS: SheetColumn[] = [
  { header: "タスク", width: 40 },
  { header: "状況", width: 10 },
  { header: "優先度", width: 8 },
  { header: "期限", width: 12, format: "date" },
  { header: "担当者", width: 16 },
  { header: "地域", width: 12 },
  { header: "会議", width: 30 },
];

/** The task filters an export may take: the table's, without paging. */
export type TaskSheetFilter = Omit<TaskListInput, "page" | "pageSize">;

async function* taskBatches(db: DB, actor: Actor, filter: TaskSheetFilter): AsyncGenerator<SheetCell[][]> {
  const visibility = taskVisibility(actor);
  for (let page = 1; ; page++) {
    // Counting is not needed here: a cap of 0 makes it one row read.
    const { rows } = await listTasks(
      db,
      { ...filter, mineId: filter.mine ? actor.id : undefined, page, pageSize: BATCH },
      visibility.all ? null : visibility,
      0,
    );
    if (rows.length > 0) {
      yield rows.map((t) => [
        t.title,
        TASK_STATUS_LABELS_JA[t.status] ?? t.status,
        TASK_PRIORITY_LABELS_JA[t.priority] ?? t.priority,
        dateCell(t.dueOn),
        t.assigneeName,
        t.regionName,
        t.meetingTitle,
      ]);
    }
    if (rows.length < BATCH) return;
  }
}

/** The task table as it is filtered and sorted, every page, narrowed (as the table is) to what the actor sees. */
export function tasksXlsxStream(db: DB, actor: Actor, filter: TaskSheetFilter): Readable {
  return xlsxStream("タスク", TASK_COLUMNS, taskBatches(db, actor, filter));
}

async function* organizationBatches(
  db: DB,
  regionId: string,
  withNotes: boolean,
): AsyncGenerator<SheetCell[][]> {
  for (let page = 1; ; page++) {
    const { rows } = await listOrganizations(
      db,
      { regionId, sort: "name", direction: "asc", page, pageSize: BATCH },
      // The caller may see this region's summary (checked by the route); notes only when it may read it.
      { visibleRegionIds: [regionId], noteRegionIds: withNotes ? [regionId] : [] },
    );
    if (rows.length > 0) {
      yield rows.map((o) => [
        o.name,
        o.nameKana,
        ORGANIZATION_TYPE_LABELS_JA[o.type] ?? o.type,
        o.prefectureName,
        ...(withNotes ? [o.note] : []),
      ]);
    }
    if (rows.length < BATCH) return;
  }
}

/**
 * The organizations in the prefectures a region covers. Notes (who said what at a visit) only with
 * `withNotes`: for those who may read the region, as on the organization's own page.
 */
export function organizationsXlsxStream(db: DB, regionId: string, withNotes: boolean): Readable {
  const columns: SheetColumn[] = [
    { header: "団体名", width: 36 },
    { header: "ふりがな", width: 30 },
    { header: "種類", width: 16 },
    { header: "都道府県", width: 10 },
    ...(withNotes ? [{ header: "メモ", width: 60 }] : []),
  ];
  return xlsxStream("団体", columns, organizationBatches(db, regionId, withNotes));
}
