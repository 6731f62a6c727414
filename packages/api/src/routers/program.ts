import {
  editionRefSchema,
  programItemDeleteSchema,
  sessionCreateSchema,
  sessionReorderSchema,
  sessionUpdateSchema,
  speakerAddSchema,
  speakerReorderSchema,
  speakerUpdateSchema,
} from "@kyoso/domain";
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
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

const editionInput = editionRefSchema;

/** A forum edition's program: sessions (基調講演, パネル, 報告, 交流) and their speakers, each in order. */
export const programRouter = createTRPCRouter({
  forEdition: protectedProcedure
    .concat(scoped(editionInput, "edition.read", { editionId: "editionId" }))
    .query(({ ctx, input }) => programOfEdition(ctx, input.editionId)),

  createSession: protectedProcedure
    .concat(scoped(sessionCreateSchema, "edition.write", { editionId: "editionId" }))
    .mutation(({ ctx, input }) => createSession(ctx, input)),

  updateSession: protectedProcedure
    .concat(scoped(sessionUpdateSchema, "edition.write", { sessionId: "id" }))
    .mutation(({ ctx, input }) => updateSession(ctx, input)),

  deleteSession: protectedProcedure
    .concat(scoped(programItemDeleteSchema, "edition.write", { sessionId: "id" }))
    .mutation(({ ctx, input }) => removeSession(ctx, input)),

  reorderSessions: protectedProcedure
    .concat(scoped(sessionReorderSchema, "edition.write", { editionId: "editionId" }))
    .mutation(({ ctx, input }) => reorderProgram(ctx, input)),

  addSpeaker: protectedProcedure
    .concat(scoped(speakerAddSchema, "edition.write", { sessionId: "sessionId" }))
    .mutation(({ ctx, input }) => addSpeaker(ctx, input)),

  updateSpeaker: protectedProcedure
    .concat(scoped(speakerUpdateSchema, "edition.write", { speakerId: "id" }))
    .mutation(({ ctx, input }) => editSpeaker(ctx, input)),

  deleteSpeaker: protectedProcedure
    .concat(scoped(programItemDeleteSchema, "edition.write", { speakerId: "id" }))
    .mutation(({ ctx, input }) => removeSpeaker(ctx, input)),

  reorderSpeakers: protectedProcedure
    .concat(scoped(speakerReorderSchema, "edition.write", { sessionId: "sessionId" }))
    .mutation(({ ctx, input }) => reorderSessionSpeakers(ctx, input)),
});
