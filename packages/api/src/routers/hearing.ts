import { findHearing, listFindingsByTheme, listHearingThemes, listRegionHearings } from "@kyoso/db";
import {
  DomainError,
  hearingCreateSchema,
  hearingThemeCreateSchema,
  hearingUpdateSchema,
  idInputSchema,
  idSchema,
  pageSchema,
  pageSizeSchema,
  recordDeleteSchema,
  regionSlugSchema,
} from "@kyoso/domain";
import { z } from "zod";
import { logReads } from "../services/privacy";
import { deleteHearing, updateHearing } from "../services/record-edits";
import { createHearing, createHearingTheme } from "../services/records";
import { scopeRegionId } from "../services/regions";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

/** A hearing as the read log names it. */
const hearingRef = (h: { id: string; regionId: string }) => ({
  recordType: "hearing" as const,
  recordId: h.id,
  regionId: h.regionId,
});

const page = {
  page: pageSchema.default(1),
  pageSize: pageSizeSchema(20),
};

export const hearingRouter = createTRPCRouter({
  themes: protectedProcedure
    .meta({ permission: "signedIn", scope: "none" })
    .query(({ ctx }) => listHearingThemes(ctx.db)),

  createTheme: protectedProcedure
    .meta({ permission: "settings.manage", scope: "none" })
    .input(hearingThemeCreateSchema)
    .mutation(({ ctx, input }) => createHearingTheme(ctx, input)),

  forRegion: protectedProcedure
    .concat(
      scoped(z.object({ slug: regionSlugSchema, ...page }), "region.read", {
        regionSlug: "slug",
      }),
    )
    .query(async ({ ctx, input }) => {
      const page = await listRegionHearings(ctx.db, scopeRegionId(ctx), input.page, input.pageSize);
      await logReads(ctx, "hearing_findings", page.rows.map(hearingRef));
      return page;
    }),

  byId: protectedProcedure
    .concat(scoped(idInputSchema, "region.read", { hearingId: "id" }))
    .query(async ({ ctx, input }) => {
      const hearing = await findHearing(ctx.db, input.id);
      if (!hearing) throw new DomainError("NOT_FOUND", "指定されたヒアリングが見つかりません。");
      await logReads(ctx, "hearing_findings", [hearingRef(hearing)]);
      return hearing;
    }),

  /** Findings across regions by theme, with who said it where: for the national team. */
  findingsByTheme: protectedProcedure
    .meta({ permission: "national.view", scope: "none" })
    .input(z.object({ themeId: idSchema.optional(), ...page }))
    .query(async ({ ctx, input }) => {
      const page = await listFindingsByTheme(ctx.db, input);
      await logReads(
        ctx,
        "hearing_findings",
        page.rows.map((r) => hearingRef({ id: r.hearingId, regionId: r.regionId })),
      );
      return page;
    }),

  create: protectedProcedure
    .concat(scoped(hearingCreateSchema, "region.write", { regionId: "regionId" }))
    .mutation(({ ctx, input }) => createHearing(ctx, input)),

  /** A correction at the version the editor saw: its findings are replaced by those sent. */
  update: protectedProcedure
    .concat(scoped(hearingUpdateSchema, "region.write", { hearingId: "id" }))
    .mutation(({ ctx, input }) => updateHearing(ctx, input)),

  /** Deletes softly (restorable from 削除済み for 30 days), with the hearing's entry on the timeline. */
  delete: protectedProcedure
    .concat(scoped(recordDeleteSchema, "region.write", { hearingId: "id" }))
    .mutation(({ ctx, input }) => deleteHearing(ctx, input)),
});
