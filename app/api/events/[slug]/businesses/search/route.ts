import { z } from "zod";
import { searchBusinesses } from "@/lib/businesses/queries";
import { eventRoute } from "@/lib/kernel/route";

const searchQuery = z.object({ q: z.string().max(100).default(""), side: z.string().max(20).optional() });

// Search-as-you-type at the desk (staff of this mission only). No contact data in the answer.
export const GET = eventRoute({ need: "STAFF", query: searchQuery }, async ({ event, query }) => {
  const results = await searchBusinesses(event.id, query.q, { sideCode: query.side || undefined });
  return Response.json({ results }, { headers: { "Cache-Control": "no-store" } });
});
