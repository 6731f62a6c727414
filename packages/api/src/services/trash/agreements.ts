import {
  agreementRegionId,
  findAgreement,
  findDeletedAgreement,
  listDeletedAgreements,
  purgeAgreementRow,
  restoreAgreementRow,
} from "@kyoso/db";
import type { TrashKind } from "./types";

// A deleted co-host agreement takes its history and its timeline entries out of sight with it; restoring brings
// all of them back (they were never changed), purging removes all of them.

export const agreementTrash: TrashKind = {
  recordType: "agreement",

  regionOf: (db, id) => agreementRegionId(db, id),

  async listDeleted(db, regionId, since) {
    const rows = await listDeletedAgreements(db, regionId, since);
    return rows.map((r) => ({ recordType: "agreement", regionId, ...r }));
  },

  async restore({ tx, audit }, id) {
    const before = await findDeletedAgreement(tx, id);
    if (!before || !(await restoreAgreementRow(tx, id))) return false;
    const after = await findAgreement(tx, id);
    await audit({
      action: "restore",
      recordType: "agreement",
      recordId: id,
      regionId: before.regionId,
      before,
      after,
    });
    return true;
  },

  async purge({ tx, audit }, id) {
    const before = await findDeletedAgreement(tx, id);
    if (!before || !(await purgeAgreementRow(tx, id))) return false;
    await audit({
      action: "purge",
      recordType: "agreement",
      recordId: id,
      regionId: before.regionId,
      before,
      after: null,
    });
    return true;
  },
};
