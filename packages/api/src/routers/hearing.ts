import { findHearing, listFindingsByTheme, listHearingThemes, listRegionHearings } from "@kyoso/db";
import {
  DomainError,
  hearingCreateSchema,
  hearingThemeCreateSchema,
  hearingUpdateSchema,
  int4,
  pageSchema,
  recordDeleteSchema,
  safeString,
} from "@kyoso/domain";
import { z } from "zod";
import { deleteHearing, updateHearing } from "../services/record-edits";
import { createHearing, createHearingTheme } from "../services/records";
import { requireRegionBySlug } from "../services/regions";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const page = {
  page: pageSchema.default(1),
  pageSize: int4().min(1).max(100).default(20),
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
    .meta({ permission: "region.read", scope: { regionSlug: "slug" } })
    .input(z.object({ slug: safeString().regex(/^[a-z0-9-]{1,64}$/), ...page }))
    .query(async ({ ctx, input }) => {
      const region = await requireRegionBySlug(ctx, input.slug);
      return listRegionHearings(ctx.db, region.id, input.page, input.pageSize);
    }),

  byId: protectedProcedure
    .meta({ permission: "region.read", scope: { hearingId: "id" } })
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const hearing = await findHearing(ctx.db, input.id);
      if (!hearing) throw new DomainError("NOT_FOUND", "指定されたヒアリングが見つかりません。");
      return hearing;
    }),

  /** Findings across regions by theme, with who said it where: for the national team. */
  findingsByTheme: protectedProcedure
    .meta({ permission: "national.view", scope: "none" })
    .input(z.object({ themeId: z.uuid().optional(), ...page }))
    .query(({ ctx, input }) => listFindingsByTheme(ctx.db, input)),

  create: protectedProcedure
    .meta({ permission: "region.write", scope: { regionId: "regionId" } })
    .input(hearingCreateSchema)
    .mutation(({ ctx, input }) => createHearing(ctx, input)),

  /** A correction at the version the editor saw: its findings are replaced by those sent. */
  update: protectedProcedure
    .meta({ permission: "region.write", scope: { hearingId: "id" } })
    .input(hearingUpdateSchema)
    .mutation(({ ctx, input }) => updateHearing(ctx, input)),

  /** Deletes softly (restorable from 削除済み for 30 days), with the hearing's entry on the timeline. */
  delete: protectedProcedure
    .meta({ permission: "region.write", scope: { hearingId: "id" } })
    .input(recordDeleteSchema)
    .mutation(({ ctx, input }) => deleteHearing(ctx, input)),
});
