import {
  findDeletedOrganization,
  findOrganization,
  listDeletedOrganizations,
  primaryRegionIdForOrganization,
  purgeOrganizationRow,
  restoreOrganizationRow,
} from "@kyoso/db";
import type { TrashKind } from "./types";

// A deleted organization belongs to its prefecture's own region (the first region covering its prefecture):
// that region's 削除済み view lists it and its committee restores it. Nothing refers to a deleted organization
// (deleting one that is referred to is refused), so restoring and purging touch the organization alone.

export const organizationTrash: TrashKind = {
  recordType: "organization",

  regionOf: (db, id) => primaryRegionIdForOrganization(db, id),

  async listDeleted(db, regionId, since) {
    const rows = await listDeletedOrganizations(db, regionId, since);
    return rows.map((r) => ({
      recordType: "organization",
      id: r.id,
      regionId,
      title: r.name,
      deletedAt: r.deletedAt,
      deletedByName: r.deletedByName,
    }));
  },

  async restore({ tx, audit }, id) {
    const before = await findDeletedOrganization(tx, id);
    if (!before || !(await restoreOrganizationRow(tx, id))) return false;
    const after = await findOrganization(tx, id);
    await audit({
      action: "restore",
      recordType: "organization",
      recordId: id,
      regionId: (await primaryRegionIdForOrganization(tx, id)) ?? null,
      before,
      after,
    });
    return true;
  },

  async purge({ tx, audit }, id) {
    const before = await findDeletedOrganization(tx, id);
    if (!before) return false;
    const regionId = (await primaryRegionIdForOrganization(tx, id)) ?? null;
    if (!(await purgeOrganizationRow(tx, id))) return false;
    await audit({ action: "purge", recordType: "organization", recordId: id, regionId, before, after: null });
    return true;
  },
};
