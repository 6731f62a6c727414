import { listTimeline } from "@kyoso/db";
import { timelineListSchema, timelineNoteSchema } from "@kyoso/domain";
import { z } from "zod";
import { createTimelineNote, setTimelinePublic } from "../services/records";
import { requireRegionBySlug } from "../services/regions";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const timelineRouter = createTRPCRouter({
  /** A region's dated log, newest first, filterable by kind, paged on the server. */
  list: protectedProcedure
    .meta({ permission: "region.read", scope: { regionSlug: "slug" } })
    .input(timelineListSchema)
    .query(async ({ ctx, input }) => {
      const region = await requireRegionBySlug(ctx, input.slug);
      return listTimeline(ctx.db, {
        regionId: region.id,
        kinds: input.kinds,
        page: input.page,
        pageSize: input.pageSize,
      });
    }),

  createNote: protectedProcedure
    .meta({ permission: "region.write", scope: { regionId: "regionId" } })
    .input(timelineNoteSchema)
    .mutation(({ ctx, input }) => createTimelineNote(ctx, input)),

  setPublic: protectedProcedure
    .meta({ permission: "region.write", scope: { timelineEntryId: "id" } })
    .input(z.object({ id: z.uuid(), isPublic: z.boolean() }))
    .mutation(({ ctx, input }) => setTimelinePublic(ctx, input.id, input.isPublic)),
});
