import { findMeeting, listRegionMeetings } from "@kyoso/db";
import {
  DomainError,
  idInputSchema,
  meetingCreateSchema,
  meetingUpdateSchema,
  pageSchema,
  pageSizeSchema,
  recordDeleteSchema,
  regionSlugSchema,
} from "@kyoso/domain";
import { z } from "zod";
import { deleteMeeting, updateMeeting } from "../services/record-edits";
import { createMeeting } from "../services/records";
import { scopeRegionId } from "../services/regions";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

export const meetingRouter = createTRPCRouter({
  forRegion: protectedProcedure
    .concat(
      scoped(
        z.object({
          slug: regionSlugSchema,
          page: pageSchema.default(1),
          pageSize: pageSizeSchema(20),
        }),
        "region.read",
        { regionSlug: "slug" },
      ),
    )
    .query(({ ctx, input }) => listRegionMeetings(ctx.db, scopeRegionId(ctx), input.page, input.pageSize)),

  byId: protectedProcedure
    .concat(scoped(idInputSchema, "region.read", { meetingId: "id" }))
    .query(async ({ ctx, input }) => {
      const meeting = await findMeeting(ctx.db, input.id);
      if (!meeting) throw new DomainError("NOT_FOUND", "指定された会議が見つかりません。");
      return meeting;
    }),

  /** The full form and the quick log on a phone both create through here; the quick log sends less. */
  create: protectedProcedure
    .concat(scoped(meetingCreateSchema, "region.write", { regionId: "regionId" }))
    .mutation(({ ctx, input }) => createMeeting(ctx, input)),

  /** A correction at the version the editor saw; action items sent here are new and become tasks. */
  update: protectedProcedure
    .concat(scoped(meetingUpdateSchema, "region.write", { meetingId: "id" }))
    .mutation(({ ctx, input }) => updateMeeting(ctx, input)),

  /** Deletes softly (restorable from 削除済み for 30 days), with the meeting's entry on the timeline. */
  delete: protectedProcedure
    .concat(scoped(recordDeleteSchema, "region.write", { meetingId: "id" }))
    .mutation(({ ctx, input }) => deleteMeeting(ctx, input)),
});
