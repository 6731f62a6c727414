import { findRegionBySlug } from "@kyoso/db";
import { DomainError } from "@kyoso/domain";
import type { Context } from "../context";

/** The region a slug names, or NOT_FOUND in Japanese. */
export async function requireRegionBySlug(ctx: Context, slug: string) {
  const region = await findRegionBySlug(ctx.db, slug);
  if (!region) throw new DomainError("NOT_FOUND", "指定された地域が見つかりません。");
  return region;
}
