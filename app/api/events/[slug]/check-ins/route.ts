import { checkIn, checkInInput } from "@/lib/businesses/check-in";
import { describe } from "@/lib/kernel/translate";
import { eventRoute } from "@/lib/kernel/route";

/**
 * Checks a business in from a JSON body: the check-in desk's own write, for a tablet sending what it
 * admitted while offline. 201 when this request checked it in; 200 when someone had, with who and when.
 */
export const POST = eventRoute({ need: "STAFF", body: { kind: "json", schema: checkInInput, maxBytes: 4 * 1024 } }, async ({ event, actor, body, locale }) => {
  const result = await checkIn(event, body, actor);
  if (!result.ok) return result;
  return Response.json(describe(result, locale), { status: result.data.status === "CHECKED_IN" ? 201 : 200, headers: { "Cache-Control": "no-store" } });
});
