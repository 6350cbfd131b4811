// The desk's request to sign, as the signing form and the API take it. No server imports: the browser
// tests and the benchmarks post it over HTTP, the integration tests hand it to recordCommitment.
import { randomUUID } from "node:crypto";
import type { RecordInput } from "@/lib/commitments/record-commitment";
import { SIGNATURE } from "./signature";

export { SIGNATURE };

/** A Rp1 juta sale between `parties`, both signatures given and confirmed, with a fresh key. */
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
