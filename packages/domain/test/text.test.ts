import { describe, expect, it } from "vitest";
import {
  INT4_MAX,
  isStorableText,
  safeString,
  stripUnstorable,
  taskCommentSchema,
  taskCreateSchema,
  UNSTORABLE_TEXT_MESSAGE,
  versionSchema,
} from "../src/index";

describe("text the database can store", () => {
  it("refuses NUL and unpaired surrogates, keeps paired ones (emoji, rare kanji)", () => {
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("a\uD800b")).toBe(false);
    expect(isStorableText("\uDC00")).toBe(false);
    expect(isStorableText("末尾\uD83D")).toBe(false);
    expect(isStorableText("😀 𠮷野家 難病")).toBe(true);
    expect(stripUnstorable("a\u0000b\uD800c😀")).toBe("abc😀");
  });

  it("keeps the string chain (trim, min, max) and reports the Japanese reason first", () => {
    const schema = safeString().trim().min(1).max(5);
    expect(schema.parse("  abc ")).toBe("abc");
    const result = schema.safeParse("a\u0000b");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(UNSTORABLE_TEXT_MESSAGE);
  });

  it("is used by the input schemas: a task title or comment with NUL or a lone surrogate is refused", () => {
    const task = taskCreateSchema.safeParse({
      regionId: "7f1c1a52-6a4b-4f43-9a57-3f6a1c2b9e10",
      title: "a\u0000b",
    });
    expect(task.error?.issues.some((i) => i.message === UNSTORABLE_TEXT_MESSAGE)).toBe(true);
    const comment = taskCommentSchema.safeParse({
      taskId: "7f1c1a52-6a4b-4f43-9a57-3f6a1c2b9e10",
      body: "x\uDFFF",
    });
    expect(comment.error?.issues[0]?.message).toBe(UNSTORABLE_TEXT_MESSAGE);
  });
});

describe("integers stored as PostgreSQL integer", () => {
  it("accepts a version up to 2,147,483,647 and refuses one past it", () => {
    expect(versionSchema.parse(INT4_MAX)).toBe(INT4_MAX);
    expect(versionSchema.safeParse(INT4_MAX + 1).success).toBe(false);
    expect(versionSchema.safeParse(0).success).toBe(false);
  });
});
