import { findMeeting, listRegionMeetings } from "@kyoso/db";
import {
  DomainError,
  int4,
  meetingCreateSchema,
  meetingUpdateSchema,
  pageSchema,
  recordDeleteSchema,
  safeString,
} from "@kyoso/domain";
import { z } from "zod";
import { deleteMeeting, updateMeeting } from "../services/record-edits";
import { createMeeting } from "../services/records";
import { requireRegionBySlug } from "../services/regions";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const meetingRouter = createTRPCRouter({
  forRegion: protectedProcedure
    .meta({ permission: "region.read", scope: { regionSlug: "slug" } })
    .input(
      z.object({
        slug: safeString().regex(/^[a-z0-9-]{1,64}$/),
        page: pageSchema.default(1),
        pageSize: int4().min(1).max(100).default(20),
      }),
    )
    .query(async ({ ctx, input }) => {
      const region = await requireRegionBySlug(ctx, input.slug);
      return listRegionMeetings(ctx.db, region.id, input.page, input.pageSize);
    }),

  byId: protectedProcedure
    .meta({ permission: "region.read", scope: { meetingId: "id" } })
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const meeting = await findMeeting(ctx.db, input.id);
      if (!meeting) throw new DomainError("NOT_FOUND", "指定された会議が見つかりません。");
      return meeting;
    }),

  /** The full form and the quick log on a phone both create through here; the quick log sends less. */
  create: protectedProcedure
    .meta({ permission: "region.write", scope: { regionId: "regionId" } })
    .input(meetingCreateSchema)
    .mutation(({ ctx, input }) => createMeeting(ctx, input)),

  /** A correction at the version the editor saw; action items sent here are new and become tasks. */
  update: protectedProcedure
    .meta({ permission: "region.write", scope: { meetingId: "id" } })
    .input(meetingUpdateSchema)
    .mutation(({ ctx, input }) => updateMeeting(ctx, input)),

  /** Deletes softly (restorable from 削除済み for 30 days), with the meeting's entry on the timeline. */
  delete: protectedProcedure
    .meta({ permission: "region.write", scope: { meetingId: "id" } })
    .input(recordDeleteSchema)
    .mutation(({ ctx, input }) => deleteMeeting(ctx, input)),
});
