import {
  findNetworkPage,
  insertNetworkPage,
  isUniqueViolation,
  networkPageSlugTaken,
  updateNetworkPageAtVersion,
} from "@kyoso/db";
import { DomainError, type NetworkPage, type NetworkPageCreate, type NetworkPageUpdate } from "@kyoso/domain";
import type { Context } from "../context";
import { audited } from "./write";

// The network's own pages (開催にあたり, 共有価値, …): written by the national team, audited like any record.

const slugTaken = () => new DomainError("DUPLICATE", "このアドレスのページはすでにあります。");

export async function createNetworkPage(ctx: Context, input: NetworkPageCreate): Promise<NetworkPage> {
  try {
    return await audited(ctx, async ({ tx, audit }) => {
      if (await networkPageSlugTaken(tx, input.slug)) throw slugTaken();
      const page = await insertNetworkPage(tx, input);
      await audit({
        action: "create",
        recordType: "network_page",
        recordId: page.id,
        regionId: null,
        before: null,
        after: page,
      });
      return page;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

export async function updateNetworkPage(ctx: Context, input: NetworkPageUpdate): Promise<NetworkPage> {
  const { id, version, ...values } = input;
  return audited(ctx, async ({ tx, audit }) => {
    const before = await findNetworkPage(tx, id);
    if (!before) throw new DomainError("NOT_FOUND", "指定されたページが見つかりません。");
    const after = await updateNetworkPageAtVersion(tx, id, version, values);
    if (!after) {
      throw new DomainError(
        "CONFLICT",
        "このページは他の人によって更新されています。画面を再読み込みしてから、もう一度編集してください。",
      );
    }
    await audit({
      action: "update",
      recordType: "network_page",
      recordId: id,
      regionId: null,
      before,
      after,
    });
    return after;
  });
}
