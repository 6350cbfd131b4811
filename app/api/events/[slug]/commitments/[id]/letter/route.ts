import { authorizeForEvent } from "@/lib/auth/authorize";
import { letterPdf, toLetter } from "@/lib/commitments/letter-pdf";
import { commitmentDetail } from "@/lib/commitments/queries";
import { deniedResponse, jsonError, unexpectedError } from "@/lib/http/json-error";
import { publicOrigin } from "@/lib/http/public-origin";

// The signed letter (PDF) for staff of the event; it carries the signatures, so it is not public.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const access = await authorizeForEvent(slug, "STAFF");
  if (!access.ok) return deniedResponse(access);
  try {
    const detail = await commitmentDetail(access.event.id, id);
    if (!detail) return jsonError(404, "not_found", "Komitmen tidak ditemukan di misi dagang ini.");
    const bytes = await letterPdf(toLetter(detail), `${publicOrigin(request)}/verify/${detail.verificationCode}`);
    return new Response(bytes as BodyInit, {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="surat-komitmen-${detail.verificationCode}.pdf"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return unexpectedError(error, "GET /api/events/[slug]/commitments/[id]/letter");
  }
}
