import { eventIdentity } from "@/lib/events/queries";
import { jsonError, unexpectedError } from "@/lib/http/json-error";
import { totalsHub } from "@/lib/live/totals-hub";

const HEARTBEAT_MS = 15_000;
// Every viewer of a broadcast gets the same JSON string: encode its frame once, not once per viewer.
let lastFrame: { json: string; bytes: Uint8Array } | null = null;
function totalsFrame(json: string): Uint8Array {
  if (lastFrame?.json !== json) lastFrame = { json, bytes: new TextEncoder().encode(`event: totals\ndata: ${json}\n\n`) };
  return lastFrame.bytes;
}

const HEADERS = { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no" };

/**
 * Public, Server-Sent Events: the full totals (the same JSON as GET …/totals) at once and after every
 * change, pushed. A "ping" every 15 s keeps proxies from closing it and tells the board it is alive.
 * A viewer that reconnects gets a fresh snapshot. The subscription ends when the viewer goes.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  let event: { id: string; slug: string } | null;
  try {
    event = await eventIdentity(slug);
  } catch (error) {
    return unexpectedError(error, "GET /api/events/[slug]/stream");
  }
  if (!event) return jsonError(404, "event_not_found", `Misi dagang "${slug}" tidak ditemukan.`);
  const watched = event;
  const encoder = new TextEncoder();
  let end = () => {};

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (text: string | Uint8Array) => {
        if (!open) return;
        try {
          controller.enqueue(typeof text === "string" ? encoder.encode(text) : text);
        } catch {
          end();
        }
      };
      // Subscribe before the snapshot, holding back what arrives meanwhile, so no change falls between.
      let snapshotSent = false;
      let held: string | null = null;
      const unsubscribe = await totalsHub.subscribe(watched, (json) => (snapshotSent ? write(totalsFrame(json)) : (held = json))).catch(() => null);
      if (!unsubscribe) {
        write(`event: unavailable\ndata: {}\n\n`);
        controller.close();
        return;
      }
      // An event, not a comment, so the board can tell a quiet hall from a dead connection.
      const heartbeat = setInterval(() => write(`event: ping\ndata: ${Date.now()}\n\n`), HEARTBEAT_MS);
      end = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the viewer
        }
      };
      request.signal.addEventListener("abort", end);
      if (request.signal.aborted) return end(); // gone while we were subscribing
      write("retry: 3000\n\n");
      const snapshot = await totalsHub.snapshot(watched.id).catch(() => null);
      if (snapshot) write(totalsFrame(snapshot));
      snapshotSent = true;
      // A change arrived meanwhile: send the newest figures (which may be newer than the held ones).
      if (held) {
        const newest = await totalsHub.snapshot(watched.id).catch(() => held);
        if (newest) write(totalsFrame(newest));
      }
    },
    cancel() {
      end();
    },
  });
  return new Response(stream, { headers: HEADERS });
}

// A HEAD request gets the headers only: no stream, no subscription left behind.
export async function HEAD(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const event = await eventIdentity((await params).slug);
  return new Response(null, { status: event ? 200 : 404, headers: HEADERS });
}
