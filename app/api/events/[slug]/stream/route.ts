import { eventIdentity } from "@/lib/events/queries";
import { jsonError, unexpectedError } from "@/lib/http/json-error";
import { MAX_BACKLOG_BYTES, TOTALS_STREAM_HEADERS, watchTotals } from "@/lib/live/totals-viewer";

/**
 * Public, Server-Sent Events: the full totals (the same JSON as GET …/totals) at once and after every
 * change, pushed (lib/live/totals-viewer.ts). A viewer that reconnects gets a fresh snapshot.
 * In production, server.js answers these GETs before Next's pipeline, from Node's response
 * (lib/live/node-stream.ts), and hands this route only an unknown event or a database error.
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
  // The viewer is gone when Next aborts the request or cancels the body: either ends the subscription.
  const cancelled = new AbortController();
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const sink = {
          write(frame: Uint8Array) {
            try {
              controller.enqueue(frame);
              return (controller.desiredSize ?? -1) >= 0;
            } catch {
              return false; // the viewer has gone
            }
          },
          close() {
            try {
              controller.close();
            } catch {
              // already closed by the viewer
            }
          },
        };
        void watchTotals(watched, sink, AbortSignal.any([request.signal, cancelled.signal]));
      },
      cancel() {
        cancelled.abort();
      },
    },
    // desiredSize goes negative once more than this is queued unsent.
    new ByteLengthQueuingStrategy({ highWaterMark: MAX_BACKLOG_BYTES }),
  );
  return new Response(stream, { headers: TOTALS_STREAM_HEADERS });
}

// A HEAD request gets the headers only: no stream, no subscription left behind.
export async function HEAD(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const event = await eventIdentity((await params).slug);
  return new Response(null, { status: event ? 200 : 404, headers: TOTALS_STREAM_HEADERS });
}
