import { findAgreementWithHistory, listRegionAgreements, listStalledAgreements } from "@kyoso/db";
import {
  agreementCorrectionSchema,
  agreementCreateSchema,
  agreementPublishableSchema,
  agreementTransitionSchema,
  agreementUpdateSchema,
  DomainError,
  idInputSchema,
  recordDeleteSchema,
  regionSlugSchema,
  todayInTokyo,
} from "@kyoso/domain";
import { z } from "zod";
import {
  correctAgreementEvent,
  createAgreement,
  deleteAgreement,
  setAgreementPublishable,
  transitionAgreement,
  updateAgreement,
} from "../services/agreements";
import { scopeRegionId } from "../services/regions";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

const slug = regionSlugSchema;

export const agreementRouter = createTRPCRouter({
  /** A region's co-host pipeline, open talks first. */
  forRegion: protectedProcedure
    .concat(scoped(z.object({ slug }), "region.read", { regionSlug: "slug" }))
    .query(({ ctx }) => listRegionAgreements(ctx.db, scopeRegionId(ctx))),

  /** One agreement with its full history: who changed it, when, and why. */
  byId: protectedProcedure
    .concat(scoped(idInputSchema, "region.read", { agreementId: "id" }))
    .query(async ({ ctx, input }) => {
      const agreement = await findAgreementWithHistory(ctx.db, input.id);
      if (!agreement) throw new DomainError("NOT_FOUND", "指定された共催の記録が見つかりません。");
      return agreement;
    }),

  /** Open talks with no movement for `days` days, across all regions. */
  stalled: protectedProcedure
    .meta({ permission: "national.view", scope: "none" })
    .input(z.object({ days: z.number().int().min(1).max(365).default(30) }))
    .query(({ ctx, input }) => {
      const today = new Date(`${todayInTokyo(ctx.now())}T00:00:00Z`);
      const before = new Date(today.getTime() - input.days * 86_400_000).toISOString().slice(0, 10);
      return listStalledAgreements(ctx.db, before);
    }),

  create: protectedProcedure
    .concat(scoped(agreementCreateSchema, "region.write", { editionId: "editionId" }))
    .mutation(({ ctx, input }) => createAgreement(ctx, input)),

  transition: protectedProcedure
    .concat(scoped(agreementTransitionSchema, "region.write", { agreementId: "id" }))
    .mutation(({ ctx, input }) => transitionAgreement(ctx, input)),

  /** Role and next step. */
  update: protectedProcedure
    .concat(scoped(agreementUpdateSchema, "region.write", { agreementId: "id" }))
    .mutation(({ ctx, input }) => updateAgreement(ctx, input)),

  /** Whether a confirmed co-host is named on the public forum page. */
  setPublishable: protectedProcedure
    .concat(scoped(agreementPublishableSchema, "region.write", { agreementId: "id" }))
    .mutation(({ ctx, input }) => setAgreementPublishable(ctx, input)),

  /** Corrects a wrongly recorded transition; the history keeps both, the corrected one marked. */
  correct: protectedProcedure
    .concat(scoped(agreementCorrectionSchema, "region.write", { agreementId: "id" }))
    .mutation(({ ctx, input }) => correctAgreementEvent(ctx, input)),

  delete: protectedProcedure
    .concat(scoped(recordDeleteSchema, "region.write", { agreementId: "id" }))
    .mutation(({ ctx, input }) => deleteAgreement(ctx, input)),
});
