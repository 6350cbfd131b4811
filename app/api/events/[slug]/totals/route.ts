import { z } from "zod";
import { fail } from "@/lib/kernel/outcome";
import { publicRoute } from "@/lib/kernel/route";
import { eventTotals, targetPassedAt, totalsToJson } from "@/lib/totals/queries";

const totalsQuery = z.object({
  /** The ledger as it stood at this moment (ISO 8601 with its offset, e.g. 2025-05-08T12:00:00+08:00). */
  asOf: z.iso.datetime({ offset: true, message: "asOfInvalid" }).optional(),
});

// Public: the contract the board, exports and outside screens rely on. No contact data.
export const GET = publicRoute({ params: z.object({ slug: z.string().max(100) }), query: totalsQuery }, async ({ params, query }) => {
  const asOf = query.asOf ? new Date(query.asOf) : undefined;
  const totals = await eventTotals(params.slug, { asOf });
  if (!totals) return fail("EVENT_NOT_FOUND");
  return Response.json(totalsToJson(totals, await targetPassedAt(totals, asOf)), { headers: { "Cache-Control": "no-store" } });
});
