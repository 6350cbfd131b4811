import { representativeView } from "@/lib/businesses/representative-access";
import { letterPdf, toLetter } from "@/lib/commitments/letter-pdf";
import { commitmentDetail } from "@/lib/commitments/queries";
import { jsonError } from "@/lib/http/json-error";
import { publicOrigin } from "@/lib/http/public-origin";

// A representative's own letter, through their badge's link: the secret in it is the permission.
export async function GET(request: Request, { params }: { params: Promise<{ code: string; id: string }> }) {
  const { code, id } = await params;
  const view = await representativeView(code.toUpperCase(), new URL(request.url).searchParams.get("k") ?? "");
  const commitment = view?.commitments.find((c) => c.id === id);
  if (!view || !commitment) return jsonError(404, "not_found", "Surat tidak ditemukan.");
  const detail = await commitmentDetail(view.business.event.id, id);
  if (!detail) return jsonError(404, "not_found", "Surat tidak ditemukan.");
  const bytes = await letterPdf(toLetter(detail), `${publicOrigin(request)}/verify/${detail.verificationCode}`);
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="surat-komitmen-${detail.verificationCode}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
