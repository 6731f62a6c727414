import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  logReads,
  meetingsXlsxStream,
  organizationsXlsxStream,
  surveySheetFileName,
  surveyXlsxStream,
  tasksXlsxStream,
} from "@kyoso/api";
import { type DatabaseHandle, findRegionById, findRegionBySlug, findSurvey } from "@kyoso/db";
import { type Actor, can, DomainError, idSchema, regionSlugSchema, taskListSchema } from "@kyoso/domain";
import { type Request, type Response, Router } from "express";
import { z } from "zod";
import { sessionFromRequest } from "./session-cookie";

// Excel downloads: a survey's answers, a region's meetings and organizations, and the task table. Plain links
// (they download in any browser), each checking the session and the region the way the screens do.

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const forbidden = () => new DomainError("FORBIDDEN", "この操作を行う権限がありません。");

/** The signed-in actor; never cached: the sheets hold personal data. Refusals go to the final error handler. */
export async function actorOf(
  database: DatabaseHandle,
  req: Request,
  res: Response,
  publicUrl: string,
): Promise<Actor> {
  const session = await sessionFromRequest(database.db, req, res, new Date(), publicUrl);
  res.set("Cache-Control", "no-store");
  if (!session.actor) throw new DomainError("UNAUTHENTICATED", "サインインしてください。");
  return session.actor;
}

async function regionOf(database: DatabaseHandle, req: Request) {
  const slug = regionSlugSchema.safeParse(req.params.slug);
  const region = slug.success ? await findRegionBySlug(database.db, slug.data) : undefined;
  if (!region) throw new DomainError("NOT_FOUND", "指定された地域が見つかりません。");
  return region;
}

/** The survey an export names, if the actor may read its answers (they may mention diseases). */
export async function readableSurvey(database: DatabaseHandle, actor: Actor, rawId: unknown) {
  const id = idSchema.safeParse(rawId);
  const survey = id.success ? await findSurvey(database.db, id.data) : undefined;
  if (!survey) throw new DomainError("NOT_FOUND", "指定されたアンケートが見つかりません。");
  if (!can(actor, "region.read", { regionId: survey.regionId })) throw forbidden();
  return survey;
}

/** An export of a survey's answers holds its free text: logged before a byte is sent. */
export async function logSurveyExport(
  database: DatabaseHandle,
  actor: Actor,
  survey: { id: string; regionId: string },
  what: "survey_export_csv" | "survey_export_xlsx",
) {
  await logReads({ db: database.db, actor, now: () => new Date() }, what, [
    { recordType: "survey", recordId: survey.id, regionId: survey.regionId },
  ]);
}

/** RFC 5987 allows fewer characters than encodeURIComponent leaves as they are. */
export const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Streams a workbook as a download: an ASCII file name for every client, the Japanese one for those that can. A
 * failure midway reaches the final error handler, which can only cut the download short and log why.
 */
async function send(res: Response, sheet: Readable, fileName: string, title: string) {
  res.set({
    "Content-Type": XLSX_TYPE,
    "Content-Disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${rfc5987(`${title}.xlsx`)}`,
    "X-Content-Type-Options": "nosniff",
  });
  await pipeline(sheet, res);
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

export function exportRoutes(database: DatabaseHandle, publicUrl: string): Router {
  const router = Router();
  const { db } = database;

  router.get("/exports/surveys/:id/answers.xlsx", async (req, res) => {
    const actor = await actorOf(database, req, res, publicUrl);
    const survey = await readableSurvey(database, actor, req.params.id);
    await logSurveyExport(database, actor, survey, "survey_export_xlsx");
    await send(res, surveyXlsxStream(db, survey), surveySheetFileName(survey), survey.title);
  });

  router.get("/exports/regions/:slug/meetings.xlsx", async (req, res) => {
    const actor = await actorOf(database, req, res, publicUrl);
    const region = await regionOf(database, req);
    if (!can(actor, "region.read", { regionId: region.id })) throw forbidden();
    await send(
      res,
      meetingsXlsxStream(db, region.id),
      `meetings-${region.slug}.xlsx`,
      `${region.nameJa}の会議`,
    );
  });

  router.get("/exports/regions/:slug/organizations.xlsx", async (req, res) => {
    const actor = await actorOf(database, req, res, publicUrl);
    const region = await regionOf(database, req);
    // The list is for anyone who may see the region's summary (as the organizations page); notes only for
    // those who may read the region.
    if (!can(actor, "region.summary", { regionId: region.id })) throw forbidden();
    const withNotes = can(actor, "region.read", { regionId: region.id });
    await send(
      res,
      organizationsXlsxStream(db, region.id, withNotes),
      `organizations-${region.slug}.xlsx`,
      `${region.nameJa}の団体`,
    );
  });

  router.get("/exports/tasks.xlsx", async (req, res) => {
    const actor = await actorOf(database, req, res, publicUrl);
    if (!can(actor, "task.read")) throw forbidden();
    const filter = taskFilterOf(req.query);
    if (!filter)
      throw new DomainError("VALIDATION", "絞り込みの条件が正しくありません。画面から開き直してください。");
    let slug = "all";
    if (filter.regionId) {
      const region = await findRegionById(db, filter.regionId);
      if (!region) throw new DomainError("NOT_FOUND", "指定された地域が見つかりません。");
      // Naming a region one may not read is refused outright rather than answered with an empty sheet.
      if (!can(actor, "task.read", { regionId: region.id })) throw forbidden();
      slug = region.slug;
    }
    await send(res, tasksXlsxStream(db, actor, filter), `tasks-${slug}.xlsx`, "タスク");
  });

  return router;
}
