import { surveyUpdateSchema, taskBulkStatusSchema } from "@kyoso/domain";
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { protectedProcedure, scoped } from "../src/trpc";

// A scope names the input field the permission check reads. tsc checks the name against the procedure's input
// schema (this file is part of `pnpm typecheck`): a typo, which would refuse every regional caller at run time,
// fails the build instead. Each @ts-expect-error below fails the build if the declaration it marks compiles.

describe("scope declarations", () => {
  it("name a string field of the input for one record, and a list of ids for taskIds; anything else does not build", () => {
    const update = scoped(surveyUpdateSchema, "region.write", { surveyId: "id" });
    const bulk = scoped(taskBulkStatusSchema, "task.write", { taskIds: "ids" });
    // @ts-expect-error "surveyID" is no field of the survey update input (the typo this guards against)
    scoped(surveyUpdateSchema, "region.write", { surveyId: "surveyID" });
    // @ts-expect-error "version" is a number, not the id of a record
    scoped(surveyUpdateSchema, "region.write", { surveyId: "version" });
    // @ts-expect-error taskIds needs the list of ids, not a single field
    scoped(taskBulkStatusSchema, "task.write", { taskIds: "status" });
    // @ts-expect-error a single reference cannot name the list
    scoped(taskBulkStatusSchema, "task.write", { taskId: "ids" });
    // @ts-expect-error "surveyid" is no kind of reference the permission check knows
    scoped(surveyUpdateSchema, "region.write", { surveyid: "id" });
    // @ts-expect-error a literal scope is refused: every scope that names a field goes through scoped()
    protectedProcedure.meta({ permission: "region.write", scope: { surveyId: "id" } });
    protectedProcedure.meta({ permission: "region.read", scope: "none" });

    expect(update._def.meta).toEqual({ permission: "region.write", scope: { surveyId: "id" } });
    expect(bulk._def.meta).toEqual({ permission: "task.write", scope: { taskIds: "ids" } });
  });

  it("leave the resolver its typed input and the scope the permission check found", () => {
    const procedure = protectedProcedure
      .concat(
        scoped(z.object({ id: z.uuid(), note: z.string().optional() }), "region.read", { meetingId: "id" }),
      )
      .query(({ ctx, input }) => ({ input, scope: ctx.scope }));
    type Out = (typeof procedure)["_def"]["$types"]["output"];
    expectTypeOf<Out["input"]>().toEqualTypeOf<{ id: string; note?: string | undefined }>();
    expectTypeOf<Out["scope"]>().toEqualTypeOf<{ regionId: string | null; editionId: string | null }>();
    expect(procedure._def.meta).toEqual({ permission: "region.read", scope: { meetingId: "id" } });
  });
});
