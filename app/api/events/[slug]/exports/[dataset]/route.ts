import { getLocale } from "next-intl/server";
import { authorizeForEvent } from "@/lib/auth/authorize";
import { DATASET, isDataset } from "@/lib/exports/datasets";
import { exportStream } from "@/lib/exports/write";
import { jsonError, deniedResponse, unexpectedError } from "@/lib/http/json-error";
import { isLocale } from "@/lib/i18n/locale";

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;

// A mission's businesses, commitments, agreements or audit trail as CSV or Excel, streamed, for its
// staff. Contact columns (phone, e-mail, NIB) and the audit trail are for organizers only.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; dataset: string }> }) {
  const { slug, dataset } = await params;
  const access = await authorizeForEvent(slug, "STAFF");
  if (!access.ok) return deniedResponse(access);
  if (!isDataset(dataset)) return jsonError(404, "not_found", `Tidak ada ekspor "${dataset}".`);
  const definition = DATASET[dataset];
  if (definition.organizerOnly && access.actor.role !== "ADMIN") return jsonError(403, "forbidden", "Hanya panitia yang dapat mengekspor data ini.");
  const search = new URL(request.url).searchParams;
  const format = search.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") return jsonError(400, "invalid_format", 'Format ekspor harus "csv" atau "xlsx".');
  try {
    const lang = search.get("lang");
    const locale = isLocale(lang) ? lang : await getLocale();
    const body = exportStream(definition, access.event.id, { format, locale, withContact: access.actor.role === "ADMIN" });
    return new Response(body, {
      headers: {
        "Content-Type": CONTENT_TYPES[format],
        "Content-Disposition": `attachment; filename="${definition.fileName}-${access.event.slug}.${format}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return unexpectedError(error, "GET /api/events/[slug]/exports/[dataset]");
  }
}
