import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locale";
import { fail } from "@/lib/kernel/outcome";
import { eventRoute } from "@/lib/kernel/route";
import { eventRecap } from "@/lib/reports/recap";
import { drawnRecap } from "@/lib/reports/recap-pdf";

// The printable recap (PDF) for staff of the mission, in ?lang= or the caller's own language.
export const GET = eventRoute({ need: "STAFF", query: z.object({ lang: z.enum(LOCALES).optional() }) }, async ({ event, query, locale }) => {
  const language = query.lang ?? locale;
  const recap = await eventRecap(event);
  if (!recap) return fail("EVENT_NOT_FOUND");
  const bytes = await drawnRecap(recap, language);
  const name = `${language === "id" ? "rekap" : "recap"}-${event.slug}.pdf`;
  return new Response(bytes as BodyInit, {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
  });
});
