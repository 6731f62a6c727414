import { editionRefSchema, retrospectiveSaveSchema } from "@kyoso/domain";
import { retrospectiveOfEdition, saveRetrospective } from "../services/retrospectives";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

/** After the forum: attendance at the venue and online, the participants' survey link, and notes. */
export const retrospectiveRouter = createTRPCRouter({
  /** Null until someone writes one. */
  forEdition: protectedProcedure
    .concat(scoped(editionRefSchema, "edition.read", { editionId: "editionId" }))
    .query(({ ctx }) => retrospectiveOfEdition(ctx)),

  save: protectedProcedure
    .concat(scoped(retrospectiveSaveSchema, "edition.write", { editionId: "editionId" }))
    .mutation(({ ctx, input }) => saveRetrospective(ctx, input)),
});
