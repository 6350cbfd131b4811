import { z } from "zod";
import { letterDownload } from "@/lib/commitments/letter-pdf";
import { commitmentDetail } from "@/lib/commitments/queries";
import { publicOrigin } from "@/lib/http/public-origin";
import { fail } from "@/lib/kernel/outcome";
import { eventRoute } from "@/lib/kernel/route";

// The signed letter (PDF) for staff of the mission; it carries the signatures, so it is not public.
export const GET = eventRoute({ need: "STAFF", params: z.object({ id: z.string().max(64) }) }, async ({ request, event, params }) => {
  const detail = await commitmentDetail(event.id, params.id);
  if (!detail) return fail("NOT_FOUND", { what: "commitment" });
  return letterDownload(detail, publicOrigin(request));
});
