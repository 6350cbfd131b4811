import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { getDb, type Tx } from "@/lib/db/client";
import { fieldCodes, formText } from "@/lib/kernel/form";
import { done, fail, invalid, type Failure, type Outcome } from "@/lib/kernel/outcome";
import { notOpenFor } from "@/lib/events/open-for";
import {
  asRecorded,
  insertCommitment,
  recordInput,
  requestFingerprint,
  validate,
  type RecordInput,
  type RecordedCommitment,
  type ScopedEvent,
} from "./record-commitment";

const reason = z.string().trim().min(5, "reasonTooShort").max(500);

export const completeDraftInput = recordInput.extend({ commitmentId: formText(64) });
export const voidInput = z.object({ commitmentId: formText(64), reason });
export const replaceInput = recordInput.extend({ commitmentId: formText(64), reason });

/**
 * Desk staff fix a draft (and may sign it at last). A signed commitment is never edited: the
 * organizer voids or replaces it.
 */
export async function completeDraft(event: ScopedEvent, commitmentId: string, input: RecordInput, actor: Actor): Promise<Outcome<RecordedCommitment>> {
  const db = await getDb();
  const closed = await notOpenFor(db, event.id, "signing");
  if (closed) return closed;
  const checked = await validate(db, event, input);
  if (!checked.ok) return checked.result;
  return db.$transaction(async (tx) => {
    const found = await tx.commitment.findFirst({ where: { id: commitmentId, eventId: event.id }, select: { id: true } });
    if (!found) return fail("NOT_FOUND", { what: "commitment" });
    const { count } = await tx.commitment.updateMany({ where: { id: found.id, status: "DRAFT" }, data: checked.data });
    if (count === 0) return fail("NOT_A_DRAFT");
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
    return done(updated.status === "SIGNED" ? "COMMITMENT_SIGNED" : "DRAFT_SAVED", asRecorded(updated, false));
  });
}

/** The organizer voids a commitment with a reason: it leaves the totals at once and its page says so. */
export async function voidCommitment(event: ScopedEvent, input: z.input<typeof voidInput>, actor: Actor): Promise<Outcome> {
  const parsed = voidInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const voided = await voidInTransaction(tx, event, { ...parsed.data, statuses: ["SIGNED", "DRAFT"] }, actor);
    return voided.ok ? done("COMMITMENT_VOIDED", undefined) : voided;
  });
}

/** Voids one commitment of the event and writes its audit row, inside the caller's transaction. */
async function voidInTransaction(
  tx: Tx,
  event: ScopedEvent,
  input: { commitmentId: string; reason: string; statuses: ("SIGNED" | "DRAFT")[] },
  actor: Actor,
): Promise<{ ok: true; id: string; meetingId: string | null } | Failure> {
  const before = await tx.commitment.findFirst({
    where: { id: input.commitmentId, eventId: event.id },
    select: { id: true, status: true, value: true, category: true, meetingId: true },
  });
  if (!before) return fail("NOT_FOUND", { what: "commitment" });
  const { count } = await tx.commitment.updateMany({
    where: { id: before.id, status: { in: input.statuses } },
    data: { status: "VOID", voidedAt: new Date(), voidReason: input.reason, voidedById: actor.id },
  });
  if (count === 0) return input.statuses.includes("DRAFT") ? fail("ALREADY_VOID", { what: "commitment" }) : fail("NOT_SIGNED", { what: "replace" });
  await recordAudit(tx, {
    ...auditedBy(actor),
    eventId: event.id,
    action: "commitment.voided",
    targetType: "Commitment",
    targetId: before.id,
    before: { status: before.status, value: before.value, category: before.category },
    after: { status: "VOID", reason: input.reason },
  });
  return { ok: true, id: before.id, meetingId: before.meetingId };
}

/**
 * A correction: the signed commitment is voided and a new one, linked to it, takes its place, in one
 * transaction: the same voiding and recording as on their own. The new one is signed again by both
 * parties, or saved as a draft until they can.
 */
export async function replaceCommitment(event: ScopedEvent, input: z.input<typeof replaceInput>, actor: Actor): Promise<Outcome<RecordedCommitment>> {
  const parsed = replaceInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const { commitmentId, reason: why, ...replacement } = parsed.data;
  const db = await getDb();
  // A replacement is a new signing: not on a closed mission (a void is).
  const closed = await notOpenFor(db, event.id, "signing");
  if (closed) return closed;
  const checked = await validate(db, event, replacement);
  if (!checked.ok) return checked.result;
  return db.$transaction(async (tx) => {
    // The same replacement sent again (a double tap): answer with the one already recorded.
    const fingerprint = requestFingerprint(replacement);
    const earlier = await tx.commitment.findFirst({
      where: { idempotencyKey: replacement.idempotencyKey, replacesId: commitmentId, eventId: event.id },
      select: { id: true, status: true, verificationCode: true, value: true, requestFingerprint: true },
    });
    if (earlier && earlier.requestFingerprint && earlier.requestFingerprint !== fingerprint)
      return fail("IDEMPOTENCY_MISMATCH", { code: earlier.verificationCode });
    if (earlier) return done("ALREADY_RECORDED", asRecorded(earlier, true));
    const voided = await voidInTransaction(tx, event, { commitmentId, reason: why, statuses: ["SIGNED"] }, actor);
    if (!voided.ok) return voided;
    const created = await insertCommitment(
      tx,
      event,
      // The correction of a deal made at a meeting still comes from that meeting.
      {
        ...checked.data,
        meetingId: checked.data.meetingId ?? voided.meetingId,
        idempotencyKey: replacement.idempotencyKey,
        requestFingerprint: fingerprint,
        replacesId: voided.id,
      },
      actor,
    );
    return done(created.status === "SIGNED" ? "REPLACED_SIGNED" : "REPLACED_AS_DRAFT", created);
  });
}
