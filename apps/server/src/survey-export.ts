import { pipeline } from "node:stream/promises";
import { exportFileName, surveyCsvStream } from "@kyoso/api";
import type { DatabaseHandle } from "@kyoso/db";
import type { Request, Response } from "express";
import { actorOf, logSurveyExport, readableSurvey } from "./exports";

/**
 * GET /exports/surveys/:id/answers.csv — every response as CSV for Excel, streamed. Only for people who may
 * read the survey's region (answers may mention diseases); a plain link, so it downloads in any browser.
 * Refusals and a failure midway go to the final error handler.
 */
export function surveyExportHandler(database: DatabaseHandle, publicUrl: string) {
  return async (req: Request, res: Response): Promise<void> => {
    const actor = await actorOf(database, req, res, publicUrl);
    const survey = await readableSurvey(database, actor, req.params.id);
    await logSurveyExport(database, actor, survey, "survey_export_csv");
    const fileName = exportFileName(survey);
    res.set({
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(`${survey.title}.csv`)}`,
    });
    await pipeline(surveyCsvStream(database.db, survey), res);
  };
}
