"use server";
import type { ActionResult } from "@/lib/actions/result";
import { text } from "@/lib/actions/form-data";
import { afterEventChange } from "@/lib/actions/revalidate";
import { recordAgreement, voidAgreement } from "@/lib/agreements/record-agreement";
import { authorizeForEvent } from "@/lib/auth/authorize";

/** Desk staff and organizers record an inter-OPD agreement, with its scanned PDF if there is one. */
export async function recordAgreementAction(_prev: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const access = await authorizeForEvent(text(formData, "slug"), "STAFF");
  if (!access.ok) return access;
  const file = formData.get("document");
  const document = file instanceof File && file.size > 0 ? { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  const opd = (prefix: string) => ({
    id: text(formData, `${prefix}.id`),
    newName: text(formData, `${prefix}.newName`),
    newAcronym: text(formData, `${prefix}.newAcronym`),
  });
  const input = {
    visitingOpd: opd("visitingOpd"),
    hostOpd: opd("hostOpd"),
    title: text(formData, "title"),
    scope: text(formData, "scope"),
    documentNumber: text(formData, "documentNumber"),
    visitingSignatory: text(formData, "visitingSignatory"),
    hostSignatory: text(formData, "hostSignatory"),
    signedOn: text(formData, "signedOn"),
  };
  return afterEventChange(access.event.slug, await recordAgreement(access.event, input, document, access.actor));
}

/** Organizers only. */
export async function voidAgreementAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const access = await authorizeForEvent(text(formData, "slug"), "ADMIN");
  if (!access.ok) return access;
  return afterEventChange(
    access.event.slug,
    await voidAgreement(access.event, { agreementId: text(formData, "agreementId"), reason: text(formData, "reason") }, access.actor),
  );
}
