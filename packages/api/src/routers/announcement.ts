import { listEditionAnnouncements } from "@kyoso/db";
import { announcementCreateSchema, announcementRefSchema, announcementUpdateSchema } from "@kyoso/domain";
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
  /** Drafts and published ones, newest first: for those who write the region's records. */
  forEdition: protectedProcedure
    .meta({ permission: "region.read", scope: { editionId: "editionId" } })
    .input(z.object({ editionId: z.uuid({ message: "フォーラムの指定が正しくありません。" }) }))
    .query(({ ctx, input }) => listEditionAnnouncements(ctx.db, input.editionId)),

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
