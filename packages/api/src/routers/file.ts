import {
  editionFileSchema,
  editionFilesSchema,
  editionFlyerSchema,
  FILE_PERMISSIONS,
  hearingFileSchema,
  hearingFilesSchema,
  meetingFileSchema,
  meetingFilesSchema,
  taskFileSchema,
  taskFilesSchema,
} from "@kyoso/domain";
import { deleteFile, listRecordFiles, setPublicFlyer } from "../services/files";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

// Attachments of each kind of record, listed and deleted under the permissions of the record itself
// (FILE_PERMISSIONS): a partner sees their forum's edition files, pro bono staff those of the tasks they may see.
// Uploads and downloads stream through the server's plain routes (apps/server/src/files.ts).

const { meeting, hearing, forum_edition: edition, task } = FILE_PERMISSIONS;

export const fileRouter = createTRPCRouter({
  meetingFiles: protectedProcedure
    .concat(scoped(meetingFilesSchema, meeting.read, { meetingId: "meetingId" }))
    .query(({ ctx, input }) => listRecordFiles(ctx, "meeting", input.meetingId)),
  deleteMeetingFile: protectedProcedure
    .concat(scoped(meetingFileSchema, meeting.write, { meetingId: "meetingId" }))
    .mutation(({ ctx, input }) => deleteFile(ctx, "meeting", input.meetingId, input.id)),

  hearingFiles: protectedProcedure
    .concat(scoped(hearingFilesSchema, hearing.read, { hearingId: "hearingId" }))
    .query(({ ctx, input }) => listRecordFiles(ctx, "hearing", input.hearingId)),
  deleteHearingFile: protectedProcedure
    .concat(scoped(hearingFileSchema, hearing.write, { hearingId: "hearingId" }))
    .mutation(({ ctx, input }) => deleteFile(ctx, "hearing", input.hearingId, input.id)),

  editionFiles: protectedProcedure
    .concat(scoped(editionFilesSchema, edition.read, { editionId: "editionId" }))
    .query(({ ctx, input }) => listRecordFiles(ctx, "forum_edition", input.editionId)),
  deleteEditionFile: protectedProcedure
    .concat(scoped(editionFileSchema, edition.write, { editionId: "editionId" }))
    .mutation(({ ctx, input }) => deleteFile(ctx, "forum_edition", input.editionId, input.id)),
  /** 「チラシとして公開」: offers the file on the public forum page, or takes it back. */
  setEditionFlyer: protectedProcedure
    .concat(scoped(editionFlyerSchema, edition.write, { editionId: "editionId" }))
    .mutation(({ ctx, input }) => setPublicFlyer(ctx, input.editionId, input.id, input.publicFlyer)),

  taskFiles: protectedProcedure
    .concat(scoped(taskFilesSchema, task.read, { taskId: "taskId" }))
    .query(({ ctx, input }) => listRecordFiles(ctx, "task", input.taskId)),
  deleteTaskFile: protectedProcedure
    .concat(scoped(taskFileSchema, task.write, { taskId: "taskId" }))
    .mutation(({ ctx, input }) => deleteFile(ctx, "task", input.taskId, input.id)),
});
