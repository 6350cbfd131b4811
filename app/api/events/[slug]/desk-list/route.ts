import { deskList } from "@/lib/businesses/queries";
import { eventRoute } from "@/lib/kernel/route";

// The list a desk tablet keeps to check badges and find businesses while the network is down
// (app/_offline/desk-list.ts): names, sides and badge codes of this mission, no contact data.
export const GET = eventRoute({ need: "STAFF" }, async ({ event }) => {
  const businesses = await deskList(event.id);
  return Response.json({ keptAt: new Date().toISOString(), businesses }, { headers: { "Cache-Control": "no-store" } });
});
