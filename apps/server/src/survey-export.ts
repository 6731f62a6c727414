import { pipeline } from "node:stream/promises";
import { exportFileName, surveyCsvStream } from "@kyoso/api";
import { type DatabaseHandle, findSurvey } from "@kyoso/db";
import { can } from "@kyoso/domain";
import type { Request, Response } from "express";
import type { Logger } from "pino";
import { z } from "zod";
import { sessionFromRequest } from "./session-cookie";

const surveyId = z.uuid();

/**
 * GET /exports/surveys/:id/answers.csv — every response as CSV for Excel, streamed. Only for people who may
 * read the survey's region (answers may mention diseases); a plain link, so it downloads in any browser.
 */
export function surveyExportHandler(database: DatabaseHandle, log: Logger, publicUrl: string) {
  return async (req: Request, res: Response): Promise<void> => {
    const session = await sessionFromRequest(database.db, req, res, new Date(), publicUrl);
    res.set("Cache-Control", "no-store");
    if (!session.actor) {
      res.status(401).type("text/plain; charset=utf-8").send("サインインしてください。");
      return;
    }
    const id = surveyId.safeParse(req.params.id);
    const survey = id.success ? await findSurvey(database.db, id.data) : undefined;
    if (!survey) {
      res.status(404).type("text/plain; charset=utf-8").send("指定されたアンケートが見つかりません。");
      return;
    }
    if (!can(session.actor, "region.read", { regionId: survey.regionId })) {
      res.status(403).type("text/plain; charset=utf-8").send("この操作を行う権限がありません。");
      return;
    }
    const fileName = exportFileName(survey);
    res.set({
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(`${survey.title}.csv`)}`,
    });
    try {
      await pipeline(surveyCsvStream(database.db, survey), res);
    } catch (error) {
      // Headers are gone by now: all that can be done is to cut the download short and log why.
      log.error({ err: error, surveyId: survey.id }, "survey export failed");
      res.destroy();
    }
  };
}
