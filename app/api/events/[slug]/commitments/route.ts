import { recordCommitment, recordInput } from "@/lib/commitments/record-commitment";
import { describe } from "@/lib/kernel/translate";
import { eventRoute } from "@/lib/kernel/route";

/**
 * Records (and, with both signatures, signs) a commitment from a JSON body: the same write path and
 * the same schema as the signing desk's form, for a tablet app, a retry queue or the board benchmark.
 * Exactly once per idempotencyKey: 201 when recorded, 200 for a repeat. The answer says when it was
 * committed, by the server's clock.
 */
export const POST = eventRoute(
  { need: "STAFF", body: { kind: "json", schema: recordInput, maxBytes: 1024 * 1024 } },
  async ({ event, actor, body, locale }) => {
    const result = await recordCommitment(event, body, actor);
    if (!result.ok) return result;
    const committedAt = Date.now();
    return Response.json({ ...describe(result, locale), committedAt }, { status: result.data.repeated ? 200 : 201, headers: { "Cache-Control": "no-store" } });
  },
);
