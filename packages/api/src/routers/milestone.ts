import { listMilestoneTemplate } from "@kyoso/db";
import {
  editionMilestoneUpdateSchema,
  idSchema,
  templateItemCreateSchema,
  templateItemUpdateSchema,
} from "@kyoso/domain";
import { z } from "zod";
import {
  addTemplateItem,
  milestonesOfEdition,
  setEditionMilestone,
  updateTemplateItem,
} from "../services/milestones";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

export const milestoneRouter = createTRPCRouter({
  template: protectedProcedure
    .meta({ permission: "signedIn", scope: "none" })
    .query(({ ctx }) => listMilestoneTemplate(ctx.db)),

  addTemplateItem: protectedProcedure
    .meta({ permission: "settings.manage", scope: "none" })
    .input(templateItemCreateSchema)
    .mutation(({ ctx, input }) => addTemplateItem(ctx, input)),

  updateTemplateItem: protectedProcedure
    .meta({ permission: "settings.manage", scope: "none" })
    .input(templateItemUpdateSchema)
    .mutation(({ ctx, input }) => updateTemplateItem(ctx, input)),

  /** Stage and milestone status are summary data: anyone who may see the region's summary sees them. */
  forEdition: protectedProcedure
    .concat(scoped(z.object({ editionId: idSchema }), "region.summary", { editionId: "editionId" }))
    .query(({ ctx, input }) => milestonesOfEdition(ctx, input.editionId)),

  setForEdition: protectedProcedure
    .concat(scoped(editionMilestoneUpdateSchema, "edition.write", { editionId: "editionId" }))
    .mutation(({ ctx, input }) => setEditionMilestone(ctx, input)),
});
