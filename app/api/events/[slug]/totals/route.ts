import { jsonError, unexpectedError } from "@/lib/http/json-error";
import { eventTotals, totalsToJson } from "@/lib/totals/queries";

// Public: the contract the board, exports and outside screens rely on. No contact data.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const totals = await eventTotals(slug);
    if (!totals) return jsonError(404, "event_not_found", `Misi dagang "${slug}" tidak ditemukan.`);
    return Response.json(totalsToJson(totals), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return unexpectedError(error, "GET /api/events/[slug]/totals");
  }
}
