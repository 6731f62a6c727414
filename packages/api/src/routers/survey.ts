import { listRegionSurveys, listSurveyCopySources } from "@kyoso/db";
import {
  int4,
  isoDateSchema,
  pageSchema,
  readableRegionFilter,
  respondentFilterSchema,
  safeString,
  surveyCopySchema,
  surveyCreateSchema,
  surveyResponseRefSchema,
  surveyResponsesSchema,
  surveyUpdateSchema,
  versionSchema,
} from "@kyoso/domain";
import { z } from "zod";
import { requireRegionBySlug } from "../services/regions";
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
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** Adds the answer link, absolute from PUBLIC_URL: it is copied into mails and flyers. */
const linked = async <T extends { publicToken: string }>(ctx: { publicUrl: string }, survey: Promise<T>) => {
  const s = await survey;
  return { ...s, answerUrl: `${ctx.publicUrl}/answer/${s.publicToken}` };
};

const versioned = z.object({ id: z.uuid(), version: versionSchema });

export const surveyRouter = createTRPCRouter({
  forRegion: protectedProcedure
    .meta({ permission: "region.read", scope: { regionSlug: "slug" } })
    .input(z.object({ slug: safeString().regex(/^[a-z0-9-]{1,64}$/) }))
    .query(async ({ ctx, input }) => {
      const region = await requireRegionBySlug(ctx, input.slug);
      return listRegionSurveys(ctx.db, region.id);
    }),

  /** The survey with its questions and answer link: for people who may read the region. */
  byId: protectedProcedure
    .meta({ permission: "region.read", scope: { surveyId: "id" } })
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) => linked(ctx, requireSurvey(ctx.db, input.id))),

  /** Surveys to copy questions from (any year's; another region's once published): titles and sizes only. */
  copySources: protectedProcedure
    .meta({ permission: "region.write", scope: { regionId: "regionId" } })
    .input(z.object({ regionId: z.uuid() }))
    .query(({ ctx }) => {
      const readable = readableRegionFilter(ctx.actor);
      return listSurveyCopySources(ctx.db, readable.all ? null : readable.regionIds);
    }),

  create: protectedProcedure
    .meta({ permission: "region.write", scope: { regionId: "regionId" } })
    .input(surveyCreateSchema)
    .mutation(({ ctx, input }) => linked(ctx, createSurvey(ctx, input))),

  copy: protectedProcedure
    .meta({ permission: "region.write", scope: { regionId: "regionId" } })
    .input(surveyCopySchema)
    .mutation(({ ctx, input }) => linked(ctx, copySurvey(ctx, input))),

  update: protectedProcedure
    .meta({ permission: "region.write", scope: { surveyId: "id" } })
    .input(surveyUpdateSchema)
    .mutation(({ ctx, input }) => linked(ctx, updateSurvey(ctx, input))),

  publish: protectedProcedure
    .meta({ permission: "region.write", scope: { surveyId: "id" } })
    .input(versioned)
    .mutation(({ ctx, input }) => linked(ctx, publishSurvey(ctx, input))),

  close: protectedProcedure
    .meta({ permission: "region.write", scope: { surveyId: "id" } })
    .input(versioned)
    .mutation(({ ctx, input }) => linked(ctx, closeSurvey(ctx, input))),

  reopen: protectedProcedure
    .meta({ permission: "region.write", scope: { surveyId: "id" } })
    .input(versioned.extend({ closesOn: isoDateSchema }))
    .mutation(({ ctx, input }) => linked(ctx, reopenSurvey(ctx, input))),

  delete: protectedProcedure
    .meta({ permission: "region.write", scope: { surveyId: "id" } })
    .input(versioned)
    .mutation(({ ctx, input }) => removeSurvey(ctx, input)),

  /** The answers one by one, newest first, to find a spam or test answer. Free text: region readers only. */
  responses: protectedProcedure
    .meta({ permission: "region.read", scope: { surveyId: "surveyId" } })
    .input(surveyResponsesSchema)
    .query(({ ctx, input }) => surveyResponses(ctx, input)),

  /** Deletes one answer (spam, a test); the results and exports lose it at once. */
  deleteResponse: protectedProcedure
    .meta({ permission: "region.write", scope: { surveyId: "surveyId" } })
    .input(surveyResponseRefSchema)
    .mutation(({ ctx, input }) => removeSurveyResponse(ctx, input)),

  /**
   * Counts and percentages per choice, each scale's distribution and mean, by respondent type if asked.
   * Read from running tallies, so it is live while the survey is open.
   */
  results: protectedProcedure
    .meta({ permission: "region.read", scope: { surveyId: "id" } })
    .input(z.object({ id: z.uuid(), respondentType: respondentFilterSchema }))
    .query(async ({ ctx, input }) => {
      const survey = await requireSurvey(ctx.db, input.id);
      return surveyResults(ctx.db, survey, input.respondentType);
    }),

  /** Free-text answers, newest first. They may mention diseases: only for people who may read the region. */
  textAnswers: protectedProcedure
    .meta({ permission: "region.read", scope: { surveyId: "id" } })
    .input(
      z.object({
        id: z.uuid(),
        questionId: safeString().max(40),
        respondentType: respondentFilterSchema,
        page: pageSchema.default(1),
        pageSize: int4().min(1).max(100).default(20),
      }),
    )
    .query(async ({ ctx, input }) => {
      const survey = await requireSurvey(ctx.db, input.id);
      return textAnswerPage(ctx.db, survey, { ...input, filter: input.respondentType });
    }),
});
