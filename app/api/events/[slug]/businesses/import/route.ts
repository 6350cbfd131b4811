import { z } from "zod";
import { columnMapping, commitImport, previewImport, type DescribedPreview, type ImportPreview } from "@/lib/businesses/import";
import { MAX_REQUEST_BYTES } from "@/lib/http/upload-limits";
import { formText } from "@/lib/kernel/form";
import { fail } from "@/lib/kernel/outcome";
import { eventRoute } from "@/lib/kernel/route";
import { describe, describeRows } from "@/lib/kernel/translate";

const importForm = z.object({
  file: z.instanceof(File, { message: "fileRequired" }),
  side: formText(20),
  mode: z.enum(["preview", "commit"]).default("preview"),
  /** The mapping chosen on the preview, as JSON. */
  mapping: formText(10_000),
  /** The organizer's reason to import past the side's quota. */
  overQuotaReason: formText(300),
});

/**
 * Organizers import a side's pre-registered businesses: mode=preview answers JSON; mode=commit
 * answers a stream of NDJSON lines ({"type":"progress",…} then {"type":"done",…}) for the progress bar.
 */
export const POST = eventRoute(
  { need: "ADMIN", body: { kind: "form", schema: importForm, maxBytes: MAX_REQUEST_BYTES } },
  async ({ event, actor, body, locale }) => {
    let mapping: z.output<typeof columnMapping> | undefined;
    if (body.mapping) {
      const parsed = columnMapping.safeParse(safeJson(body.mapping));
      if (!parsed.success) return fail("INVALID", undefined, { mapping: ["mappingInvalid"] });
      mapping = parsed.data;
    }
    const request = {
      eventId: event.id,
      sideCode: body.side,
      file: { name: body.file.name, bytes: new Uint8Array(await body.file.arrayBuffer()) },
      mapping,
      overQuotaReason: body.overQuotaReason,
    };
    const inWords = (preview: ImportPreview): DescribedPreview => ({ ...preview, rows: describeRows(preview.rows, locale) });

    if (body.mode === "preview") {
      const preview = await previewImport(request);
      if (!preview.ok) return preview;
      return Response.json(describe({ ...preview, data: inWords(preview.data) }, locale), { headers: { "Cache-Control": "no-store" } });
    }
    const encoder = new TextEncoder();
    const stream = new ReadableStream({
      async start(controller) {
        const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        try {
          const result = await commitImport(request, actor, (done, total) => send({ type: "progress", done, total }));
          send({ type: "done", result: describe(result.ok ? { ...result, data: { ...result.data, preview: inWords(result.data.preview) } } : result, locale) });
        } catch (error) {
          console.error("[POST /api/events/[slug]/businesses/import]", error);
          send({ type: "done", result: describe(fail("INTERNAL"), locale) });
        }
        controller.close();
      },
    });
    return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
  },
);

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
