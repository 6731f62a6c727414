import { listEditionAnnouncements } from "@kyoso/db";
import {
  announcementCreateSchema,
  announcementRefSchema,
  announcementUpdateSchema,
  can,
  editionRefSchema,
} from "@kyoso/domain";
import {
  createAnnouncement,
  deleteAnnouncement,
  publishAnnouncement,
  unpublishAnnouncement,
  updateAnnouncement,
} from "../services/announcements";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

/** Announcements (お知らせ) of a forum edition: drafts are the committee's; published ones are public. */
export const announcementRouter = createTRPCRouter({
  /**
   * Newest first: drafts and published ones for those who read the region's records in full; published ones
   * only for everyone else who may see the forum (pro bono staff, partners).
   */
  forEdition: protectedProcedure
    .concat(scoped(editionRefSchema, "edition.read", { editionId: "editionId" }))
    .query(async ({ ctx, input }) => {
      const { regionId } = ctx.scope;
      const seesDrafts = regionId !== null && can(ctx.actor, "region.read", { regionId });
      return listEditionAnnouncements(ctx.db, input.editionId, { publishedOnly: !seesDrafts });
    }),

  create: protectedProcedure
    .concat(scoped(announcementCreateSchema, "edition.write", { editionId: "editionId" }))
    .mutation(({ ctx, input }) => createAnnouncement(ctx, input)),

  update: protectedProcedure
    .concat(scoped(announcementUpdateSchema, "edition.write", { announcementId: "id" }))
    .mutation(({ ctx, input }) => updateAnnouncement(ctx, input)),

  publish: protectedProcedure
    .concat(scoped(announcementRefSchema, "edition.write", { announcementId: "id" }))
    .mutation(({ ctx, input }) => publishAnnouncement(ctx, input)),

  unpublish: protectedProcedure
    .concat(scoped(announcementRefSchema, "edition.write", { announcementId: "id" }))
    .mutation(({ ctx, input }) => unpublishAnnouncement(ctx, input)),

  delete: protectedProcedure
    .concat(scoped(announcementRefSchema, "edition.write", { announcementId: "id" }))
    .mutation(({ ctx, input }) => deleteAnnouncement(ctx, input)),
});
