import { listTimeline } from "@kyoso/db";
import {
  idSchema,
  recordDeleteSchema,
  timelineListSchema,
  timelineNoteSchema,
  timelineNoteUpdateSchema,
} from "@kyoso/domain";
import { z } from "zod";
import { deleteTimelineNote, updateTimelineNote } from "../services/record-edits";
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

  /** Corrects a note written on the log (a meeting's or hearing's entry follows its record instead). */
  updateNote: protectedProcedure
    .concat(scoped(timelineNoteUpdateSchema, "region.write", { timelineEntryId: "id" }))
    .mutation(({ ctx, input }) => updateTimelineNote(ctx, input)),

  /** Deletes a note softly (restorable from 削除済み for 30 days). */
  deleteNote: protectedProcedure
    .concat(scoped(recordDeleteSchema, "region.write", { timelineEntryId: "id" }))
    .mutation(({ ctx, input }) => deleteTimelineNote(ctx, input)),
});
