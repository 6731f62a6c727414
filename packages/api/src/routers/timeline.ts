import { listTimeline } from "@kyoso/db";
import { idSchema, timelineListSchema, timelineNoteSchema } from "@kyoso/domain";
import { z } from "zod";
import { createTimelineNote, setTimelinePublic } from "../services/records";
import { scopeRegionId } from "../services/regions";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

export const timelineRouter = createTRPCRouter({
  /** A region's dated log, newest first, filterable by kind, paged on the server. */
  list: protectedProcedure
    .concat(scoped(timelineListSchema, "region.read", { regionSlug: "slug" }))
    .query(({ ctx, input }) =>
      listTimeline(ctx.db, {
        regionId: scopeRegionId(ctx),
        kinds: input.kinds,
        page: input.page,
        pageSize: input.pageSize,
      }),
    ),

  createNote: protectedProcedure
    .concat(scoped(timelineNoteSchema, "region.write", { regionId: "regionId" }))
    .mutation(({ ctx, input }) => createTimelineNote(ctx, input)),

  setPublic: protectedProcedure
    .concat(
      scoped(z.object({ id: idSchema, isPublic: z.boolean() }), "region.write", { timelineEntryId: "id" }),
    )
    .mutation(({ ctx, input }) => setTimelinePublic(ctx, input.id, input.isPublic)),
});
