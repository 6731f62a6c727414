import {
  CompiledQuery,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from "kysely";
import type { DB } from "../index";

/** A statement as it was sent: its SQL text and parameters. */
export type RecordedStatement = CompiledQuery;

/** Keeps the compiled SQL of every statement run through `db.withPlugin(recorder)` while recording. */
export class StatementRecorder implements KyselyPlugin {
  statements: CompiledQuery[] = [];
  private readonly nodes = new Map<unknown, RootOperationNode>();

  constructor(private readonly db: DB) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.nodes.set(args.queryId, args.node);
    return args.node;
  }

  // Taken on the result: a subquery passes transformQuery too, though it runs inside its parent statement.
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const node = this.nodes.get(args.queryId);
    this.nodes.delete(args.queryId);
    if (node) this.statements.push(this.db.getExecutor().compileQuery(node, args.queryId));
    return args.result;
  }

  /** The statements `run` made, on its second run (the first fills the caches). */
  async record(run: () => Promise<void>): Promise<CompiledQuery[]> {
    await run();
    this.statements = [];
    await run();
    const made = this.statements;
    this.statements = [];
    return made;
  }
}

/** Runs recorded statements again, as they are (same text, same parameters), one after another: their rows. */
export async function replayStatements(db: DB, statements: readonly CompiledQuery[]): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for (const statement of statements) {
    rows.push((await db.executeQuery(CompiledQuery.raw(statement.sql, [...statement.parameters]))).rows);
  }
  return rows;
}
