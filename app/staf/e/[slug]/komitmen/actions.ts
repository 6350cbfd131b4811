"use server";
// The signing desk. Desk staff record and sign commitments and fix drafts; only organizers void or
// replace a signed one. The event is found within the caller's events, commitments within the event.
import type { ActionResult } from "@/lib/actions/result";
import { text } from "@/lib/actions/form-data";
import { afterEventChange } from "@/lib/actions/revalidate";
import { authorizeForEvent } from "@/lib/auth/authorize";
import { completeDraft, replaceCommitment, voidCommitment } from "@/lib/commitments/corrections";
import { recordInputFrom } from "@/lib/commitments/form-input";
import { recordCommitment, type RecordedCommitment } from "@/lib/commitments/record-commitment";
import { recordRealisation } from "@/lib/commitments/record-realisation";

export async function recordCommitmentAction(_prev: ActionResult<RecordedCommitment> | null, formData: FormData): Promise<ActionResult<RecordedCommitment>> {
  const access = await authorizeForEvent(text(formData, "slug"), "STAFF");
  if (!access.ok) return access;
  return afterEventChange(access.event.slug, await recordCommitment(access.event, recordInputFrom(formData), access.actor));
}

export async function completeDraftAction(_prev: ActionResult<RecordedCommitment> | null, formData: FormData): Promise<ActionResult<RecordedCommitment>> {
  const access = await authorizeForEvent(text(formData, "slug"), "STAFF");
  if (!access.ok) return access;
  return afterEventChange(access.event.slug, await completeDraft(access.event, text(formData, "commitmentId"), recordInputFrom(formData), access.actor));
}

export async function voidCommitmentAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const access = await authorizeForEvent(text(formData, "slug"), "ADMIN");
  if (!access.ok) return access;
  return afterEventChange(
    access.event.slug,
    await voidCommitment(access.event, { commitmentId: text(formData, "commitmentId"), reason: text(formData, "reason") }, access.actor),
  );
}

export async function replaceCommitmentAction(_prev: ActionResult<RecordedCommitment> | null, formData: FormData): Promise<ActionResult<RecordedCommitment>> {
  const access = await authorizeForEvent(text(formData, "slug"), "ADMIN");
  if (!access.ok) return access;
  return afterEventChange(
    access.event.slug,
    await replaceCommitment(
      access.event,
      { commitmentId: text(formData, "commitmentId"), reason: text(formData, "reason"), replacement: recordInputFrom(formData) },
      access.actor,
    ),
  );
}

export async function recordRealisationAction(_prev: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const access = await authorizeForEvent(text(formData, "slug"), "ADMIN");
  if (!access.ok) return access;
  const input = {
    commitmentId: text(formData, "commitmentId"),
    realisedOn: text(formData, "realisedOn"),
    amount: text(formData, "amount"),
    note: text(formData, "note"),
  };
  return afterEventChange(access.event.slug, await recordRealisation(access.event, input, access.actor));
}
