import { DomainError } from "@kyoso/domain";
import type { ScopedContext } from "../context";

/** The region the permission check found for the call; a slug or id it could not find is NOT_FOUND. */
export function scopeRegionId(ctx: ScopedContext): string {
  if (!ctx.scope.regionId) throw new DomainError("NOT_FOUND", "指定された地域が見つかりません。");
  return ctx.scope.regionId;
}
