import { eventIdentity } from "@/lib/events/queries";
import { z } from "zod";
import { fail } from "@/lib/kernel/outcome";
import { publicRoute } from "@/lib/kernel/route";
import { lastEventIdOf, MAX_BACKLOG_BYTES, TOTALS_STREAM_HEADERS, watchTotals } from "@/lib/live/totals-viewer";
import { boardViewers } from "@/lib/live/viewer-limits";
import { clientAddress } from "@/lib/http/client-address";

/**
 * Public, Server-Sent Events: the full totals (the same JSON as GET …/totals) at once, then what
 * changed after every change, pushed (lib/live/totals-viewer.ts). A viewer that reconnects with its
 * Last-Event-ID gets what changed since, or the whole figure when that version is not known here.
 * In production, server.js answers these GETs before Next's pipeline, from Node's response
 * (lib/live/node-stream.ts), and hands this route only an unknown event or a database error.
 */
const slugParams = z.object({ slug: z.string().max(100) });

export const GET = publicRoute({ params: slugParams }, async ({ request, params }) => {
  const event = await eventIdentity(params.slug);
  if (!event) return fail("EVENT_NOT_FOUND");
  const watched = event;
  // Within the limits of screens per address and per process (lib/live/viewer-limits.ts): else a 429, and the board polls.
  const release = boardViewers.admit(clientAddress((name) => request.headers.get(name)));
  if (!release) return fail("RATE_LIMITED");
  // The viewer is gone when Next aborts the request or cancels the body: either ends the subscription.
  const cancelled = new AbortController();
  cancelled.signal.addEventListener("abort", release);
  request.signal.addEventListener("abort", release);
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
        void watchTotals(watched, sink, AbortSignal.any([request.signal, cancelled.signal]), lastEventIdOf(request.headers.get("last-event-id")));
      },
      cancel() {
        cancelled.abort();
      },
    },
    // desiredSize goes negative once more than this is queued unsent.
    new ByteLengthQueuingStrategy({ highWaterMark: MAX_BACKLOG_BYTES }),
  );
  return new Response(stream, { headers: TOTALS_STREAM_HEADERS });
});

// A HEAD request gets the headers only: no stream, no subscription left behind.
export const HEAD = publicRoute({ params: slugParams }, async ({ params }) => {
  const event = await eventIdentity(params.slug);
  return new Response(null, { status: event ? 200 : 404, headers: TOTALS_STREAM_HEADERS });
});
