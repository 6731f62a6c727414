import {
  findDeletedOrganization,
  findOrganization,
  listDeletedOrganizations,
  primaryRegionIdForOrganization,
  purgeDeleted,
  restoreDeleted,
} from "@kyoso/db";
import { rowTrashKind } from "./row-kind";

// A deleted organization belongs to its prefecture's own region (the first region covering its prefecture):
// that region's 削除済み view lists it and its committee restores it. Nothing refers to a deleted organization
// (deleting one that is referred to is refused), so restoring and purging touch the organization alone.

export const organizationTrash = rowTrashKind({
  recordType: "organization",
  table: "organization",
  regionOf: primaryRegionIdForOrganization,
  listDeleted: listDeletedOrganizations,
  findDeleted: findDeletedOrganization,
  auditRegion: async (db, id) => (await primaryRegionIdForOrganization(db, id)) ?? null,
  findAfter: findOrganization,
  restoreRow: (db, id) => restoreDeleted(db, "organization", id),
  purgeRow: (db, id) => purgeDeleted(db, "organization", id),
});
