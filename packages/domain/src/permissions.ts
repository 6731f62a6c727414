/** Who a user is to Kyoso (shared/DESIGN.md, "Who uses it"). */
export const ROLES = ["national", "committee", "probono", "partner"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS_JA: Record<Role, string> = {
  national: "全体の実行チーム",
  committee: "地域の実行委員",
  probono: "プロボノスタッフ",
  partner: "共催・協力団体",
};

/** The signed-in user as the permission rules see them. */
export interface Actor {
  id: string;
  role: Role;
  /** The regions a committee member or pro bono volunteer works in. */
  regionIds: readonly string[];
  /** A partner sees one forum edition, of this region. */
  partnerEditionId: string | null;
  partnerRegionId: string | null;
}

export const PERMISSIONS = [
  /** Anyone, signed in or not (sign-in itself, reference data). */
  "public",
  /** Any signed-in user (their own account). */
  "signedIn",
  /** A region's stage and milestone status: no notes, no free text. */
  "region.summary",
  /** A region's full page: timeline, meetings, notes. */
  "region.read",
  /** Write a region's preparation records: organizations, co-host talks, meetings, hearings, notes. */
  "region.write",
  "edition.read",
  "edition.write",
  /** See a task and what it links to. */
  "task.read",
  /** Change a task's status or details, comment on it. */
  "task.write",
  /** Cross-region views with free text (stalled talks with notes, hearing findings by theme). */
  "national.view",
  /** Shared settings: the hearing themes list. */
  "settings.manage",
  /** Create, rename and archive regions. */
  "region.manage",
  "user.manage",
  "audit.read",
  /** Remove a deleted record for good (the 削除済み view): the national team only. */
  "record.purge",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What a permission is checked against: the region (and forum edition) a procedure acts on. */
export interface Scope {
  regionId?: string;
  editionId?: string;
  /** For a task: who it is assigned to (null when open). */
  assigneeId?: string | null;
}

const inRegion = (actor: Actor, scope: Scope) =>
  scope.regionId !== undefined && actor.regionIds.includes(scope.regionId);

/**
 * The one permission rule. A scope without a region means "in general" (a list the resolver then filters);
 * a scope with a region asks about that region.
 */
export function can(actor: Actor | null, permission: Permission, scope: Scope = {}): boolean {
  if (permission === "public") return true;
  if (!actor) return false;
  if (actor.role === "national") return true;
  switch (permission) {
    case "signedIn":
      return true;
    case "region.summary":
      if (actor.role === "partner")
        return scope.regionId === undefined || scope.regionId === actor.partnerRegionId;
      return true;
    case "region.read":
      return actor.role === "committee" && inRegion(actor, scope);
    case "edition.read":
      if (actor.role === "partner")
        return scope.editionId !== undefined && scope.editionId === actor.partnerEditionId;
      return inRegion(actor, scope);
    case "edition.write":
    case "region.write":
      return actor.role === "committee" && inRegion(actor, scope);
    case "task.read":
      // No task in scope: a list, which taskVisibility() narrows to what the actor may see.
      if (scope.regionId === undefined && scope.assigneeId === undefined) return actor.role !== "partner";
      if (actor.role === "probono")
        return inRegion(actor, scope) || (scope.assigneeId != null && scope.assigneeId === actor.id);
      return actor.role === "committee" && inRegion(actor, scope);
    case "task.write":
      // Pro bono staff pick up open tasks in their regions and work on those assigned to them.
      if (actor.role === "probono") {
        return (
          (scope.assigneeId !== undefined && scope.assigneeId === actor.id) ||
          (inRegion(actor, scope) && scope.assigneeId === null)
        );
      }
      return actor.role === "committee" && inRegion(actor, scope);
    case "national.view":
    case "settings.manage":
    case "region.manage":
    case "user.manage":
    case "audit.read":
    case "record.purge":
      return false;
  }
}

/** The regions whose list entries an actor may see: all, or (for a partner) their forum's region only. */
export function visibleRegionFilter(actor: Actor): { all: true } | { all: false; regionIds: string[] } {
  if (actor.role === "partner")
    return { all: false, regionIds: actor.partnerRegionId ? [actor.partnerRegionId] : [] };
  return { all: true };
}

/**
 * The regions whose full records (free-text notes, contacts) an actor may read: every region for the national
 * team, a committee member's own regions, none for anyone else. The same rule as `region.read`, for lists.
 */
export function readableRegionFilter(actor: Actor): { all: true } | { all: false; regionIds: string[] } {
  if (actor.role === "national") return { all: true };
  return { all: false, regionIds: actor.role === "committee" ? [...actor.regionIds] : [] };
}
