import { findRegionDetail, listRegions } from "@kyoso/db";
import { DomainError } from "@kyoso/domain";
import { z } from "zod";
import { createTRPCRouter, publicProcedure } from "../trpc";

const slugSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, { message: "地域の指定が正しくありません。" });

export const regionRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => listRegions(ctx.db)),

  bySlug: publicProcedure.input(z.object({ slug: slugSchema })).query(async ({ ctx, input }) => {
    const region = await findRegionDetail(ctx.db, input.slug);
    if (!region) throw new DomainError("NOT_FOUND", "指定された地域が見つかりません。");
    return region;
  }),
});
