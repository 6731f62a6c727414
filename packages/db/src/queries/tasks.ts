import { TASK_COUNT_CAP, type TaskListInput, type TaskPriority, type TaskStatus } from "@kyoso/domain";
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Database } from "../schema";
import { updateLiveAtVersion } from "./soft-delete";

export interface TaskRow {
  id: string;
  regionId: string;
  regionName: string;
  editionId: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  title: string;
  description: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  status: TaskStatus;
  priority: TaskPriority;
  dueOn: string | null;
  version: number;
  updatedAt: string;
}

const base = (db: Kysely<Database>) =>
  db
    .selectFrom("task")
    .innerJoin("region", "region.id", "task.regionId")
    .leftJoin("appUser", "appUser.id", "task.assigneeId")
    .leftJoin("meeting", (join) =>
      join.onRef("meeting.id", "=", "task.meetingId").on("meeting.deletedAt", "is", null),
    );

const columns = [
  "task.id",
  "task.regionId",
  "region.nameJa as regionName",
  "task.editionId",
  "meeting.id as meetingId",
  "meeting.title as meetingTitle",
  "task.title",
  "task.description",
  "task.assigneeId",
  "appUser.displayName as assigneeName",
  "task.status",
  "task.priority",
  "task.dueOn",
  "task.version",
  "task.updatedAt",
] as const;

type Raw = Omit<TaskRow, "status" | "priority" | "updatedAt"> & {
  status: string;
  priority: string;
  updatedAt: Date;
};
const toRow = (r: Raw): TaskRow => ({
  ...r,
  status: r.status as TaskStatus,
  priority: r.priority as TaskPriority,
  updatedAt: new Date(r.updatedAt).toISOString(),
});

const SORTS = {
  dueOn: sql`task.due_on`,
  priority: sql`case task.priority when 'high' then 0 when 'normal' then 1 else 2 end`,
  status: sql`case task.status when 'todo' then 0 when 'doing' then 1 when 'blocked' then 2 else 3 end`,
  title: sql`task.title`,
  region: sql`region.name_ja`,
  updatedAt: sql`task.updated_at`,
} as const;

export interface TaskVisibilityFilter {
  regionIds: string[];
  assigneeId: string | null;
}

export interface TaskPage {
  rows: TaskRow[];
  /** Matching tasks, counted up to the cap: with `totalIsLowerBound` there are more than this. */
  total: number;
  totalIsLowerBound: boolean;
}

/** The list's filters, on a query from `task` alone: they touch only task columns. */
function filtered<O>(
  query: SelectQueryBuilder<Database, "task", O>,
  input: TaskListInput & { mineId?: string | undefined },
  visibleTo: TaskVisibilityFilter | null,
): SelectQueryBuilder<Database, "task", O> {
  let q = query.where("task.deletedAt", "is", null);
  if (visibleTo) {
    const { regionIds, assigneeId } = visibleTo;
    q = q.where((eb) =>
      eb.or([
        ...(regionIds.length > 0 ? [eb("task.regionId", "in", regionIds)] : []),
        ...(assigneeId ? [eb("task.assigneeId", "=", assigneeId)] : []),
        eb.val(false),
      ]),
    );
  }
  if (input.regionId) q = q.where("task.regionId", "=", input.regionId);
  if (input.statuses?.length) q = q.where("task.status", "in", input.statuses);
  if (input.assigneeId) q = q.where("task.assigneeId", "=", input.assigneeId);
  if (input.mineId) q = q.where("task.assigneeId", "=", input.mineId);
  if (input.dueFrom) q = q.where("task.dueOn", ">=", input.dueFrom);
  if (input.dueTo) q = q.where("task.dueOn", "<=", input.dueTo);
  if (input.text) q = q.where("task.title", "ilike", `%${input.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return q;
}

/**
 * One page of tasks, filtered and sorted in SQL, with the count of matches up to `countCap`: two statements
 * whatever the page. `visibleTo` narrows the list to what a regional role may see.
 */
export async function listTasks(
  db: Kysely<Database>,
  input: TaskListInput & { mineId?: string | undefined },
  visibleTo: TaskVisibilityFilter | null,
  countCap: number = TASK_COUNT_CAP,
): Promise<TaskPage> {
  const order = sql`${SORTS[input.sort]} ${input.direction === "desc" ? sql`desc` : sql`asc`} nulls last`;
  const [rows, counted] = await Promise.all([
    // The page's ids first, from `task` alone (an index-only scan where an index matches the filter and the
    // order), then the joins for those rows only: a deep page skips ids, not joined rows.
    db
      .selectFrom((eb) =>
        filtered(eb.selectFrom("task"), input, visibleTo)
          .$if(input.sort === "region", (q) => q.innerJoin("region", "region.id", "task.regionId"))
          .select("task.id")
          .orderBy(order)
          .orderBy("task.id")
          .limit(input.pageSize)
          .offset((input.page - 1) * input.pageSize)
          .as("page"),
      )
      .innerJoin("task", "task.id", "page.id")
      .innerJoin("region", "region.id", "task.regionId")
      .leftJoin("appUser", "appUser.id", "task.assigneeId")
      .leftJoin("meeting", (join) =>
        join.onRef("meeting.id", "=", "task.meetingId").on("meeting.deletedAt", "is", null),
      )
      .select(columns)
      .orderBy(order)
      .orderBy("task.id")
      .execute(),
    // Counting stops after countCap + 1 matches, so a broad filter costs no more than the cap.
    db
      .selectFrom((eb) =>
        filtered(eb.selectFrom("task"), input, visibleTo)
          .select(sql<number>`1`.as("one"))
          .limit(countCap + 1)
          .as("capped"),
      )
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  const n = Number(counted.n);
  return { rows: rows.map(toRow), total: Math.min(n, countCap), totalIsLowerBound: n > countCap };
}

export async function findTask(db: Kysely<Database>, id: string): Promise<TaskRow | undefined> {
  const row = await base(db)
    .select(columns)
    .where("task.id", "=", id)
    .where("task.deletedAt", "is", null)
    .executeTakeFirst();
  return row && toRow(row);
}

/** The region and assignee of each task: what the permission check needs. */
export async function findTaskScopes(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom("task").select(["id", "regionId", "assigneeId"]).where("id", "in", ids).execute();
}

export async function insertTask(
  db: Kysely<Database>,
  task: {
    regionId: string;
    editionId: string | null;
    meetingId: string | null;
    title: string;
    description: string | null;
    assigneeId: string | null;
    status: TaskStatus;
    priority: TaskPriority;
    dueOn: string | null;
  },
): Promise<string> {
  const row = await db.insertInto("task").values(task).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTaskAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  patch: Partial<{
    title: string;
    description: string | null;
    assigneeId: string | null;
    status: TaskStatus;
    priority: TaskPriority;
    dueOn: string | null;
  }>,
): Promise<boolean> {
  return updateLiveAtVersion(db, "task", id, version, patch, { touch: true });
}

/** Sets the status of many tasks at once; returns the tasks as they were before. */
export async function setTaskStatuses(db: Kysely<Database>, ids: string[], status: TaskStatus) {
  const before = await base(db)
    .select(columns)
    .where("task.id", "in", ids)
    .where("task.deletedAt", "is", null)
    .forUpdate(["task"])
    .execute();
  await db
    .updateTable("task")
    .set({ status, version: sql`version + 1`, updatedAt: sql`now()` })
    .where("id", "in", ids)
    .where("deletedAt", "is", null)
    .where("status", "!=", status)
    .execute();
  return before.map(toRow);
}

/** A task with its comments (oldest first) in one statement, or undefined when it does not exist or is deleted. */
export async function findTaskWithComments(db: Kysely<Database>, id: string) {
  const row = await base(db)
    .select(columns)
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom("taskComment")
          .leftJoin("appUser as author", "author.id", "taskComment.authorId")
          .select([
            "taskComment.id",
            "taskComment.body",
            "taskComment.createdAt",
            "taskComment.editedAt",
            "taskComment.version",
            "taskComment.authorId",
            "author.displayName as authorName",
          ])
          .whereRef("taskComment.taskId", "=", "task.id")
          .where("taskComment.deletedAt", "is", null)
          .orderBy("taskComment.createdAt")
          .orderBy("taskComment.id"),
      ).as("comments"),
    )
    .where("task.id", "=", id)
    .where("task.deletedAt", "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { comments, ...task } = row;
  return {
    ...toRow(task),
    comments: comments.map((c) => ({
      ...c,
      createdAt: new Date(c.createdAt).toISOString(),
      editedAt: c.editedAt ? new Date(c.editedAt).toISOString() : null,
    })),
  };
}

export async function insertTaskComment(
  db: Kysely<Database>,
  comment: { taskId: string; authorId: string | null; body: string },
) {
  const row = await db
    .insertInto("taskComment")
    .values(comment)
    .returning(["id", "createdAt"])
    .executeTakeFirstOrThrow();
  return { id: row.id, createdAt: new Date(row.createdAt).toISOString() };
}

/** A deleted task as the table shows it; undefined when there is none or it is not deleted. */
export async function findDeletedTask(db: Kysely<Database>, id: string): Promise<TaskRow | undefined> {
  const row = await base(db)
    .select(columns)
    .where("task.id", "=", id)
    .where("task.deletedAt", "is not", null)
    .executeTakeFirst();
  return row && toRow(row);
}

export interface TaskCommentRow {
  id: string;
  taskId: string;
  authorId: string | null;
  body: string;
  version: number;
  createdAt: string;
  editedAt: string | null;
}

/** A live comment of a live task. */
export async function findTaskComment(db: Kysely<Database>, id: string): Promise<TaskCommentRow | undefined> {
  const row = await db
    .selectFrom("taskComment")
    .innerJoin("task", "task.id", "taskComment.taskId")
    .select([
      "taskComment.id",
      "taskComment.taskId",
      "taskComment.authorId",
      "taskComment.body",
      "taskComment.version",
      "taskComment.createdAt",
      "taskComment.editedAt",
    ])
    .where("taskComment.id", "=", id)
    .where("taskComment.deletedAt", "is", null)
    .where("task.deletedAt", "is", null)
    .executeTakeFirst();
  return (
    row && {
      ...row,
      createdAt: new Date(row.createdAt).toISOString(),
      editedAt: row.editedAt ? new Date(row.editedAt).toISOString() : null,
    }
  );
}

/** Changes a live comment's text if it is still at `version`. */
export async function updateTaskCommentAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  body: string,
): Promise<boolean> {
  const result = await db
    .updateTable("taskComment")
    .set({ body, version: sql`version + 1`, editedAt: sql`now()` })
    .where("id", "=", id)
    .where("version", "=", version)
    .where("deletedAt", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Brings back a deleted comment of a live task; false when it is not deleted or its task is. */
export async function restoreTaskCommentRow(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .updateTable("taskComment")
    .set({ deletedAt: null, deletedBy: null, version: sql`version + 1` })
    .where("id", "=", id)
    .where("deletedAt", "is not", null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("task")
          .select("task.id")
          .whereRef("task.id", "=", "taskComment.taskId")
          .where("task.deletedAt", "is", null),
      ),
    )
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** A comment deleted on its own, with its task's region. */
export async function findDeletedTaskComment(db: Kysely<Database>, id: string) {
  const row = await db
    .selectFrom("taskComment")
    .innerJoin("task", "task.id", "taskComment.taskId")
    .select([
      "taskComment.id",
      "taskComment.taskId",
      "taskComment.authorId",
      "taskComment.body",
      "taskComment.version",
      "task.regionId",
    ])
    .where("taskComment.id", "=", id)
    .where("taskComment.deletedAt", "is not", null)
    .executeTakeFirst();
  return row;
}

/** The region of a comment's task, deleted or not. */
export async function taskCommentRegionId(db: Kysely<Database>, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("taskComment")
    .innerJoin("task", "task.id", "taskComment.taskId")
    .select("task.regionId")
    .where("taskComment.id", "=", id)
    .executeTakeFirst();
  return row?.regionId;
}

/**
 * The current version of each task in `ids` that is not deleted, locked for the status change that follows:
 * an outbox's change made offline applies only to the versions the person saw.
 */
export async function lockTaskVersions(db: Kysely<Database>, ids: string[]) {
  return db
    .selectFrom("task")
    .select(["id", "version"])
    .where("id", "in", ids)
    .where("deletedAt", "is", null)
    .forUpdate()
    .execute();
}
