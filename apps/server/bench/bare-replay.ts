// The benchmark's bare node:http handlers (http-server.ts): for each measured call, the SQL statements the
// full stack ran for it, recorded once through the app (StatementRecorder), replayed as they are (same text,
// same parameters, same database and pool) and answered as JSON, with nothing else around them. Recorded on a
// warm call, so what the full stack serves from its caches (the session for 5 s, the overview per data
// version) is left out of both alike.
import { createServer, type IncomingMessage } from "node:http";
import type { DB } from "@kyoso/db";
import { type RecordedStatement, replayStatements } from "@kyoso/db/testing";

/** Answers GET `url` by running its recorded statements one after another on `db`: their rows as JSON. */
export function bareServer(db: DB, statements: ReadonlyMap<string, readonly RecordedStatement[]>) {
  const replay = async (req: IncomingMessage) => {
    const recorded = statements.get(req.url ?? "");
    if (!recorded) return null;
    return JSON.stringify({ result: { data: await replayStatements(db, recorded) } });
  };
  return createServer((req, res) => {
    replay(req).then(
      (body) => {
        res.writeHead(body === null ? 404 : 200, { "content-type": "application/json" });
        res.end(body);
      },
      () => {
        res.writeHead(500);
        res.end();
      },
    );
  });
}
