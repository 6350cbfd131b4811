import { z } from "zod";
import { DATASET, isDataset } from "@/lib/exports/datasets";
import { exportStream } from "@/lib/exports/write";
import { LOCALES } from "@/lib/i18n/locale";
import { fail } from "@/lib/kernel/outcome";
import { eventRoute } from "@/lib/kernel/route";
import { seesContactData } from "@/lib/businesses/contact-rule";

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;
const exportQuery = z.object({ format: z.enum(["csv", "xlsx"], { message: "exportFormat" }).default("csv"), lang: z.enum(LOCALES).optional() });

// A mission's businesses, commitments, agreements or audit trail as CSV or Excel, streamed, for its
// staff. Contact columns (phone, e-mail, NIB) and the audit trail are for organizers only.
export const GET = eventRoute(
  { need: "STAFF", params: z.object({ dataset: z.string().max(40) }), query: exportQuery },
  async ({ event, actor, params, query, locale }) => {
    if (!isDataset(params.dataset)) return fail("NOT_FOUND", { what: "dataset" });
    const definition = DATASET[params.dataset];
    if (definition.organizerOnly && actor.role !== "ADMIN") return fail("ORGANIZER_ONLY", { what: "export" });
    const body = exportStream(definition, event, { format: query.format, locale: query.lang ?? locale, withContact: seesContactData(actor) });
    return new Response(body, {
      headers: {
        "Content-Type": CONTENT_TYPES[query.format],
        "Content-Disposition": `attachment; filename="${definition.fileName}-${event.slug}.${query.format}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
