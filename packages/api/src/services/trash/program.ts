import {
  type DB,
  findDeletedProgramItem,
  findEditionForUpdate,
  findProgramScope,
  findProgramSession,
  findProgramSpeaker,
  listDeletedRecords,
  purgeDeleted,
  restoreProgramItem,
  touchProgramSession,
} from "@kyoso/db";
import { deletedRecords } from "./row-kind";
import type { TrashKind } from "./types";

// Deleted program sessions and speakers. A restored one goes at the end of its program or session (its old
// place may have been taken since); a session's speakers went and come back with it.

function programKind(
  recordType: "forum_session" | "session_speaker",
  table: "forumSession" | "sessionSpeaker",
  find: (db: DB, id: string) => Promise<unknown>,
): TrashKind {
  const scopeOf = (db: DB, id: string) =>
    findProgramScope(db, table === "forumSession" ? { sessionId: id } : { speakerId: id });
  return {
    recordType,
    table,

    async regionOf(db, id) {
      return (await scopeOf(db, id))?.regionId;
    },

    async listDeleted(db, regionId, since) {
      return deletedRecords(recordType, regionId, await listDeletedRecords(db, table, regionId, since));
    },

    async restore({ tx, audit }, id) {
      const scope = await scopeOf(tx, id);
      if (!scope) return false;
      // The edition's program is written one change at a time, as every program write does.
      await findEditionForUpdate(tx, scope.editionId);
      const before = await findDeletedProgramItem(tx, table, id);
      if (!before || !(await restoreProgramItem(tx, table, id))) return false;
      // A speaker coming back changes its session.
      if ("sessionId" in before) await touchProgramSession(tx, before.sessionId);
      await audit({
        action: "restore",
        recordType,
        recordId: id,
        regionId: scope.regionId,
        before: null,
        after: await find(tx, id),
      });
      return true;
    },

    async purge({ tx, audit }, id) {
      const scope = await scopeOf(tx, id);
      const before = await findDeletedProgramItem(tx, table, id);
      if (!scope || !before || !(await purgeDeleted(tx, table, id))) return false;
      await audit({
        action: "purge",
        recordType,
        recordId: id,
        regionId: scope.regionId,
        before,
        after: null,
      });
      return true;
    },
  };
}

export const sessionTrash: TrashKind = programKind("forum_session", "forumSession", findProgramSession);
export const speakerTrash: TrashKind = programKind("session_speaker", "sessionSpeaker", findProgramSpeaker);
