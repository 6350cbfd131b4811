import { z } from "zod";
import { fail } from "@/lib/kernel/outcome";
import { publicRoute } from "@/lib/kernel/route";
import { eventTotals, totalsToJson } from "@/lib/totals/queries";

// Public: the contract the board, exports and outside screens rely on. No contact data.
export const GET = publicRoute({ params: z.object({ slug: z.string().max(100) }) }, async ({ params }) => {
  const totals = await eventTotals(params.slug);
  if (!totals) return fail("EVENT_NOT_FOUND");
  return Response.json(totalsToJson(totals), { headers: { "Cache-Control": "no-store" } });
});
