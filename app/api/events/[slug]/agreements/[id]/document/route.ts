import { z } from "zod";
import { agreementDocument } from "@/lib/agreements/queries";
import { fail } from "@/lib/kernel/outcome";
import { eventRoute } from "@/lib/kernel/route";

// The scanned agreement (PDF), for staff of the mission: downloaded, never shown inline (and sandboxed
// by its Content-Security-Policy, lib/security/csp.ts, if a browser shows it anyway).
export const GET = eventRoute({ need: "STAFF", params: z.object({ id: z.string().max(64) }) }, async ({ event, params }) => {
  const document = await agreementDocument(event.id, params.id);
  if (!document) return fail("NOT_FOUND", { what: "document" });
  return new Response(new Uint8Array(document.bytes) as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${encodeURIComponent(document.fileName)}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
});
