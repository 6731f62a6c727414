import { findMeeting, listRegionMeetings } from "@kyoso/db";
import {
  DomainError,
  idInputSchema,
  meetingCreateSchema,
  pageSchema,
  pageSizeSchema,
  regionSlugSchema,
} from "@kyoso/domain";
import { z } from "zod";
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
});
