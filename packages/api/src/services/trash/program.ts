import {
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

export const sessionTrash: TrashKind = {
  recordType: "forum_session",

  async regionOf(db, id) {
    return (await findProgramScope(db, { sessionId: id }))?.regionId;
  },

  async listDeleted(db, regionId, since) {
    return deletedRecords(
      "forum_session",
      regionId,
      await listDeletedRecords(db, "forumSession", regionId, since),
    );
  },

  async restore({ tx, audit }, id) {
    const scope = await findProgramScope(tx, { sessionId: id });
    if (!scope) return false;
    // The edition's program is written one change at a time, as every program write does.
    await findEditionForUpdate(tx, scope.editionId);
    if (!(await findDeletedProgramItem(tx, "forumSession", id))) return false;
    if (!(await restoreProgramItem(tx, "forumSession", id))) return false;
    await audit({
      action: "restore",
      recordType: "forum_session",
      recordId: id,
      regionId: scope.regionId,
      before: null,
      after: await findProgramSession(tx, id),
    });
    return true;
  },

  async purge({ tx, audit }, id) {
    const scope = await findProgramScope(tx, { sessionId: id });
    const before = await findDeletedProgramItem(tx, "forumSession", id);
    if (!scope || !before || !(await purgeDeleted(tx, "forumSession", id))) return false;
    await audit({
      action: "purge",
      recordType: "forum_session",
      recordId: id,
      regionId: scope.regionId,
      before,
      after: null,
    });
    return true;
  },
};

export const speakerTrash: TrashKind = {
  recordType: "session_speaker",

  async regionOf(db, id) {
    return (await findProgramScope(db, { speakerId: id }))?.regionId;
  },

  async listDeleted(db, regionId, since) {
    return deletedRecords(
      "session_speaker",
      regionId,
      await listDeletedRecords(db, "sessionSpeaker", regionId, since),
    );
  },

  async restore({ tx, audit }, id) {
    const scope = await findProgramScope(tx, { speakerId: id });
    if (!scope) return false;
    await findEditionForUpdate(tx, scope.editionId);
    const before = await findDeletedProgramItem(tx, "sessionSpeaker", id);
    if (!before || !("sessionId" in before)) return false;
    if (!(await restoreProgramItem(tx, "sessionSpeaker", id))) return false;
    await touchProgramSession(tx, before.sessionId);
    await audit({
      action: "restore",
      recordType: "session_speaker",
      recordId: id,
      regionId: scope.regionId,
      before: null,
      after: await findProgramSpeaker(tx, id),
    });
    return true;
  },

  async purge({ tx, audit }, id) {
    const scope = await findProgramScope(tx, { speakerId: id });
    const before = await findDeletedProgramItem(tx, "sessionSpeaker", id);
    if (!scope || !before || !(await purgeDeleted(tx, "sessionSpeaker", id))) return false;
    await audit({
      action: "purge",
      recordType: "session_speaker",
      recordId: id,
      regionId: scope.regionId,
      before,
      after: null,
    });
    return true;
  },
};
