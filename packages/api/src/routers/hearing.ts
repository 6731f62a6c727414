import { findHearing, listFindingsByTheme, listHearingThemes, listRegionHearings } from "@kyoso/db";
import {
  DomainError,
  hearingCreateSchema,
  hearingThemeCreateSchema,
  idInputSchema,
  idSchema,
  pageSchema,
  pageSizeSchema,
  regionSlugSchema,
} from "@kyoso/domain";
import { z } from "zod";
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
    .query(({ ctx, input }) => listRegionHearings(ctx.db, scopeRegionId(ctx), input.page, input.pageSize)),

  byId: protectedProcedure
    .concat(scoped(idInputSchema, "region.read", { hearingId: "id" }))
    .query(async ({ ctx, input }) => {
      const hearing = await findHearing(ctx.db, input.id);
      if (!hearing) throw new DomainError("NOT_FOUND", "指定されたヒアリングが見つかりません。");
      return hearing;
    }),

  /** Findings across regions by theme, with who said it where: for the national team. */
  findingsByTheme: protectedProcedure
    .meta({ permission: "national.view", scope: "none" })
    .input(z.object({ themeId: idSchema.optional(), ...page }))
    .query(({ ctx, input }) => listFindingsByTheme(ctx.db, input)),

  create: protectedProcedure
    .concat(scoped(hearingCreateSchema, "region.write", { regionId: "regionId" }))
    .mutation(({ ctx, input }) => createHearing(ctx, input)),
});
