import { PREFECTURES, REGION_BLOCKS } from "@kyoso/domain";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const referenceRouter = createTRPCRouter({
  /** The 47 prefectures and the eight blocks, for maps and pickers: public reference data. */
  prefectures: publicProcedure
    .meta({ permission: "public", scope: "none" })
    .query(() => ({ prefectures: PREFECTURES, blocks: REGION_BLOCKS })),
});
