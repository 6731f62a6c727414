import type { DB } from "../index";

interface Parser {
  safeParse?: (value: unknown) => { success: boolean };
}
interface ProcedureDef {
  type: "query" | "mutation" | "subscription";
  inputs: Parser[];
}

/** A tRPC router as far as `dashboardCalls` reads it (its procedures' kinds and input parsers). */
export interface ProcedureRouter {
  _def: { procedures: Record<string, unknown> };
}

export interface DashboardCall {
  path: string;
  input: unknown;
}

/**
 * Every query procedure of `router` (a new one is included by itself) with an input from the demo data: none
 * when it takes none, `{}` when its fields are all optional, else the entry of `callInputs`. Throws for a
 * query procedure with a required input and no entry there.
 */
export async function dashboardCalls(db: DB, router: ProcedureRouter): Promise<DashboardCall[]> {
  const inputs = await callInputs(db);
  return Object.entries(router._def.procedures)
    .map(([path, p]) => [path, (p as { _def: ProcedureDef })._def] as const)
    .filter(([, def]) => def.type === "query")
    .map(([path, def]) => {
      if (path in inputs) return { path, input: inputs[path] };
      if (def.inputs.length === 0) return { path, input: undefined };
      if (def.inputs.every((p) => p.safeParse?.({}).success)) return { path, input: {} };
      throw new Error(`${path}: no input in dashboard-calls.ts`);
    });
}

/** Inputs for the query procedures that need one: records of 埼玉県, so its committee members may read them. */
async function callInputs(db: DB): Promise<Record<string, unknown>> {
  const region = await db
    .selectFrom("region")
    .select("id")
    .where("slug", "=", "saitama")
    .executeTakeFirstOrThrow();
  const regionId = region.id;
  const first = async (table: "meeting" | "hearing" | "task" | "survey") =>
    (
      await db
        .selectFrom(table)
        .select("id")
        .where("regionId", "=", regionId)
        .where("deletedAt", "is", null)
        .orderBy("id")
        .executeTakeFirstOrThrow()
    ).id;
  const { id: editionId } = await db
    .selectFrom("forumEdition")
    .select("id")
    .where("regionId", "=", regionId)
    .orderBy("year", "desc")
    .executeTakeFirstOrThrow();
  const agreement = await db
    .selectFrom("cohostAgreement")
    .select("id")
    .where("editionId", "=", editionId)
    .executeTakeFirstOrThrow();
  const organization = await db
    .selectFrom("organization")
    .select("id")
    .where("prefectureCode", "=", "11")
    .orderBy("id")
    .executeTakeFirstOrThrow();
  const survey = await db
    .selectFrom("survey")
    .innerJoin("surveyQuestion", "surveyQuestion.surveyId", "survey.id")
    .select(["survey.id", "survey.publicToken", "surveyQuestion.id as questionId"])
    .where("survey.regionId", "=", regionId)
    .where("survey.status", "!=", "draft")
    .where("surveyQuestion.kind", "=", "longText")
    .executeTakeFirstOrThrow();
  const networkPage = await db.selectFrom("networkPage").select("id").executeTakeFirstOrThrow();
  const [meetingId, hearingId, taskId, surveyId] = [
    await first("meeting"),
    await first("hearing"),
    await first("task"),
    await first("survey"),
  ];
  const slug = { slug: "saitama" };
  const page = { slug: "saitama", page: 1, pageSize: 30 };
  return {
    "region.summary": slug,
    "region.bySlug": slug,
    "region.page": slug,
    "forumEdition.byId": { id: editionId },
    "program.forEdition": { editionId },
    "announcement.forEdition": { editionId },
    "retrospective.forEdition": { editionId },
    "milestone.forEdition": { editionId },
    "organization.list": { query: "センター" },
    "organization.byId": { id: organization.id },
    "agreement.forRegion": slug,
    "agreement.byId": { id: agreement.id },
    "agreement.stalled": { days: 30 },
    "meeting.forRegion": page,
    "meeting.byId": { id: meetingId },
    "hearing.forRegion": page,
    "hearing.byId": { id: hearingId },
    "hearing.findingsByTheme": { page: 1, pageSize: 30 },
    "timeline.list": page,
    "trash.list": { regionSlug: "saitama" },
    "task.list": { regionId, pageSize: 50 },
    "task.byId": { id: taskId },
    "survey.forRegion": slug,
    "survey.byId": { id: surveyId },
    "survey.copySources": { regionId },
    "survey.responses": { surveyId: survey.id },
    "survey.results": { id: survey.id },
    "survey.textAnswers": { id: survey.id, questionId: survey.questionId },
    "publicSurvey.get": { token: survey.publicToken },
    "audit.forRecord": { recordType: "hearing", id: hearingId },
    "networkPage.byId": { id: networkPage.id },
    "file.meetingFiles": { meetingId },
    "file.hearingFiles": { hearingId },
    "file.editionFiles": { editionId },
    "file.taskFiles": { taskId },
  };
}
