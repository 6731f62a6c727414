import { retrospectiveSaveSchema } from "@kyoso/domain";
import { z } from "zod";
import { retrospectiveOfEdition, saveRetrospective } from "../services/retrospectives";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** After the forum: attendance at the venue and online, the participants' survey link, and notes. */
export const retrospectiveRouter = createTRPCRouter({
  /** Null until someone writes one. */
  forEdition: protectedProcedure
    .meta({ permission: "edition.read", scope: { editionId: "editionId" } })
    .input(z.object({ editionId: z.uuid({ message: "フォーラムの指定が正しくありません。" }) }))
    .query(({ ctx, input }) => retrospectiveOfEdition(ctx, input.editionId)),

  save: protectedProcedure
    .meta({ permission: "edition.write", scope: { editionId: "editionId" } })
    .input(retrospectiveSaveSchema)
    .mutation(({ ctx, input }) => saveRetrospective(ctx, input)),
});
