import fc, { type Arbitrary } from "fast-check";
import type { z } from "zod";

/** Real values from the demo database, so that generated calls get past validation and reach the data. */
export interface Pools {
  /** Ids by table (camelCase table name, as in the Kysely schema). */
  idsByTable: Map<string, string[]>;
  allIds: string[];
  /** Slugs, milestone keys, survey tokens, question ids, e-mail addresses. */
  strings: string[];
}

// Text PostgreSQL refuses (NUL; lone surrogates, which jsonb refuses) comes up most often, then SQL and LIKE
// metacharacters, blanks and impossible dates.
const UNSTORABLE = ["a\u0000b", "\u0000", "x\uD800y", "\uDFFF", "末尾\uD83D"];
const HOSTILE_STRINGS = [
  ...UNSTORABLE,
  ...UNSTORABLE,
  ...UNSTORABLE,
  "'; drop table task; --",
  "%_\\",
  "   ",
  "",
  "2026-02-30",
  "0000-00-00",
  "99999-01-01",
];
const HOSTILE_NUMBERS = [2_147_483_648, -2_147_483_649, 2 ** 53, Number.MAX_SAFE_INTEGER, -1, 0, 1.5, 1e308];
const HOSTILE_IDS = [
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "7f1c1a52-6a4b-4f43-9a57-3f6a1c2b9e1",
];
/** The ways organizers write dates, valid and not. */
const DATE_LIKE = ["2026-11-25", "2027-03-31", "2026-04-17", "4.17", "10.29", "1/27", "11月", "2026-13-01"];

/** Which table an id field points at, by its name (`id` itself by the router it is sent to). */
const TABLE_OF_FIELD: Record<string, string> = {
  regionId: "region",
  editionId: "forumEdition",
  partnerEditionId: "forumEdition",
  meetingId: "meeting",
  organizationId: "organization",
  taskId: "task",
  themeId: "hearingTheme",
  hearingId: "hearing",
  surveyId: "survey",
  sessionId: "forumSession",
  speakerId: "sessionSpeaker",
  userId: "appUser",
  assigneeId: "appUser",
  actorId: "appUser",
  announcementId: "announcement",
  agreementId: "cohostAgreement",
  entryId: "timelineEntry",
  copyFromId: "survey",
};
const TABLE_OF_ROUTER: Record<string, string> = {
  task: "task",
  forumEdition: "forumEdition",
  announcement: "announcement",
  organization: "organization",
  agreement: "cohostAgreement",
  meeting: "meeting",
  hearing: "hearing",
  timeline: "timelineEntry",
  survey: "survey",
  user: "appUser",
  feedToken: "feedToken",
  program: "forumSession",
};

interface Where {
  /** The object key this value is sent under. */
  key: string;
  /** The router (first part of the procedure path). */
  router: string;
  /** Whether this value may be hostile; an object makes one of its fields hostile and keeps the rest plausible. */
  hostile: boolean;
}

type AnySchema = z.core.$ZodType;
// biome-ignore lint/suspicious/noExplicitAny: zod's internal definitions differ per schema type.
type AnyDef = any;
const defOf = (schema: AnySchema): AnyDef => schema._zod.def;

interface Bounds {
  min?: number;
  max?: number;
  patterns: RegExp[];
  integer: boolean;
}

function boundsOf(def: AnyDef): Bounds {
  const bounds: Bounds = { patterns: [], integer: false };
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === "min_length") bounds.min = Math.max(bounds.min ?? 0, c.minimum);
    if (c.check === "max_length") bounds.max = Math.min(bounds.max ?? Number.POSITIVE_INFINITY, c.maximum);
    if (c.check === "length_equals") bounds.min = bounds.max = c.length;
    if (c.check === "string_format" && c.pattern) bounds.patterns.push(c.pattern);
    if (c.check === "number_format") bounds.integer = true;
    if (c.check === "greater_than")
      bounds.min = Math.max(bounds.min ?? Number.NEGATIVE_INFINITY, c.value + (c.inclusive ? 0 : 1));
    if (c.check === "less_than")
      bounds.max = Math.min(bounds.max ?? Number.POSITIVE_INFINITY, c.value - (c.inclusive ? 0 : 1));
  }
  if (def.pattern instanceof RegExp && def.format !== "uuid") bounds.patterns.push(def.pattern);
  return bounds;
}

/** A plausible value, or where hostility is asked for, more often than not a hostile one. */
const mixed = <T>(where: Where, plausible: Arbitrary<T>, hostile: readonly unknown[]): Arbitrary<unknown> =>
  where.hostile
    ? fc.oneof({ arbitrary: plausible, weight: 1 }, { arbitrary: fc.constantFrom(...hostile), weight: 2 })
    : plausible;

function uuidArbitrary(pools: Pools, where: Where): Arbitrary<unknown> {
  const table = TABLE_OF_FIELD[where.key] ?? (where.key === "id" ? TABLE_OF_ROUTER[where.router] : undefined);
  const own = (table && pools.idsByTable.get(table)) || [];
  const plausible = own.length > 0 ? fc.constantFrom(...own) : fc.constantFrom(...pools.allIds);
  if (!where.hostile) return plausible;
  return fc.oneof(
    { arbitrary: plausible, weight: 2 },
    // An id of another kind of record, and one nobody has: a forged or deleted record.
    { arbitrary: fc.constantFrom(...pools.allIds), weight: 2 },
    { arbitrary: fc.uuid({ version: 4 }), weight: 3 },
    { arbitrary: fc.constantFrom(...HOSTILE_IDS, ...HOSTILE_STRINGS), weight: 1 },
  );
}

function stringArbitrary(def: AnyDef, pools: Pools, where: Where): Arbitrary<unknown> {
  if (def.format === "uuid" || def.format === "guid") return uuidArbitrary(pools, where);
  const bounds = boundsOf(def);
  if (def.format === "email") {
    const known = pools.strings.filter((s) => s.includes("@"));
    return mixed(where, fc.oneof(fc.constantFrom(...known), fc.emailAddress()), HOSTILE_STRINGS);
  }
  if (bounds.patterns.length > 0) {
    const known = pools.strings.filter((s) => bounds.patterns.every((p) => p.test(s)));
    const generated = bounds.patterns.map((p) => fc.stringMatching(p));
    return mixed(where, fc.oneof(...(known.length > 0 ? [fc.constantFrom(...known)] : []), ...generated), [
      ...HOSTILE_STRINGS,
      "x".repeat(200),
    ]);
  }
  // Dates are strings checked by a refinement the schema does not describe: recognise them by name.
  if (/(On|Date|^date|^from|^to|^opens|^closes)$/.test(where.key)) {
    const day = fc
      .date({ min: new Date("2025-01-01"), max: new Date("2028-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    return mixed(where, fc.oneof(day, fc.constantFrom(...DATE_LIKE)), HOSTILE_STRINGS);
  }
  const max = Math.min(bounds.max ?? 40, 40);
  const min = Math.min(bounds.min ?? 0, max);
  const tooLong = "長".repeat(Math.min((bounds.max ?? 10_000) + 1, 100_001));
  return mixed(
    where,
    fc.oneof(
      { arbitrary: fc.string({ minLength: min, maxLength: max }), weight: 3 },
      { arbitrary: fc.string({ minLength: min, maxLength: max, unit: "binary" }), weight: 2 },
      {
        arbitrary: fc.constantFrom("埼玉県難病相談支援センター", "就労支援フォーラム", "ﾃｽﾄ", "😀"),
        weight: 1,
      },
      { arbitrary: fc.constantFrom(...DATE_LIKE, ...pools.strings), weight: 2 },
    ),
    [...HOSTILE_STRINGS, tooLong],
  );
}

function numberArbitrary(def: AnyDef, where: Where): Arbitrary<unknown> {
  const bounds = boundsOf(def);
  const integer = bounds.integer || def.format === "safeint" || def.format === "int32";
  const lo = Math.max(bounds.min ?? -1_000, -1_000_000);
  const hi = Math.min(bounds.max ?? 1_000, 1_000_000);
  const plausible =
    where.key === "version"
      ? fc.constantFrom(1, 1, 2, 3)
      : where.key === "page"
        ? fc.integer({ min: 1, max: 3 })
        : integer
          ? fc.integer({ min: Math.ceil(lo), max: Math.max(Math.ceil(lo), Math.floor(hi)) })
          : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
  return mixed(where, plausible, HOSTILE_NUMBERS);
}

/** Inputs for a procedure: plausible ones (to reach the data) and ones with a hostile value somewhere. */
export function inputFor(schema: AnySchema, pools: Pools, router: string): Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: arbitraryFor(schema, pools, { key: "", router, hostile: false }), weight: 1 },
    { arbitrary: arbitraryFor(schema, pools, { key: "", router, hostile: true }), weight: 2 },
  );
}

/** Values for a zod v4 schema, read from its own definition: what the procedure says it takes, and worse. */
export function arbitraryFor(schema: AnySchema, pools: Pools, where: Where): Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return stringArbitrary(def, pools, where);
    case "number":
      return numberArbitrary(def, where);
    case "boolean":
      return fc.boolean();
    case "enum":
      return mixed(where, fc.constantFrom(...Object.values(def.entries as Record<string, string>)), [
        "not-a-value",
      ]);
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "object": {
      const shape = def.shape as Record<string, AnySchema>;
      const fields = Object.fromEntries(
        Object.entries(shape).map(([key, field]) => [key, arbitraryFor(field, pools, { ...where, key })]),
      );
      const object = fc.record(fields).map((o) =>
        // An absent field, not one sent as undefined (JSON has no undefined).
        Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)),
      );
      return fc.oneof(
        { arbitrary: object, weight: 12 },
        { arbitrary: fc.constantFrom(null, "x", 42, []), weight: 1 },
      );
    }
    case "array": {
      const bounds = boundsOf(def);
      const minLength = Math.min(bounds.min ?? 0, 5);
      return fc.array(arbitraryFor(def.element, pools, where), {
        minLength,
        maxLength: Math.max(minLength, Math.min(bounds.max ?? 5, 5)),
      });
    }
    case "optional":
    case "default":
    case "prefault":
      return fc.oneof(fc.constant(undefined), arbitraryFor(def.innerType, pools, where));
    case "nullable":
      return fc.oneof(fc.constant(null), arbitraryFor(def.innerType, pools, where));
    case "readonly":
    case "catch":
    case "nonoptional":
      return arbitraryFor(def.innerType, pools, where);
    case "pipe":
      // `.transform()` is a pipe into a transform: generate what goes in. `.pipe(z.email())`: what comes out.
      return defOf(def.out).type === "transform"
        ? arbitraryFor(def.in, pools, where)
        : arbitraryFor(def.out, pools, where);
    case "union":
      return fc.oneof(...(def.options as AnySchema[]).map((o) => arbitraryFor(o, pools, where)));
    case "record":
      return fc.dictionary(
        arbitraryFor(def.keyType, pools, where) as Arbitrary<string>,
        arbitraryFor(def.valueType, pools, where),
        { maxKeys: 4 },
      );
    default:
      return fc.constantFrom(undefined, null, "x");
  }
}
