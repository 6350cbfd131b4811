"use server";
import { agreementForm, recordAgreement, voidAgreement, voidAgreementInput } from "@/lib/agreements/record-agreement";
import { eventAction } from "@/lib/kernel/action";

/** Desk staff and organizers record an inter-OPD agreement, with its scanned PDF if there is one. */
export const recordAgreementAction = eventAction({ need: "STAFF", input: agreementForm }, async ({ event, actor, input: { document, ...agreement } }) => {
  const scanned = document ? { name: document.name, type: document.type, bytes: new Uint8Array(await document.arrayBuffer()) } : null;
  return recordAgreement(event, agreement, scanned, actor);
});

/** Organizers only. */
export const voidAgreementAction = eventAction({ need: "ADMIN", input: voidAgreementInput }, ({ event, actor, input }) => voidAgreement(event, input, actor));
