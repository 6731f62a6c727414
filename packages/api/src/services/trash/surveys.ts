import {
  findRegionOfRecord,
  findResponse,
  findResponseRegionId,
  findSurvey,
  listAuditForRecord,
  listDeletedRecords,
  listDeletedResponses,
  listSurveyQuestions,
  lockSurvey,
  purgeDeleted,
  purgeResponse,
  putBackSurveyTimelineEntries,
  restoreDeleted,
  restoreResponse,
  type SurveyTimelineEntry,
} from "@kyoso/db";
import { DomainError } from "@kyoso/domain";
import { responseAuditView, withoutToken } from "../surveys";
import { deletedRecords } from "./row-kind";
import type { TrashKind } from "./types";

// Deleted surveys and single deleted answers. A restored survey gets its timeline entries back (kept by the
// audit row of its deletion); a restored answer counts again in the results, the tallies, the free-text pages
// and the exports, in the same transaction. Purging an answer removes its free text with it.

export const surveyTrash: TrashKind = {
  recordType: "survey",
  table: "survey",

  regionOf: (db, id) => findRegionOfRecord(db, "survey", id),

  async listDeleted(db, regionId, since) {
    return deletedRecords("survey", regionId, await listDeletedRecords(db, "survey", regionId, since));
  },

  async restore({ tx, audit }, id) {
    const deleted = await findSurvey(tx, id, { deleted: true });
    if (!deleted || !(await restoreDeleted(tx, "survey", id))) return false;
    const deletion = (await listAuditForRecord(tx, "survey", id)).filter((r) => r.action === "delete").at(-1);
    const entries = ((deletion?.before ?? {}) as { timelineEntries?: SurveyTimelineEntry[] }).timelineEntries;
    await putBackSurveyTimelineEntries(tx, id, entries ?? [], deleted.openingEntryId ?? openingOf(entries));
    const after = await findSurvey(tx, id);
    if (!after) return false;
    await audit({
      action: "restore",
      recordType: "survey",
      recordId: id,
      regionId: after.regionId,
      before: null,
      after: withoutToken(after),
    });
    return true;
  },

  async purge({ tx, audit }, id) {
    const deleted = await findSurvey(tx, id, { deleted: true });
    if (!deleted || !(await purgeDeleted(tx, "survey", id))) return false;
    await audit({
      action: "purge",
      recordType: "survey",
      recordId: id,
      regionId: deleted.regionId,
      before: withoutToken(deleted),
      after: null,
    });
    return true;
  },
};

/** The opening entry among a survey's entries (its link was cleared when the entry left the timeline). */
const openingOf = (entries: readonly SurveyTimelineEntry[] | undefined) =>
  entries?.find((e) => e.title.endsWith("回答受付開始"))?.id ?? null;

export const surveyResponseTrash: TrashKind = {
  recordType: "survey_response",
  table: "surveyResponse",

  regionOf: (db, id) => findResponseRegionId(db, id),

  async listDeleted(db, regionId, since) {
    return deletedRecords("survey_response", regionId, await listDeletedResponses(db, regionId, since));
  },

  async restore({ tx, audit }, id) {
    const deleted = await findResponse(tx, id, { deleted: true });
    if (!deleted) return false;
    // The survey's lock, as an arriving answer takes it: its tallies move one change at a time.
    if (!(await lockSurvey(tx, deleted.surveyId))) {
      throw new DomainError(
        "VALIDATION",
        "この回答のアンケートは削除されています。先にアンケートを元に戻してください。",
      );
    }
    const questions = await listSurveyQuestions(tx, deleted.surveyId);
    if (!(await restoreResponse(tx, deleted, questions))) return false;
    await audit({
      action: "restore",
      recordType: "survey_response",
      recordId: id,
      regionId: deleted.regionId,
      before: null,
      after: responseAuditView(deleted),
    });
    return true;
  },

  async purge({ tx, audit }, id) {
    const deleted = await findResponse(tx, id, { deleted: true });
    if (!deleted) return false;
    await lockSurvey(tx, deleted.surveyId);
    if (!(await purgeResponse(tx, deleted))) return false;
    await audit({
      action: "purge",
      recordType: "survey_response",
      recordId: id,
      regionId: deleted.regionId,
      before: responseAuditView(deleted),
      after: null,
    });
    return true;
  },
};
