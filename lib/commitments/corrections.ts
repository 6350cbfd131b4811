import "server-only";
import { z } from "zod";
import { failure, success, type ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { newPublicCode } from "@/lib/codes";
import { getDb } from "@/lib/db/client";
import { validate, type RecordInput, type RecordedCommitment, type ScopedEvent } from "./record-commitment";

const reason = z.string().trim().min(5, "Tulis alasan (minimal 5 huruf).").max(500);

/**
 * Desk staff fix a draft (and may sign it at last). A signed commitment is never edited: the
 * organizer voids or replaces it.
 */
export async function completeDraft(event: ScopedEvent, commitmentId: string, input: RecordInput, actor: Actor): Promise<ActionResult<RecordedCommitment>> {
  const db = await getDb();
  const checked = await validate(db, event, input);
  if (!checked.ok) return checked.result;
  return db.$transaction(async (tx) => {
    const { count } = await tx.commitment.updateMany({ where: { id: commitmentId, eventId: event.id, status: "DRAFT" }, data: checked.data });
    if (count === 0) return failure("CONFLICT", "Hanya draf yang dapat diubah; komitmen ini sudah ditandatangani atau dibatalkan.");
    const updated = await tx.commitment.findUniqueOrThrow({
      where: { id: commitmentId },
      select: { id: true, status: true, verificationCode: true, value: true, category: true },
    });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: updated.status === "SIGNED" ? "commitment.signed" : "commitment.draft_updated",
      targetType: "Commitment",
      targetId: updated.id,
      after: { category: updated.category, value: updated.value, commodity: checked.data.commodity },
    });
    return success(updated.status === "SIGNED" ? "Komitmen ditandatangani dan masuk ke total." : "Draf disimpan.", {
      ...updated,
      value: updated.value.toString(),
      repeated: false,
    });
  });
}

/** The organizer voids a commitment with a reason: it leaves the totals at once and its page says so. */
export async function voidCommitment(event: ScopedEvent, input: { commitmentId: string; reason: string }, actor: Actor): Promise<ActionResult> {
  const why = reason.safeParse(input.reason);
  if (!why.success) return failure("INVALID", "Periksa kembali isian yang ditandai.", { reason: why.error.issues.map((i) => i.message) });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.commitment.findFirst({
      where: { id: input.commitmentId, eventId: event.id },
      select: { id: true, status: true, value: true, category: true },
    });
    if (!before) return failure("NOT_FOUND", "Komitmen tidak ditemukan di misi dagang ini.");
    const { count } = await tx.commitment.updateMany({
      where: { id: before.id, status: { in: ["SIGNED", "DRAFT"] } },
      data: { status: "VOID", voidedAt: new Date(), voidReason: why.data, voidedById: actor.id },
    });
    if (count === 0) return failure("CONFLICT", "Komitmen ini sudah dibatalkan.");
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "commitment.voided",
      targetType: "Commitment",
      targetId: before.id,
      before: { status: before.status, value: before.value, category: before.category },
      after: { status: "VOID", reason: why.data },
    });
    return success("Komitmen dibatalkan; total sudah menyesuaikan.", undefined);
  });
}

/**
 * A correction: the signed commitment is voided and a new one, linked to it, takes its place, in one
 * transaction. The new one is signed again by both parties, or saved as a draft until they can.
 */
export async function replaceCommitment(
  event: ScopedEvent,
  input: { commitmentId: string; reason: string; replacement: RecordInput },
  actor: Actor,
): Promise<ActionResult<RecordedCommitment>> {
  const why = reason.safeParse(input.reason);
  if (!why.success) return failure("INVALID", "Periksa kembali isian yang ditandai.", { reason: why.error.issues.map((i) => i.message) });
  const db = await getDb();
  const checked = await validate(db, event, input.replacement);
  if (!checked.ok) return checked.result;
  return db.$transaction(async (tx) => {
    const old = await tx.commitment.findFirst({
      where: { id: input.commitmentId, eventId: event.id },
      select: { id: true, status: true, value: true, category: true },
    });
    if (!old) return failure("NOT_FOUND", "Komitmen tidak ditemukan di misi dagang ini.");
    const { count } = await tx.commitment.updateMany({
      where: { id: old.id, status: "SIGNED" },
      data: { status: "VOID", voidedAt: new Date(), voidReason: why.data, voidedById: actor.id },
    });
    if (count === 0) {
      // The same replacement sent again (a double tap): answer with the one already recorded.
      const done = await tx.commitment.findFirst({
        where: { idempotencyKey: input.replacement.idempotencyKey, replacesId: old.id },
        select: { id: true, status: true, verificationCode: true, value: true },
      });
      if (done) return success("Penggantian ini sudah tercatat (kiriman ulang).", { ...done, value: done.value.toString(), repeated: true });
      return failure("CONFLICT", "Hanya komitmen yang sudah ditandatangani dan belum dibatalkan yang dapat diganti.");
    }
    const created = await tx.commitment.create({
      data: {
        ...checked.data,
        eventId: event.id,
        idempotencyKey: input.replacement.idempotencyKey,
        verificationCode: newPublicCode(12),
        createdById: actor.id,
        replacesId: old.id,
      },
      select: { id: true, status: true, verificationCode: true, value: true, category: true },
    });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "commitment.voided",
      targetType: "Commitment",
      targetId: old.id,
      before: { status: old.status, value: old.value, category: old.category },
      after: { status: "VOID", reason: why.data, replacedBy: created.id },
    });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "commitment.replacement_recorded",
      targetType: "Commitment",
      targetId: created.id,
      after: { replaces: old.id, status: created.status, value: created.value, category: created.category },
    });
    return success(
      `Komitmen diganti. ${created.status === "SIGNED" ? "Pengganti sudah ditandatangani." : "Pengganti disimpan sebagai draf untuk ditandatangani."}`,
      { ...created, value: created.value.toString(), repeated: false },
    );
  });
}
