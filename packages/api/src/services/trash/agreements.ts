import {
  agreementRegionId,
  findAgreement,
  findDeletedAgreement,
  listDeletedAgreements,
  purgeAgreementRow,
  restoreDeleted,
} from "@kyoso/db";
import { rowTrashKind } from "./row-kind";

// A deleted co-host agreement takes its history and its timeline entries out of sight with it; restoring brings
// all of them back (they were never changed), purging removes all of them.

export const agreementTrash = rowTrashKind({
  recordType: "agreement",
  table: "cohostAgreement",
  regionOf: agreementRegionId,
  listDeleted: listDeletedAgreements,
  findDeleted: findDeletedAgreement,
  findAfter: findAgreement,
  restoreRow: (db, id) => restoreDeleted(db, "cohostAgreement", id),
  purgeRow: purgeAgreementRow,
});
