import { findOrganizationWithHome, listOrganizations } from "@kyoso/db";
import {
  csvUploadSchema,
  DomainError,
  idInputSchema,
  idSchema,
  organizationCreateSchema,
  organizationListSchema,
  organizationUpdateSchema,
  readableRegionFilter,
  recordDeleteSchema,
  visibleRegionFilter,
} from "@kyoso/domain";
import { z } from "zod";
import {
  commitOrganizationImport,
  createOrganization,
  deleteOrganization,
  previewOrganizationImport,
  updateOrganization,
} from "../services/organizations";
import { createTRPCRouter, protectedProcedure, scoped } from "../trpc";

const importInput = z.object({ regionId: idSchema, fileBase64: csvUploadSchema });

export const organizationRouter = createTRPCRouter({
  /**
   * Names, types and prefectures (no contacts), searchable by name or kana, paged on the server: of the
   * regions the caller may see (a partner, their forum's region only). The free-text note only where the
   * caller may read a region covering the organization's prefecture, as `byId` allows.
   */
  list: protectedProcedure
    .meta({ permission: "region.summary", scope: "none" })
    .input(organizationListSchema)
    .query(({ ctx, input }) => {
      const visible = visibleRegionFilter(ctx.actor);
      const readable = readableRegionFilter(ctx.actor);
      return listOrganizations(ctx.db, input, {
        visibleRegionIds: visible.all ? null : visible.regionIds,
        noteRegionIds: readable.all ? null : readable.regionIds,
      });
    }),

  /** With contact people: for those who may read a region covering its prefecture. */
  byId: protectedProcedure
    .concat(scoped(idInputSchema, "region.read", { organizationId: "id" }))
    .query(async ({ ctx, input }) => {
      const organization = await findOrganizationWithHome(ctx.db, input.id);
      if (!organization) throw new DomainError("NOT_FOUND", "指定された団体が見つかりません。");
      return organization;
    }),

  create: protectedProcedure
    .concat(scoped(organizationCreateSchema, "region.write", { regionId: "regionId" }))
    .mutation(({ ctx, input }) => createOrganization(ctx, input)),

  update: protectedProcedure
    .concat(scoped(organizationUpdateSchema, "region.write", { organizationId: "id" }))
    .mutation(({ ctx, input }) => updateOrganization(ctx, input)),

  /** Soft delete; refused while agreements, meetings or hearings refer to it (the message names them). */
  delete: protectedProcedure
    .concat(scoped(recordDeleteSchema, "region.write", { organizationId: "id" }))
    .mutation(({ ctx, input }) => deleteOrganization(ctx, input)),

  importPreview: protectedProcedure
    .concat(scoped(importInput, "region.write", { regionId: "regionId" }))
    .mutation(({ ctx, input }) => previewOrganizationImport(ctx, input.regionId, input.fileBase64)),

  importCommit: protectedProcedure
    .concat(scoped(importInput, "region.write", { regionId: "regionId" }))
    .mutation(({ ctx, input }) => commitOrganizationImport(ctx, input.regionId, input.fileBase64)),
});
