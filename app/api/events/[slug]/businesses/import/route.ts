import { authorizeForEvent } from "@/lib/auth/authorize";
import { columnMapping, commitImport, previewImport, type ImportRequest } from "@/lib/businesses/import";
import { MAX_IMPORT_BYTES } from "@/lib/businesses/spreadsheet";
import { deniedResponse, jsonError, unexpectedError } from "@/lib/http/json-error";

/**
 * Organizers import a side's pre-registered businesses: mode=preview answers JSON; mode=commit
 * answers a stream of NDJSON lines ({"type":"progress",…} then {"type":"done",…}) for the progress bar.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const access = await authorizeForEvent((await params).slug, "ADMIN");
  if (!access.ok) return deniedResponse(access);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024)
    return jsonError(413, "file_too_large", "Berkas lebih dari 10 MB. Bagi menjadi beberapa berkas.");

  let importRequest: ImportRequest;
  let mode: string;
  try {
    const form = await request.formData();
    const file = form.get("file");
    if (!(file instanceof File)) return jsonError(400, "invalid", "Pilih berkas .xlsx atau .csv.");
    const mapping = form.get("mapping");
    const parsedMapping = typeof mapping === "string" && mapping ? columnMapping.safeParse(JSON.parse(mapping)) : null;
    if (parsedMapping && !parsedMapping.success) return jsonError(400, "invalid", "Pemetaan kolom tidak sah.");
    importRequest = {
      eventId: access.event.id,
      sideCode: String(form.get("side") ?? ""),
      file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      mapping: parsedMapping?.data,
    };
    mode = String(form.get("mode") ?? "preview");
  } catch {
    return jsonError(400, "invalid", "Kiriman tidak dapat dibaca. Pilih berkasnya lagi.");
  }

  if (mode === "preview") {
    try {
      return Response.json(await previewImport(importRequest), { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return unexpectedError(error, "POST /api/events/[slug]/businesses/import");
    }
  }
  if (mode !== "commit") return jsonError(400, "invalid", "mode harus preview atau commit.");

  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const result = await commitImport(importRequest, access.actor, (done, total) => send({ type: "progress", done, total }));
        send({ type: "done", result });
      } catch (error) {
        console.error("[POST /api/events/[slug]/businesses/import]", error);
        send({ type: "done", result: { ok: false, code: "INVALID", message: "Impor gagal; tidak ada yang disimpan. Coba lagi." } });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
}
