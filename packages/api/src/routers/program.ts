import {
  programItemDeleteSchema,
  sessionCreateSchema,
  sessionReorderSchema,
  sessionUpdateSchema,
  speakerAddSchema,
  speakerReorderSchema,
  speakerUpdateSchema,
} from "@kyoso/domain";
import { z } from "zod";
import {
  addSpeaker,
  createSession,
  editSpeaker,
  programOfEdition,
  removeSession,
  removeSpeaker,
  reorderProgram,
  reorderSessionSpeakers,
  updateSession,
} from "../services/program";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const editionInput = z.object({ editionId: z.uuid({ message: "フォーラムの指定が正しくありません。" }) });

/** A forum edition's program: sessions (基調講演, パネル, 報告, 交流) and their speakers, each in order. */
export const programRouter = createTRPCRouter({
  forEdition: protectedProcedure
    .meta({ permission: "edition.read", scope: { editionId: "editionId" } })
    .input(editionInput)
    .query(({ ctx, input }) => programOfEdition(ctx, input.editionId)),

  createSession: protectedProcedure
    .meta({ permission: "edition.write", scope: { editionId: "editionId" } })
    .input(sessionCreateSchema)
    .mutation(({ ctx, input }) => createSession(ctx, input)),

  updateSession: protectedProcedure
    .meta({ permission: "edition.write", scope: { sessionId: "id" } })
    .input(sessionUpdateSchema)
    .mutation(({ ctx, input }) => updateSession(ctx, input)),

  deleteSession: protectedProcedure
    .meta({ permission: "edition.write", scope: { sessionId: "id" } })
    .input(programItemDeleteSchema)
    .mutation(({ ctx, input }) => removeSession(ctx, input)),

  reorderSessions: protectedProcedure
    .meta({ permission: "edition.write", scope: { editionId: "editionId" } })
    .input(sessionReorderSchema)
    .mutation(({ ctx, input }) => reorderProgram(ctx, input)),

  addSpeaker: protectedProcedure
    .meta({ permission: "edition.write", scope: { sessionId: "sessionId" } })
    .input(speakerAddSchema)
    .mutation(({ ctx, input }) => addSpeaker(ctx, input)),

  updateSpeaker: protectedProcedure
    .meta({ permission: "edition.write", scope: { speakerId: "id" } })
    .input(speakerUpdateSchema)
    .mutation(({ ctx, input }) => editSpeaker(ctx, input)),

  deleteSpeaker: protectedProcedure
    .meta({ permission: "edition.write", scope: { speakerId: "id" } })
    .input(programItemDeleteSchema)
    .mutation(({ ctx, input }) => removeSpeaker(ctx, input)),

  reorderSpeakers: protectedProcedure
    .meta({ permission: "edition.write", scope: { sessionId: "sessionId" } })
    .input(speakerReorderSchema)
    .mutation(({ ctx, input }) => reorderSessionSpeakers(ctx, input)),
});
