import { agreementDocument } from "@/lib/agreements/queries";
import { authorizeForEvent } from "@/lib/auth/authorize";
import { deniedResponse, jsonError } from "@/lib/http/json-error";

// The scanned agreement (PDF), for staff of the event.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const access = await authorizeForEvent(slug, "STAFF");
  if (!access.ok) return deniedResponse(access);
  const document = await agreementDocument(access.event.id, id);
  if (!document) return jsonError(404, "not_found", "Dokumen tidak ditemukan.");
  return new Response(new Uint8Array(document.bytes) as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${encodeURIComponent(document.fileName)}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
