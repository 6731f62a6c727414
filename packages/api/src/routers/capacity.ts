import { capacitySetSchema, csvUploadSchema, idOf, versionSchema } from "@kyoso/domain";
import { z } from "zod";
import { commitRegistrationImport, previewRegistrationImport, setCapacity } from "../services/capacity";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

const fileBase64 = csvUploadSchema;
const editionId = idOf("フォーラム");

/**
 * Venue and online capacity and registration counts of a forum edition (read them from forumEdition.byId). A
 * write that fills the venue makes the edition online-only from that day and drafts the announcement.
 */
export const capacityRouter = createTRPCRouter({
  set: protectedProcedure
    .concat(scoped(capacitySetSchema, "edition.write", { editionId: "editionId" }))
    .mutation(({ ctx, input }) => setCapacity(ctx, input)),

  /** Reads a registration service's CSV (UTF-8 with or without BOM, or Shift_JIS) and writes nothing. */
  importPreview: protectedProcedure
    .concat(scoped(z.object({ editionId, fileBase64 }), "edition.write", { editionId: "editionId" }))
    .mutation(({ ctx, input }) => previewRegistrationImport(ctx, input.editionId, input.fileBase64)),

  importCommit: protectedProcedure
    .concat(
      scoped(z.object({ editionId, version: versionSchema, fileBase64 }), "edition.write", {
        editionId: "editionId",
      }),
    )
    .mutation(({ ctx, input }) => commitRegistrationImport(ctx, input)),
});
