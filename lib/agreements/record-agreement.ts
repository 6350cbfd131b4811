import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { fieldCodes, formFile, formText } from "@/lib/kernel/form";
import { done, fail, invalid, type FieldCode, type FieldCodes, type Outcome } from "@/lib/kernel/outcome";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { MAX_UPLOAD_BYTES } from "@/lib/http/upload-limits";
import { PARTY_KINDS } from "./party-kinds";
import { inspectPdf } from "./pdf-safety";
import { getDb, type Tx } from "@/lib/db/client";

const text = (min: number, max: number, message: string) => z.string().trim().min(min, message).max(max);

/** A party chosen from the register, or a new one typed in with its kind (and the kind's name, for another kind). */
const partyChoice = z.object({
  id: z.string().trim().max(64).default(""),
  newName: z.string().trim().max(200).default(""),
  newAcronym: z.string().trim().max(60).default(""),
  newKind: z.enum(PARTY_KINDS).default("PERANGKAT_DAERAH"),
  newKindName: z.string().trim().max(60).default(""),
});

export const agreementInput = z.object({
  visitingParty: partyChoice,
  hostParty: partyChoice,
  title: text(5, 300, "agreementTitleRequired"),
  scope: z.string().trim().max(2000).default(""),
  documentNumber: z.string().trim().max(120).default(""),
  visitingSignatory: text(3, 200, "signatoryRequired"),
  hostSignatory: text(3, 200, "signatoryRequired"),
  signedOn: z.iso.date("dateInvalid"),
});
export type AgreementInput = z.input<typeof agreementInput>;
/** The desk's form: the agreement and, optionally, its scanned PDF. */
export const agreementForm = agreementInput.extend({ document: formFile });
export const voidAgreementInput = z.object({ agreementId: formText(64), reason: z.string().trim().min(5, "reasonTooShort").max(500) });

export interface UploadedDocument {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/**
 * Records a cooperation agreement (PKS) between a party of each province (an agency, a BUMD, an
 * association…), with its scanned PDF if there is one. It carries no money value and is counted
 * apart from commitments.
 */
export async function recordAgreement(
  event: { id: string },
  input: AgreementInput,
  document: UploadedDocument | null,
  actor: Actor,
): Promise<Outcome<{ id: string }>> {
  const parsed = agreementInput.safeParse(input);
  const fieldErrors: FieldCodes = parsed.success ? {} : fieldCodes(parsed.error);
  if (document && document.bytes.byteLength > 0) {
    if (document.bytes.byteLength > MAX_UPLOAD_BYTES) fieldErrors.document = ["documentTooLarge"];
    else if (new TextDecoder().decode(document.bytes.slice(0, 5)) !== "%PDF-") fieldErrors.document = ["documentNotPdf"];
    else {
      const verdict = await inspectPdf(document.bytes);
      if (verdict !== "plain") fieldErrors.document = [verdict === "active" ? "documentActive" : "documentUnreadable"];
    }
  }
  if (!parsed.success || Object.keys(fieldErrors).length) return invalid(fieldErrors);
  const data = parsed.data;

  const db = await getDb();
  const sides = await db.eventSide.findMany({ where: { eventId: event.id }, select: { role: true, province: true } });
  const province = (role: "VISITING" | "HOST") => sides.find((s) => s.role === role)!.province;
  return db.$transaction(async (tx) => {
    const visiting = await resolveParty(tx, data.visitingParty, province("VISITING"));
    const host = await resolveParty(tx, data.hostParty, province("HOST"));
    const errors = { ...(visiting.ok ? {} : { visitingParty: [visiting.error] }), ...(host.ok ? {} : { hostParty: [host.error] }) };
    if (!visiting.ok || !host.ok) return invalid(errors);

    let documentKey: string | null = null;
    if (document && document.bytes.byteLength > 0) {
      documentKey = randomUUID();
      await tx.agreementDocument.create({
        data: {
          key: documentKey,
          fileName: document.name.slice(0, 200),
          contentType: "application/pdf",
          size: document.bytes.byteLength,
          bytes: Buffer.from(document.bytes),
        },
      });
    }
    const agreement = await tx.agreement.create({
      data: {
        eventId: event.id,
        visitingPartyId: visiting.id,
        hostPartyId: host.id,
        title: data.title,
        scope: data.scope || null,
        documentNumber: data.documentNumber || null,
        visitingSignatory: data.visitingSignatory,
        hostSignatory: data.hostSignatory,
        signedOn: new Date(`${data.signedOn}T00:00:00Z`),
        documentKey,
        createdById: actor.id,
      },
    });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "agreement.recorded",
      targetType: "Agreement",
      targetId: agreement.id,
      after: {
        title: data.title,
        visitingParty: visiting.name,
        hostParty: host.name,
        documentNumber: data.documentNumber || null,
        document: Boolean(documentKey),
      },
    });
    return done("AGREEMENT_RECORDED", { id: agreement.id });
  });
}

async function resolveParty(
  tx: Tx,
  choice: z.output<typeof partyChoice>,
  province: string,
): Promise<{ ok: true; id: string; name: string } | { ok: false; error: FieldCode }> {
  if (choice.id) {
    const party = await tx.agreementParty.findFirst({ where: { id: choice.id, province } });
    return party ? { ok: true, id: party.id, name: party.name } : { ok: false, error: { key: "partyRequired", params: { province } } };
  }
  if (choice.newName.length < 5) return { ok: false, error: { key: "partyOrNewName", params: { province } } };
  if (choice.newKind === "LAINNYA" && choice.newKindName.length < 3) return { ok: false, error: "partyKindNameRequired" };
  const party = await tx.agreementParty.upsert({
    where: { province_name: { province, name: choice.newName } },
    create: {
      province,
      name: choice.newName,
      acronym: choice.newAcronym || null,
      kind: choice.newKind,
      kindName: choice.newKind === "LAINNYA" ? choice.newKindName : null,
    },
    update: {},
  });
  return { ok: true, id: party.id, name: party.name };
}

/** The organizer voids an agreement with a reason; it leaves the count, and nothing is deleted. */
export async function voidAgreement(event: { id: string }, input: z.input<typeof voidAgreementInput>, actor: Actor): Promise<Outcome> {
  const parsed = voidAgreementInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const reason = parsed.data.reason;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { count } = await tx.agreement.updateMany({
      where: { id: parsed.data.agreementId, eventId: event.id, status: "ACTIVE" },
      data: { status: "VOID", voidedAt: new Date(), voidReason: reason, voidedById: actor.id },
    });
    if (count === 0) return fail("NOT_FOUND", { what: "agreement" });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "agreement.voided",
      targetType: "Agreement",
      targetId: parsed.data.agreementId,
      after: { status: "VOID", reason },
    });
    return done("AGREEMENT_VOIDED", undefined);
  });
}
