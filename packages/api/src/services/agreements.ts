import {
  agreementExists,
  findAgreement,
  findAgreementHistory,
  findOrganization,
  insertAgreement,
  insertAgreementEvent,
  insertTimelineEntry,
  setAgreementPublishableAtVersion,
  setAgreementStatusAtVersion,
  softDeleteAtVersion,
  updateAgreementAtVersion,
  updateAgreementStatusAtVersion,
} from "@kyoso/db";
import {
  AGREEMENT_STATUS_LABELS_JA,
  type AgreementCorrection,
  type AgreementCreate,
  type AgreementPublishable,
  type AgreementTransition,
  type AgreementUpdate,
  assertAgreementTransition,
  checkAgreementCorrection,
  DomainError,
  formatDate,
  type RecordDelete,
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
    const existing = await agreementExists(tx, input.editionId, input.organizationId);
    if (existing === "deleted") {
      throw new DomainError(
        "DUPLICATE",
        "この団体との共催・後援・協力の記録は削除済みにあります。削除済みから復元してください。",
      );
    }
    if (existing) {
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

const notFound = () => new DomainError("NOT_FOUND", "指定された共催の記録が見つかりません。");

/** 「2025年10月29日(水) 打診→協議中（メモ）」: one history entry in words. */
function describeEvent(e: {
  fromStatus: keyof typeof AGREEMENT_STATUS_LABELS_JA | null;
  toStatus: keyof typeof AGREEMENT_STATUS_LABELS_JA;
  occurredOn: string;
  note: string | null;
}): string {
  const move = `${e.fromStatus ? `${AGREEMENT_STATUS_LABELS_JA[e.fromStatus]}→` : ""}${AGREEMENT_STATUS_LABELS_JA[e.toStatus]}`;
  return `${formatDate(e.occurredOn)} ${move}${e.note ? `（${e.note}）` : ""}`;
}
const stale = () =>
  new DomainError(
    "CONFLICT",
    "この共催の記録は他の人によって更新されています。画面を再読み込みしてから、もう一度操作してください。",
  );

/** Role and next step; the status changes through transitions, and a wrong one through a correction. */
export async function updateAgreement(ctx: Context, input: AgreementUpdate) {
  return audited(ctx, async ({ tx, audit }) => {
    const before = await findAgreement(tx, input.id);
    if (!before) throw notFound();
    const { id, version, ...values } = input;
    if (!(await updateAgreementAtVersion(tx, id, version, values))) throw stale();
    const after = await findAgreement(tx, id);
    await audit({
      action: "update",
      recordType: "agreement",
      recordId: id,
      regionId: before.regionId,
      before,
      after,
    });
    return after;
  });
}

/**
 * Whether the agreement may be named on the public forum page (it is shown there only while also 正式決定).
 * A deliberate act of its own, audited like any edit.
 */
export async function setAgreementPublishable(ctx: Context, input: AgreementPublishable) {
  return audited(ctx, async ({ tx, audit }) => {
    const before = await findAgreement(tx, input.id);
    if (!before) throw notFound();
    if (!(await setAgreementPublishableAtVersion(tx, input.id, input.version, input.publishable)))
      throw stale();
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

/**
 * Corrects a wrongly recorded transition: a new event names the one it corrects and both stay in the history
 * (the corrected one marked). Correcting the latest event sets the agreement's status and date; an earlier one
 * may change its date and note only. The region's timeline gets an entry saying what was corrected.
 */
export async function correctAgreementEvent(ctx: Context, input: AgreementCorrection) {
  return audited(ctx, async ({ tx, actorId, audit }) => {
    const agreement = await findAgreement(tx, input.id);
    if (!agreement) throw notFound();
    if (agreement.version !== input.version) throw stale();
    const history = await findAgreementHistory(tx, input.id);
    const { isLatest } = checkAgreementCorrection(history, input);
    const event = history.find((e) => e.id === input.eventId);
    if (!event) throw notFound();
    const moved = isLatest
      ? await setAgreementStatusAtVersion(tx, input.id, input.version, {
          status: input.to,
          statusChangedOn: input.occurredOn,
        })
      : await updateAgreementAtVersion(tx, input.id, input.version, {
          role: agreement.role,
          nextStepOn: agreement.nextStepOn,
          nextStep: agreement.nextStep,
        });
    if (!moved) throw stale();
    const correctionId = await insertAgreementEvent(tx, {
      agreementId: input.id,
      fromStatus: event.fromStatus,
      toStatus: input.to,
      note: input.note,
      actorId,
      occurredOn: input.occurredOn,
      correctsId: event.id,
    });
    const label = (s: typeof event.fromStatus) => (s ? AGREEMENT_STATUS_LABELS_JA[s] : "");
    const was = `${event.fromStatus ? `${label(event.fromStatus)}→` : ""}${label(event.toStatus)}`;
    const now = `${event.fromStatus ? `${label(event.fromStatus)}→` : ""}${label(input.to)}`;
    await insertTimelineEntry(tx, {
      regionId: agreement.regionId,
      occurredOn: input.occurredOn,
      kind: "agreement",
      title: `${agreement.organizationName}：記録の訂正（${formatDate(event.occurredOn)}の「${was}」を「${now}」に）`,
      body: input.note,
      sourceType: "agreement",
      sourceId: input.id,
    });
    const after = await findAgreement(tx, input.id);
    await audit({
      action: "update",
      recordType: "agreement",
      recordId: input.id,
      regionId: agreement.regionId,
      // The history entry as people read it, before and after: the change history shows it as one field.
      before: { ...agreement, historyEntry: describeEvent(event) },
      after: {
        ...after,
        historyEntry: describeEvent({
          ...event,
          toStatus: input.to,
          occurredOn: input.occurredOn,
          note: input.note,
        }),
        correctionId,
      },
    });
    return { ...after, history: await findAgreementHistory(tx, input.id) };
  });
}

/** Soft delete: the agreement leaves the pipeline, the stalled list and the timeline until it is restored. */
export async function deleteAgreement(ctx: Context, input: RecordDelete) {
  return audited(ctx, async ({ tx, actorId, audit }) => {
    const before = await findAgreement(tx, input.id);
    if (!before) throw notFound();
    const deletedAt = await softDeleteAtVersion(tx, "cohostAgreement", input.id, input.version, actorId);
    if (!deletedAt) throw stale();
    await audit({
      action: "delete",
      recordType: "agreement",
      recordId: input.id,
      regionId: before.regionId,
      before,
      after: null,
    });
    return { id: input.id, recordType: "agreement" as const, deletedAt: new Date(deletedAt).toISOString() };
  });
}
