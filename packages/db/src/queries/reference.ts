import { PREFECTURES } from "@kyoso/domain";
import type { Kysely } from "kysely";
import type { Database } from "../schema";

/** Brings the prefecture reference table in line with the domain's list (idempotent, run at start). */
export async function syncPrefectures(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto("prefecture")
    .values(PREFECTURES.map(({ code, nameJa, nameRomaji, block }) => ({ code, nameJa, nameRomaji, block })))
    .onConflict((oc) =>
      oc.column("code").doUpdateSet((eb) => ({
        nameJa: eb.ref("excluded.nameJa"),
        nameRomaji: eb.ref("excluded.nameRomaji"),
        block: eb.ref("excluded.block"),
      })),
    )
    .execute();
}
