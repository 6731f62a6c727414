import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  meetingsXlsxStream,
  organizationsXlsxStream,
  surveySheetFileName,
  surveyXlsxStream,
  tasksXlsxStream,
} from "@kyoso/api";
import { type DatabaseHandle, findRegionById, findRegionBySlug, findSurvey } from "@kyoso/db";
import { type Actor, can, regionSlugSchema, taskListSchema } from "@kyoso/domain";
import { type Request, type Response, Router } from "express";
import type { Logger } from "pino";
import { z } from "zod";
import { sessionFromRequest } from "./session-cookie";

// Excel downloads: a survey's answers, a region's meetings and organizations, and the task table. Plain links
// (they download in any browser), each checking the session and the region the way the screens do.

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const surveyId = z.uuid();

const refuse = (res: Response, status: number, message: string) => {
  res.status(status).type("text/plain; charset=utf-8").send(message);
};
const forbidden = (res: Response) => refuse(res, 403, "この操作を行う権限がありません。");

/** The signed-in actor, or a 401 sent and null. Never cached: the sheets hold personal data. */
async function actorOf(
  database: DatabaseHandle,
  req: Request,
  res: Response,
  publicUrl: string,
): Promise<Actor | null> {
  const session = await sessionFromRequest(database.db, req, res, new Date(), publicUrl);
  res.set("Cache-Control", "no-store");
  if (!session.actor) refuse(res, 401, "サインインしてください。");
  return session.actor;
}

async function regionOf(database: DatabaseHandle, req: Request, res: Response) {
  const slug = regionSlugSchema.safeParse(req.params.slug);
  const region = slug.success ? await findRegionBySlug(database.db, slug.data) : undefined;
  if (!region) refuse(res, 404, "指定された地域が見つかりません。");
  return region;
}

/** RFC 5987 allows fewer characters than encodeURIComponent leaves as they are. */
const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Streams a workbook as a download: an ASCII file name for every client, the Japanese one for those that can. */
async function send(res: Response, log: Logger, sheet: Readable, fileName: string, title: string) {
  res.set({
    "Content-Type": XLSX_TYPE,
    "Content-Disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${rfc5987(`${title}.xlsx`)}`,
    "X-Content-Type-Options": "nosniff",
  });
  try {
    await pipeline(sheet, res);
  } catch (error) {
    // Headers are gone by now: all that can be done is to cut the download short and log why.
    log.error({ err: error, fileName }, "spreadsheet export failed");
    res.destroy();
  }
}

/** The task table's address (status=todo,doing&region=…&from=…), checked as the table's own input is. */
const taskSearchSchema = z.object({
  status: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",") : undefined)),
  region: z.string().optional(),
  assignee: z.string().optional(),
  mine: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true" || undefined),
  from: z.string().optional(),
  to: z.string().optional(),
  q: z.string().optional(),
  sort: z.string().optional(),
  dir: z.string().optional(),
});

function taskFilterOf(query: unknown) {
  const search = taskSearchSchema.safeParse(query);
  if (!search.success) return undefined;
  const s = search.data;
  const input = taskListSchema.safeParse({
    statuses: s.status,
    regionId: s.region,
    assigneeId: s.mine ? undefined : s.assignee,
    mine: s.mine,
    dueFrom: s.from,
    dueTo: s.to,
    text: s.q,
    sort: s.sort,
    direction: s.dir,
  });
  if (!input.success) return undefined;
  const { page: _page, pageSize: _pageSize, ...filter } = input.data;
  return filter;
}

export function exportRoutes(database: DatabaseHandle, log: Logger, publicUrl: string): Router {
  const router = Router();
  const { db } = database;

  router.get("/exports/surveys/:id/answers.xlsx", async (req, res) => {
    const actor = await actorOf(database, req, res, publicUrl);
    if (!actor) return;
    const id = surveyId.safeParse(req.params.id);
    const survey = id.success ? await findSurvey(db, id.data) : undefined;
    if (!survey) return refuse(res, 404, "指定されたアンケートが見つかりません。");
    // Answers may mention diseases: only for people who may read the survey's region, as the CSV.
    if (!can(actor, "region.read", { regionId: survey.regionId })) return forbidden(res);
    await send(res, log, surveyXlsxStream(db, survey), surveySheetFileName(survey), survey.title);
  });

  router.get("/exports/regions/:slug/meetings.xlsx", async (req, res) => {
    const actor = await actorOf(database, req, res, publicUrl);
    if (!actor) return;
    const region = await regionOf(database, req, res);
    if (!region) return;
    if (!can(actor, "region.read", { regionId: region.id })) return forbidden(res);
    await send(
      res,
      log,
      meetingsXlsxStream(db, region.id),
      `meetings-${region.slug}.xlsx`,
      `${region.nameJa}の会議`,
    );
  });

  router.get("/exports/regions/:slug/organizations.xlsx", async (req, res) => {
    const actor = await actorOf(database, req, res, publicUrl);
    if (!actor) return;
    const region = await regionOf(database, req, res);
    if (!region) return;
    // The list is for anyone who may see the region's summary (as the organizations page); notes only for
    // those who may read the region.
    if (!can(actor, "region.summary", { regionId: region.id })) return forbidden(res);
    const withNotes = can(actor, "region.read", { regionId: region.id });
    await send(
      res,
      log,
      organizationsXlsxStream(db, region.id, withNotes),
      `organizations-${region.slug}.xlsx`,
      `${region.nameJa}の団体`,
    );
  });

  router.get("/exports/tasks.xlsx", async (req, res) => {
    const actor = await actorOf(database, req, res, publicUrl);
    if (!actor) return;
    if (!can(actor, "task.read")) return forbidden(res);
    const filter = taskFilterOf(req.query);
    if (!filter) return refuse(res, 400, "絞り込みの条件が正しくありません。画面から開き直してください。");
    let slug = "all";
    if (filter.regionId) {
      const region = await findRegionById(db, filter.regionId);
      if (!region) return refuse(res, 404, "指定された地域が見つかりません。");
      // Naming a region one may not read is refused outright rather than answered with an empty sheet.
      if (!can(actor, "task.read", { regionId: region.id })) return forbidden(res);
      slug = region.slug;
    }
    await send(res, log, tasksXlsxStream(db, actor, filter), `tasks-${slug}.xlsx`, "タスク");
  });

  return router;
}
