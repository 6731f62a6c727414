import {
  agreementExists,
  findAgreement,
  findOrganization,
  insertAgreement,
  insertAgreementEvent,
  insertTimelineEntry,
  updateAgreementStatusAtVersion,
} from "@kyoso/db";
import {
  AGREEMENT_STATUS_LABELS_JA,
  type AgreementCreate,
  type AgreementTransition,
  assertAgreementTransition,
  DomainError,
} from "@kyoso/domain";
import type { Context, ScopedContext } from "../context";
import { checkOrganizationsInRegion } from "./references";
import { audited } from "./write";

// Co-host talks: each change is kept as history (who, when, note), shown on the region's timeline and
// audited, all in one transaction.

const AGREEMENT_ROLE_JA = { cohost: "共催", sponsor: "後援", cooperation: "協力" } as const;

/** `ctx.scope` is the edition's, found by the permission check. */
export async function createAgreement(ctx: ScopedContext, input: AgreementCreate) {
  const { regionId } = ctx.scope;
  if (!regionId) throw new DomainError("NOT_FOUND", "指定されたフォーラムが見つかりません。");
  return audited(ctx, async ({ tx, actorId, audit }) => {
    await checkOrganizationsInRegion(tx, regionId, [input.organizationId], "organizationId");
    const organization = await findOrganization(tx, input.organizationId);
    if (!organization) throw new DomainError("NOT_FOUND", "指定された団体が見つかりません。");
    if (await agreementExists(tx, input.editionId, input.organizationId)) {
      throw new DomainError(
        "DUPLICATE",
        "この団体との共催・後援・協力の記録はすでにあります。状況の変更で更新してください。",
      );
    }
    const id = await insertAgreement(tx, {
      editionId: input.editionId,
      organizationId: input.organizationId,
      role: input.role,
      status: input.status,
      statusChangedOn: input.occurredOn,
      nextStepOn: input.nextStepOn,
      nextStep: input.nextStep,
    });
    await insertAgreementEvent(tx, {
      agreementId: id,
      fromStatus: null,
      toStatus: input.status,
      note: input.note,
      actorId,
      occurredOn: input.occurredOn,
    });
    await insertTimelineEntry(tx, {
      regionId,
      occurredOn: input.occurredOn,
      kind: "agreement",
      title: `${organization.name}：${AGREEMENT_ROLE_JA[input.role]}の${AGREEMENT_STATUS_LABELS_JA[input.status]}`,
      body: input.note,
      sourceType: "agreement",
      sourceId: id,
    });
    const created = await findAgreement(tx, id);
    await audit({
      action: "create",
      recordType: "agreement",
      recordId: id,
      regionId,
      before: null,
      after: created,
    });
    return created;
  });
}

export async function transitionAgreement(ctx: Context, input: AgreementTransition) {
  return audited(ctx, async ({ tx, actorId, audit }) => {
    const before = await findAgreement(tx, input.id);
    if (!before) throw new DomainError("NOT_FOUND", "指定された共催の記録が見つかりません。");
    if (before.version !== input.version) {
      throw new DomainError(
        "CONFLICT",
        "この共催の記録は他の人によって更新されています。画面を再読み込みしてから、もう一度操作してください。",
      );
    }
    assertAgreementTransition(before.status, input.to);
    const updated = await updateAgreementStatusAtVersion(tx, input.id, input.version, {
      status: input.to,
      statusChangedOn: input.occurredOn,
      nextStepOn: input.nextStepOn,
      nextStep: input.nextStep,
    });
    if (!updated)
      throw new DomainError(
        "CONFLICT",
        "この共催の記録は他の人によって更新されています。画面を再読み込みしてから、もう一度操作してください。",
      );
    await insertAgreementEvent(tx, {
      agreementId: input.id,
      fromStatus: before.status,
      toStatus: input.to,
      note: input.note,
      actorId,
      occurredOn: input.occurredOn,
    });
    await insertTimelineEntry(tx, {
      regionId: before.regionId,
      occurredOn: input.occurredOn,
      kind: "agreement",
      title: `${before.organizationName}：${AGREEMENT_STATUS_LABELS_JA[before.status]}→${AGREEMENT_STATUS_LABELS_JA[input.to]}`,
      body: input.note,
      sourceType: "agreement",
      sourceId: input.id,
    });
    const after = await findAgreement(tx, input.id);
    await audit({
      action: "update",
      recordType: "agreement",
      recordId: input.id,
      regionId: before.regionId,
      before,
      after,
    });
    return after;
  });
}
