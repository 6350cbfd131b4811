import { z } from "zod";
import { eventSides } from "@/lib/businesses/queries";
import { importTemplate } from "@/lib/businesses/template";
import { eventRoute } from "@/lib/kernel/route";

// The spreadsheet template for the organizers' lists (format=xlsx, the default, or csv).
export const GET = eventRoute({ need: "ADMIN", query: z.object({ format: z.enum(["xlsx", "csv"]).default("xlsx") }) }, async ({ event, query }) => {
  const setup = await eventSides(event.id);
  const file = await importTemplate({ slug: event.slug, ...setup }, query.format);
  return new Response(file.bytes as BodyInit, {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "no-store" },
  });
});
