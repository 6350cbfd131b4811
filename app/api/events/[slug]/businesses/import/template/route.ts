import { authorizeForEvent } from "@/lib/auth/authorize";
import { eventSides } from "@/lib/businesses/queries";
import { importTemplate } from "@/lib/businesses/template";
import { deniedResponse } from "@/lib/http/json-error";

// The spreadsheet template for the organizers' lists (format=xlsx, the default, or csv).
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await authorizeForEvent((await params).slug, "ADMIN");
  if (!access.ok) return deniedResponse(access);
  const format = new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const setup = await eventSides(access.event.id);
  const file = await importTemplate({ slug: access.event.slug, ...setup }, format);
  return new Response(file.bytes as BodyInit, {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "no-store" },
  });
}
