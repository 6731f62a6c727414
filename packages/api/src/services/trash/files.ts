import {
  fileRegionId,
  findDeletedFile,
  findLiveFile,
  listDeletedFiles,
  purgeDeletedFile,
  restoreDeletedFile,
} from "@kyoso/db";
import { rowTrashKind } from "./row-kind";

// An attachment deleted on its own. Restored, it is listed again (if its record is not deleted meanwhile); purged,
// its content goes with it. Files of a deleted record are not here: they go and come back with their record, and
// purging the record removes them (foreign keys).

export const fileTrash = rowTrashKind({
  recordType: "file",
  table: "file",
  regionOf: fileRegionId,
  listDeleted: listDeletedFiles,
  findDeleted: findDeletedFile,
  findAfter: findLiveFile,
  restoreRow: restoreDeletedFile,
  purgeRow: purgeDeletedFile,
});
