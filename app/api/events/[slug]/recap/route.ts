import { getLocale } from "next-intl/server";
import { authorizeForEvent } from "@/lib/auth/authorize";
import { deniedResponse, jsonError, unexpectedError } from "@/lib/http/json-error";
import { isLocale } from "@/lib/i18n/locale";
import { eventRecap } from "@/lib/reports/recap";
import { recapPdf } from "@/lib/reports/recap-pdf";

// The printable recap (PDF) for staff of the event, in ?lang= or the caller's own language.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await authorizeForEvent((await params).slug, "STAFF");
  if (!access.ok) return deniedResponse(access);
  try {
    const lang = new URL(request.url).searchParams.get("lang");
    const locale = isLocale(lang) ? lang : await getLocale();
    const recap = await eventRecap(access.event);
    if (!recap) return jsonError(404, "event_not_found", "Misi dagang tidak ditemukan.");
    const bytes = await recapPdf(recap, locale);
    const name = `${locale === "id" ? "rekap" : "recap"}-${access.event.slug}.pdf`;
    return new Response(bytes as BodyInit, {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
    });
  } catch (error) {
    return unexpectedError(error, "GET /api/events/[slug]/recap");
  }
}
