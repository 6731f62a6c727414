import { listTimeline } from "@kyoso/db";
import {
  recordDeleteSchema,
  timelineListSchema,
  timelineNoteSchema,
  timelineNoteUpdateSchema,
} from "@kyoso/domain";
import { z } from "zod";
import { deleteTimelineNote, updateTimelineNote } from "../services/record-edits";
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

  /** Corrects a note written on the log (a meeting's or hearing's entry follows its record instead). */
  updateNote: protectedProcedure
    .meta({ permission: "region.write", scope: { timelineEntryId: "id" } })
    .input(timelineNoteUpdateSchema)
    .mutation(({ ctx, input }) => updateTimelineNote(ctx, input)),

  /** Deletes a note softly (restorable from 削除済み for 30 days). */
  deleteNote: protectedProcedure
    .meta({ permission: "region.write", scope: { timelineEntryId: "id" } })
    .input(recordDeleteSchema)
    .mutation(({ ctx, input }) => deleteTimelineNote(ctx, input)),
});
