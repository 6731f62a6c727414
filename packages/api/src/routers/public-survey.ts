import { findPublicSurvey } from "@kyoso/db";
import { surveyAvailability, surveySubmissionSchema, todayInTokyo } from "@kyoso/domain";
import { z } from "zod";
import { submitSurveyResponse, unknownSurveyLink } from "../services/surveys";
import { createTRPCRouter, publicProcedure } from "../trpc";

const token = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);

// The answer page for people without an account, reached by the survey's secret link. It sees the questions
// and whether answers are taken, never anyone's answers or counts.
export const publicSurveyRouter = createTRPCRouter({
  get: publicProcedure
    .meta({ permission: "public", scope: "none" })
    .input(z.object({ token }))
    .query(async ({ ctx, input }) => {
      const survey = await findPublicSurvey(ctx.db, input.token);
      // A draft's link answers like an unknown one: nothing about it shows before it is published.
      if (!survey || survey.status === "draft") throw unknownSurveyLink();
      const { id: _id, ...shown } = survey;
      return { ...shown, availability: surveyAvailability(survey, todayInTokyo(ctx.now())) };
    }),

  /** Stores one response; a form sent twice (same idempotency key) is stored once. Limited per address and link. */
  submit: publicProcedure
    .meta({ permission: "public", scope: "none" })
    .input(surveySubmissionSchema)
    .mutation(({ ctx, input }) => submitSurveyResponse(ctx, input)),
});
