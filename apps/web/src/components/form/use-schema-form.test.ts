import { feedTokenCreateSchema, hearingCreateSchema } from "@kyoso/domain";
import type { FieldValues, ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { flattenErrors, schemaResolver } from "./use-schema-form";

// What react-hook-form passes a resolver; these forms register no native fields.
const options = <V extends FieldValues>() =>
  ({ fields: {}, shouldUseNativeValidation: false }) as unknown as ResolverOptions<V>;

describe("the form layer's resolver", () => {
  it("passes the schema's parsed output (trimmed) to the submit handler", async () => {
    const resolve = schemaResolver({ schema: feedTokenCreateSchema, defaultValues: { label: "" } });
    const result = await resolve({ label: "  仕事用  " }, undefined, options());
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ label: "仕事用" });
  });

  it("keys the schema's Japanese message by the field that shows it", async () => {
    const resolve = schemaResolver({ schema: feedTokenCreateSchema, defaultValues: { label: "" } });
    const result = await resolve({ label: " " }, undefined, options());
    expect(flattenErrors(result.errors)).toEqual({
      label: ["どこで使うリンクか、名前を入力してください（例: 仕事用のカレンダー）。"],
    });
  });

  it("adds the browser's own checks and moves row errors to the row the form shows", async () => {
    const values = { label: "x", rows: ["", "filled"] };
    const resolve = schemaResolver({
      schema: hearingCreateSchema,
      defaultValues: values,
      toInput: () => ({ regionId: "not-a-uuid" }),
      check: () => ({ label: ["自分の確認"] }),
      fieldOf: (path) => (path === "regionId" ? "rows.1" : path),
    });
    const flat = flattenErrors((await resolve(values, undefined, options())).errors);
    expect(flat.label).toEqual(["自分の確認"]);
    expect(flat["rows.1"]).toEqual(["地域の指定が正しくありません。"]);
    expect(flat.regionId).toBeUndefined();
  });
});
