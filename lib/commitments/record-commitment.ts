import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { fieldCodes, formFlag, formText } from "@/lib/kernel/form";
import { done, fail, invalid, type Failure, type Outcome } from "@/lib/kernel/outcome";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { newPublicCode } from "@/lib/codes";
import { getDb, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { storedSignature } from "./signature-store";
import { checkCommitment, commitmentFields, signatures, type FieldErrors } from "./rules";
import { notOpenFor } from "@/lib/events/open-for";

export const recordInput = commitmentFields.extend({
  /** Made by the form when it opens: a double tap or a retry sends the same key and gets the same commitment. */
  idempotencyKey: z.string().trim().min(16).max(100),
  /** "sign": both parties signed at the table; "draft": saved to sign later. */
  intent: z.enum(["sign", "draft"]),
  visitingSignerName: formText(200),
  visitingSignature: formText(400_000),
  hostSignerName: formText(200),
  hostSignature: formText(400_000),
  deskConfirmed: formFlag,
  /** The business-matching meeting the deal was made at, when the form was opened from it. */
  meetingId: formText(64),
});
export type RecordInput = z.input<typeof recordInput>;

export interface RecordedCommitment {
  id: string;
  status: "DRAFT" | "SIGNED" | "VOID";
  verificationCode: string;
  value: string;
  /** True when this request was a repeat of one already recorded. */
  repeated: boolean;
}

export interface ScopedEvent {
  id: string;
  timeZone: string;
}

/**
 * Records a commitment between a visiting and a host business of the event, signed by both or as a
 * draft, exactly once per idempotency key, even when the same request arrives many times at once.
 */
export async function recordCommitment(event: ScopedEvent, input: RecordInput, actor: Actor): Promise<Outcome<RecordedCommitment>> {
  const key = z.string().trim().min(16).max(100).safeParse(input.idempotencyKey);
  if (!key.success) return fail("FORM_EXPIRED");
  const db = await getDb();
  const fingerprint = requestFingerprint(input);
  const earlier = await existing(db, event.id, key.data, fingerprint);
  if (earlier) return earlier;
  // After the repeat check: a tablet retrying a signing recorded before the mission closed still gets its answer.
  const closed = await notOpenFor(db, event.id, "signing");
  if (closed) return closed;

  const checked = await validate(db, event, input);
  if (!checked.ok) return checked.result;
  try {
    return await db.$transaction(async (tx) => {
      const created = await insertCommitment(tx, event, { ...checked.data, idempotencyKey: key.data, requestFingerprint: fingerprint }, actor);
      return done(created.status === "SIGNED" ? "COMMITMENT_SIGNED" : "DRAFT_SAVED", created);
    });
  } catch (error) {
    // The same key arrived twice at once: the other request recorded it; answer with that one.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const again = await existing(db, event.id, key.data, fingerprint);
      if (again) return again;
    }
    throw error;
  }
}

/**
 * What a request asked for, as one hash: every field that becomes part of the commitment, the
 * signatures as sent. A retry sends the same bytes and gets the same hash; anything else does not.
 */
export function requestFingerprint(input: RecordInput): string {
  const text = (value: unknown) => String(value ?? "").trim();
  const image = (value: unknown) => createHash("sha256").update(text(value)).digest("hex");
  const fields = [
    input.intent,
    input.visitingBusinessId,
    input.hostBusinessId,
    input.category,
    input.commodity,
    input.sector,
    input.quantity,
    input.unit,
    input.instrument,
    input.value,
    // Only for a recurring deal, so a one-off's hash is what it was before recurrence existed.
    ...(input.recurrence && input.recurrence !== "ONE_OFF" ? [input.recurrence, input.recurrenceYears] : []),
    input.visitingSignerName,
    input.hostSignerName,
    // Only from a meeting, so a commitment's hash is what it was before meetings existed.
    ...(input.meetingId?.trim() ? [input.meetingId] : []),
  ].map(text);
  return createHash("sha256")
    .update(JSON.stringify([...fields, image(input.visitingSignature), image(input.hostSignature)]))
    .digest("hex");
}

/** Writes a validated commitment and its audit row inside the caller's transaction (recording, and a replacement). */
export async function insertCommitment(
  tx: Tx,
  event: ScopedEvent,
  data: CheckedCommitment & { idempotencyKey: string; requestFingerprint: string },
  actor: Actor,
): Promise<RecordedCommitment> {
  const created = await tx.commitment.create({
    data: { ...data, eventId: event.id, verificationCode: newPublicCode(12), createdById: actor.id },
    select: { id: true, status: true, verificationCode: true, value: true, category: true },
  });
  await recordAudit(tx, {
    ...auditedBy(actor),
    eventId: event.id,
    action: created.status === "SIGNED" ? "commitment.signed" : "commitment.drafted",
    targetType: "Commitment",
    targetId: created.id,
    after: { category: created.category, value: created.value, commodity: data.commodity, ...(data.replacesId ? { replaces: data.replacesId } : {}) },
  });
  return asRecorded(created, false);
}

/** A commitment's row as the desk is told about it (money as a decimal string). */
export function asRecorded(
  row: { id: string; status: RecordedCommitment["status"]; verificationCode: string; value: bigint },
  repeated: boolean,
): RecordedCommitment {
  return { id: row.id, status: row.status, verificationCode: row.verificationCode, value: row.value.toString(), repeated };
}

/**
 * The commitment a key already recorded: the same again for the same request, a refusal naming it
 * for a request that asks for something else (its content is not stored). One recorded before
 * fingerprints were kept answers as before.
 */
async function existing(db: Tx, eventId: string, idempotencyKey: string, fingerprint: string): Promise<Outcome<RecordedCommitment> | null> {
  const found = await db.commitment.findUnique({
    where: { idempotencyKey },
    select: { id: true, eventId: true, status: true, verificationCode: true, value: true, requestFingerprint: true },
  });
  if (!found) return null;
  if (found.eventId !== eventId) return fail("KEY_OF_OTHER_EVENT");
  if (found.requestFingerprint && found.requestFingerprint !== fingerprint) return fail("IDEMPOTENCY_MISMATCH", { code: found.verificationCode });
  return done("ALREADY_RECORDED", asRecorded(found, true));
}

/** A commitment's columns once its fields, parties and signatures have been checked. */
export type CheckedCommitment = Omit<Prisma.CommitmentUncheckedCreateInput, "eventId" | "idempotencyKey" | "verificationCode">;
type Validated = { ok: true; data: CheckedCommitment } | { ok: false; result: Failure };

/** Shared by recording, fixing a draft and replacing: the fields, the businesses' sides, the signatures. */
export async function validate(db: Tx, event: ScopedEvent, input: RecordInput): Promise<Validated> {
  const refused = (fieldErrors: FieldErrors): Validated => ({ ok: false, result: invalid(fieldErrors) });
  const settings = await db.event.findUniqueOrThrow({ where: { id: event.id }, select: { valueCeiling: true } });
  const checked = checkCommitment(input, settings.valueCeiling);
  const fieldErrors: FieldErrors = checked.ok ? {} : { ...checked.fieldErrors };

  const parties = await db.business.findMany({
    where: { eventId: event.id, id: { in: [input.visitingBusinessId, input.hostBusinessId].filter(Boolean) } },
    select: { id: true, side: { select: { role: true } } },
  });
  const role = (id: string) => parties.find((p) => p.id === id)?.side.role;
  if (input.visitingBusinessId && role(input.visitingBusinessId) !== "VISITING") fieldErrors.visitingBusinessId = ["visitingBusinessWrongSide"];
  if (input.hostBusinessId && role(input.hostBusinessId) !== "HOST") fieldErrors.hostBusinessId = ["hostBusinessWrongSide"];

  // A deal made at a meeting of the business matching: a meeting of this mission, held, between these two.
  const meetingId = input.meetingId?.trim() || undefined;
  if (meetingId) {
    const meeting = await db.meeting.findFirst({
      where: { id: meetingId, eventId: event.id },
      select: { status: true, visitingBusinessId: true, hostBusinessId: true },
    });
    if (!meeting) fieldErrors.meetingId = ["meetingNotFound"];
    else if (meeting.status !== "HELD") fieldErrors.meetingId = ["meetingNotHeld"];
    else if (meeting.visitingBusinessId !== input.visitingBusinessId || meeting.hostBusinessId !== input.hostBusinessId)
      fieldErrors.meetingId = ["meetingOtherParties"];
  }

  let signed: z.output<typeof signatures> | null = null;
  if (input.intent === "sign") {
    const parsed = signatures.safeParse(input);
    if (parsed.success) {
      // Kept as redrawn at one small size, whatever the pad sent (within its budget).
      const [visiting, host] = await Promise.all([storedSignature(parsed.data.visitingSignature), storedSignature(parsed.data.hostSignature)]);
      if (!visiting.ok) fieldErrors.visitingSignature = [visiting.error];
      if (!host.ok) fieldErrors.hostSignature = [host.error];
      if (visiting.ok && host.ok) signed = { ...parsed.data, visitingSignature: visiting.dataUrl, hostSignature: host.dataUrl };
    } else Object.assign(fieldErrors, fieldCodes(parsed.error));
  }
  if (!checked.ok || Object.keys(fieldErrors).length) return refused(fieldErrors);
  const { confirmAboveCeiling, ...fields } = checked.value;
  return {
    ok: true,
    data: {
      ...fields,
      // Left as it is when the form named no meeting (a draft keeps the meeting it was saved from).
      meetingId,
      unit: fields.unit || null,
      status: signed ? "SIGNED" : "DRAFT",
      signedAt: signed ? new Date() : null,
      visitingSignerName: signed?.visitingSignerName ?? null,
      visitingSignature: signed?.visitingSignature ?? null,
      hostSignerName: signed?.hostSignerName ?? null,
      hostSignature: signed?.hostSignature ?? null,
    },
  };
}
