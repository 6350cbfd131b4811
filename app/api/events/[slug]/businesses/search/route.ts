import { authorizeForEvent } from "@/lib/auth/authorize";
import { searchBusinesses } from "@/lib/businesses/queries";
import { deniedResponse, unexpectedError } from "@/lib/http/json-error";

// Search-as-you-type at the desk (staff of this event only). No contact data in the answer.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await authorizeForEvent((await params).slug, "STAFF");
  if (!access.ok) return deniedResponse(access);
  const search = new URL(request.url).searchParams;
  const query = search.get("q")?.slice(0, 100) ?? "";
  try {
    const results = await searchBusinesses(access.event.id, query, { sideCode: search.get("side")?.slice(0, 20) || undefined });
    return Response.json({ results }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return unexpectedError(error, "GET /api/events/[slug]/businesses/search");
  }
}
