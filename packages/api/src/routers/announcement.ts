import { findEdition, listEditionAnnouncements } from "@kyoso/db";
import {
  announcementCreateSchema,
  announcementRefSchema,
  announcementUpdateSchema,
  can,
} from "@kyoso/domain";
import { z } from "zod";
import {
  createAnnouncement,
  deleteAnnouncement,
  publishAnnouncement,
  unpublishAnnouncement,
  updateAnnouncement,
} from "../services/announcements";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** Announcements (お知らせ) of a forum edition: drafts are the committee's; published ones are public. */
export const announcementRouter = createTRPCRouter({
  /**
   * Newest first: drafts and published ones for those who read the region's records in full; published ones
   * only for everyone else who may see the forum (pro bono staff, partners).
   */
  forEdition: protectedProcedure
    .meta({ permission: "edition.read", scope: { editionId: "editionId" } })
    .input(z.object({ editionId: z.uuid({ message: "フォーラムの指定が正しくありません。" }) }))
    .query(async ({ ctx, input }) => {
      const edition = await findEdition(ctx.db, input.editionId);
      const seesDrafts =
        edition !== undefined && can(ctx.actor, "region.read", { regionId: edition.regionId });
      return listEditionAnnouncements(ctx.db, input.editionId, { publishedOnly: !seesDrafts });
    }),

  create: protectedProcedure
    .meta({ permission: "edition.write", scope: { editionId: "editionId" } })
    .input(announcementCreateSchema)
    .mutation(({ ctx, input }) => createAnnouncement(ctx, input)),

  update: protectedProcedure
    .meta({ permission: "edition.write", scope: { announcementId: "id" } })
    .input(announcementUpdateSchema)
    .mutation(({ ctx, input }) => updateAnnouncement(ctx, input)),

  publish: protectedProcedure
    .meta({ permission: "edition.write", scope: { announcementId: "id" } })
    .input(announcementRefSchema)
    .mutation(({ ctx, input }) => publishAnnouncement(ctx, input)),

  unpublish: protectedProcedure
    .meta({ permission: "edition.write", scope: { announcementId: "id" } })
    .input(announcementRefSchema)
    .mutation(({ ctx, input }) => unpublishAnnouncement(ctx, input)),

  delete: protectedProcedure
    .meta({ permission: "edition.write", scope: { announcementId: "id" } })
    .input(announcementRefSchema)
    .mutation(({ ctx, input }) => deleteAnnouncement(ctx, input)),
});
