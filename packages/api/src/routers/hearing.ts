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
import { readMark } from "../services/privacy";
import { deleteHearing, updateHearing } from "../services/record-edits";
import { createHearing, createHearingTheme } from "../services/records";
import { scopeRegionId } from "../services/regions";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

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
      // The read of the findings is logged in the statement that reads them.
      return listRegionHearings(
        ctx.db,
        scopeRegionId(ctx),
        input.page,
        input.pageSize,
        readMark(ctx, "hearing_findings"),
      );
    }),

  byId: protectedProcedure
    .concat(scoped(idInputSchema, "region.read", { hearingId: "id" }))
    .query(async ({ ctx, input }) => {
      const hearing = await findHearing(ctx.db, input.id, { readBy: readMark(ctx, "hearing_findings") });
      if (!hearing) throw new DomainError("NOT_FOUND", "指定されたヒアリングが見つかりません。");
      return hearing;
    }),

  /** Findings across regions by theme, with who said it where: for the national team. */
  findingsByTheme: protectedProcedure
    .meta({ permission: "national.view", scope: "none" })
    .input(z.object({ themeId: idSchema.optional(), ...page }))
    .query(({ ctx, input }) => {
      // The reads of the findings' hearings are logged in the statement that reads them.
      return listFindingsByTheme(ctx.db, input, readMark(ctx, "hearing_findings"));
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
