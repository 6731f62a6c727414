import { z } from "zod";
import { parseIsoDate } from "./dates";

/**
 * NUL, and UTF-16 surrogates without their pair. PostgreSQL stores neither: NUL is refused in text columns and
 * both are refused in jsonb (where the audit log keeps every record's before and after), so such text must be
 * refused where it comes in, with a reason the user can act on.
 */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE =
  "使用できない文字（制御文字や壊れた文字）が含まれています。その文字を削除してから、もう一度お試しください。";

/** Whether PostgreSQL can store this text (in text and jsonb columns alike). */
export const isStorableText = (value: string): boolean => !UNSTORABLE.test(value);

/** Removes what PostgreSQL cannot store: for text read from files, where a cell is cleaned rather than refused. */
export const stripUnstorable = (value: string): string => value.replace(new RegExp(UNSTORABLE, "g"), "");

/**
 * Every text field of every input starts here instead of `z.string()`: the same string schema (trim, min,
 * max, regex chain as usual), refusing text the database cannot store.
 */
export const safeString = () => z.string().refine(isStorableText, { message: UNSTORABLE_TEXT_MESSAGE });

/** A calendar date in an input (dates.ts has the type and the rules, without zod). */
export const isoDateSchema = safeString().refine((v) => parseIsoDate(v) !== undefined, {
  message: "日付は YYYY-MM-DD の形式の正しい日付で入力してください。",
});

/** The largest value of a PostgreSQL `integer`: versions, page numbers and counts are stored as one. */
export const INT4_MAX = 2_147_483_647;

/** An integer that fits a PostgreSQL `integer` column (larger would fail in the database, not here). */
export const int4 = () =>
  z
    .number()
    .int()
    .max(INT4_MAX, { message: "数値が大きすぎます。" })
    .min(-INT4_MAX - 1, { message: "数値が小さすぎます。" });

/** The optimistic version an edit was based on. */
export const versionSchema = int4().min(1, { message: "版の指定が正しくありません。" });

/** A page number for server-side paging (bounded so the offset stays a valid number). */
export const pageSchema = int4().min(1).max(1_000_000, { message: "ページの指定が大きすぎます。" });

/** A region's slug as it appears in addresses (`saitama`, `shutoken`): the one pattern every entry point checks. */
export const REGION_SLUG_PATTERN = /^[a-z0-9-]{1,64}$/;

export const regionSlugSchema = safeString().regex(REGION_SLUG_PATTERN, {
  message: "地域の指定が正しくありません。",
});

/** The id of a record an input names; the message says which (`idOf("フォーラム")`: 「フォーラムの指定が正しくありません。」). */
export const idOf = (what: string) => z.uuid({ message: `${what}の指定が正しくありません。` });

/** The id of a record an input names, when the field says what it is. */
export const idSchema = z.uuid({ message: "指定が正しくありません。画面を再読み込みしてください。" });

/** The input of a procedure that reads one record (`byId`) or acts on it. */
export const idInputSchema = z.object({ id: idSchema });

/** The input of a procedure that changes one record as the editor saw it (publish, close, delete). */
export const versionedIdSchema = z.object({ id: idSchema, version: versionSchema });

/** The input of a procedure on one forum edition (its program, announcements, retrospective). */
export const editionRefSchema = z.object({ editionId: idOf("フォーラム") });

/** How many rows a page of a server-paged list holds: 1 to `max`, `fallback` when left out. */
export const pageSizeSchema = (fallback: number, max = 100) => int4().min(1).max(max).default(fallback);
