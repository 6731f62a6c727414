import { listRegionSurveys, listSurveyCopySources } from "@kyoso/db";
import {
  idInputSchema,
  idSchema,
  isoDateSchema,
  pageSchema,
  pageSizeSchema,
  readableRegionFilter,
  regionSlugSchema,
  respondentFilterSchema,
  safeString,
  surveyCopySchema,
  surveyCreateSchema,
  surveyResponseRefSchema,
  surveyResponsesSchema,
  surveyRetentionSchema,
  surveyUpdateSchema,
  versionedIdSchema,
} from "@kyoso/domain";
import { z } from "zod";
import { logReads, updateSurveyRetention } from "../services/privacy";
import { scopeRegionId } from "../services/regions";
import { surveyResults, textAnswerPage } from "../services/survey-results";
import {
  closeSurvey,
  copySurvey,
  createSurvey,
  publishSurvey,
  removeSurvey,
  removeSurveyResponse,
  reopenSurvey,
  requireSurvey,
  surveyResponses,
  updateSurvey,
} from "../services/surveys";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

/** Adds the answer link, absolute from PUBLIC_URL: it is copied into mails and flyers. */
const linked = async <T extends { publicToken: string }>(ctx: { publicUrl: string }, survey: Promise<T>) => {
  const s = await survey;
  return { ...s, answerUrl: `${ctx.publicUrl}/answer/${s.publicToken}` };
};

const versioned = versionedIdSchema;

/** A survey as the read log names it: the scope middleware found its region already. */
const surveyRef = (ctx: { scope: { regionId: string | null } | null }, id: string) => ({
  recordType: "survey" as const,
  recordId: id,
  regionId: ctx.scope?.regionId ?? null,
});

export const surveyRouter = createTRPCRouter({
  forRegion: protectedProcedure
    .concat(
      scoped(z.object({ slug: regionSlugSchema }), "region.read", {
        regionSlug: "slug",
      }),
    )
    .query(({ ctx }) => listRegionSurveys(ctx.db, scopeRegionId(ctx))),

  /** The survey with its questions and answer link: for people who may read the region. */
  byId: protectedProcedure
    .concat(scoped(idInputSchema, "region.read", { surveyId: "id" }))
    .query(({ ctx, input }) => linked(ctx, requireSurvey(ctx.db, input.id))),

  /** Surveys to copy questions from (any year's; another region's once published): titles and sizes only. */
  copySources: protectedProcedure
    .concat(scoped(z.object({ regionId: idSchema }), "region.write", { regionId: "regionId" }))
    .query(({ ctx }) => {
      const readable = readableRegionFilter(ctx.actor);
      return listSurveyCopySources(ctx.db, readable.all ? null : readable.regionIds);
    }),

  create: protectedProcedure
    .concat(scoped(surveyCreateSchema, "region.write", { regionId: "regionId" }))
    .mutation(({ ctx, input }) => linked(ctx, createSurvey(ctx, input))),

  copy: protectedProcedure
    .concat(scoped(surveyCopySchema, "region.write", { regionId: "regionId" }))
    .mutation(({ ctx, input }) => linked(ctx, copySurvey(ctx, input))),

  update: protectedProcedure
    .concat(scoped(surveyUpdateSchema, "region.write", { surveyId: "id" }))
    .mutation(({ ctx, input }) => linked(ctx, updateSurvey(ctx, input))),

  publish: protectedProcedure
    .concat(scoped(versioned, "region.write", { surveyId: "id" }))
    .mutation(({ ctx, input }) => linked(ctx, publishSurvey(ctx, input))),

  close: protectedProcedure
    .concat(scoped(versioned, "region.write", { surveyId: "id" }))
    .mutation(({ ctx, input }) => linked(ctx, closeSurvey(ctx, input))),

  reopen: protectedProcedure
    .concat(scoped(versioned.extend({ closesOn: isoDateSchema }), "region.write", { surveyId: "id" }))
    .mutation(({ ctx, input }) => linked(ctx, reopenSurvey(ctx, input))),

  /** How long free-text answers are kept after the closing day (then erased by the daily job; tallies stay). */
  setRetention: protectedProcedure
    .concat(scoped(surveyRetentionSchema, "region.write", { surveyId: "id" }))
    .mutation(({ ctx, input }) => updateSurveyRetention(ctx, input)),

  delete: protectedProcedure
    .concat(scoped(versioned, "region.write", { surveyId: "id" }))
    .mutation(({ ctx, input }) => removeSurvey(ctx, input)),

  /** The answers one by one, newest first, to find a spam or test answer. Free text: region readers only. */
  responses: protectedProcedure
    .concat(scoped(surveyResponsesSchema, "region.read", { surveyId: "surveyId" }))
    .query(async ({ ctx, input }) => {
      const page = await surveyResponses(ctx, input);
      await logReads(ctx, "survey_responses", [surveyRef(ctx, input.surveyId)]);
      return page;
    }),

  /** Deletes one answer (spam, a test); the results and exports lose it at once. */
  deleteResponse: protectedProcedure
    .concat(scoped(surveyResponseRefSchema, "region.write", { surveyId: "surveyId" }))
    .mutation(({ ctx, input }) => removeSurveyResponse(ctx, input)),

  /**
   * Counts and percentages per choice, each scale's distribution and mean, by respondent type if asked.
   * Read from running tallies, so it is live while the survey is open.
   */
  results: protectedProcedure
    .concat(
      scoped(z.object({ id: idSchema, respondentType: respondentFilterSchema }), "region.read", {
        surveyId: "id",
      }),
    )
    .query(async ({ ctx, input }) => {
      const survey = await requireSurvey(ctx.db, input.id);
      return surveyResults(ctx.db, survey, input.respondentType);
    }),

  /** Free-text answers, newest first. They may mention diseases: only for people who may read the region. */
  textAnswers: protectedProcedure
    .concat(
      scoped(
        z.object({
          id: idSchema,
          questionId: safeString().max(40),
          respondentType: respondentFilterSchema,
          page: pageSchema.default(1),
          pageSize: pageSizeSchema(20),
        }),
        "region.read",
        { surveyId: "id" },
      ),
    )
    .query(async ({ ctx, input }) => {
      const survey = await requireSurvey(ctx.db, input.id);
      const page = await textAnswerPage(ctx.db, survey, { ...input, filter: input.respondentType });
      await logReads(ctx, "survey_text_answers", [surveyRef(ctx, survey.id)]);
      return page;
    }),
});
