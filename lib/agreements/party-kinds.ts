// What a party to a cooperation agreement (PKS) can be, in the order the releases count them:
// "ditandatangani oleh 6 perangkat daerah, 10 BUMD dan 4 asosiasi". Their words are in the messages
// (`partyKinds`). Plain module: the form, the domain and the totals share it.
import type { PartyKind } from "@/lib/generated/prisma/enums";

export const PARTY_KINDS = ["PERANGKAT_DAERAH", "BUMD", "ASOSIASI", "LAINNYA"] as const satisfies readonly PartyKind[];
export type PartyKindCode = (typeof PARTY_KINDS)[number];

/** "6 perangkat daerah · 10 BUMD · 4 asosiasi": the kinds with parties, each said by `say` (from the messages). */
export function partiesByKind(parties: Record<PartyKindCode, number>, say: (kind: PartyKindCode, count: number) => string): string {
  return PARTY_KINDS.filter((kind) => parties[kind] > 0)
    .map((kind) => say(kind, parties[kind]))
    .join(" · ");
}
