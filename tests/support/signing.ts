// What the signing tests need: businesses on both sides of an event, a valid signature image, and
// a signing request between two businesses.
import { randomUUID } from "node:crypto";
import type { RecordInput } from "@/lib/commitments/record-commitment";
import { newPublicCode } from "@/lib/codes";

import { newBusiness } from "./missions";
import { SIGNATURE } from "./signature";

export { SIGNATURE };

/** The desk's request to sign a Rp1 juta sale between `parties`, both signatures given and confirmed, with a fresh key. */
export function signingRequest(parties: { visiting: { id: string }; host: { id: string } }, extra: Partial<RecordInput> = {}): RecordInput {
  return {
    idempotencyKey: randomUUID(),
    intent: "sign",
    visitingBusinessId: parties.visiting.id,
    hostBusinessId: parties.host.id,
    category: "SELL",
    commodity: "Keripik tempe",
    sector: "Kuliner",
    instrument: "MOU",
    value: "1 juta",
    visitingSignerName: "Ibu Lestari",
    visitingSignature: SIGNATURE,
    hostSignerName: "Pak Yusuf",
    hostSignature: SIGNATURE,
    deskConfirmed: true,
    ...extra,
  };
}

export async function twoBusinesses(eventId: string) {
  return {
    visiting: await newBusiness(eventId, "VISITING", `Usaha Jatim ${newPublicCode(4)}`),
    host: await newBusiness(eventId, "HOST", `Usaha Kaltim ${newPublicCode(4)}`),
  };
}
