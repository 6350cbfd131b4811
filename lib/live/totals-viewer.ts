import "server-only";
import { totalsHub } from "./totals-hub";

/** A totals stream's response headers. `no-transform` also keeps compressors (Next's included) from buffering it. */
export const TOTALS_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
  "X-Content-Type-Options": "nosniff",
};

const HEARTBEAT_MS = 15_000;
/**
 * Bytes a viewer may have waiting unsent. Every frame is the full figure, so one this far behind (a
 * screen asleep with its connection still open) is dropped rather than queued for: when it wakes it
 * reconnects and gets a fresh snapshot.
 */
export const MAX_BACKLOG_BYTES = 64 * 1024;

/** Where one viewer's frames go: a Web or a Node response (app/api/events/[slug]/stream, lib/live/node-stream.ts). */
export interface TotalsSink {
  /** Queues a frame; false when the viewer has fallen more than MAX_BACKLOG_BYTES behind. */
  write(frame: Uint8Array): boolean;
  close(): void;
}

const encoder = new TextEncoder();
const RETRY = encoder.encode("retry: 3000\n\n");
const UNAVAILABLE = encoder.encode("event: unavailable\ndata: {}\n\n");
// Every viewer of a broadcast gets the same JSON: encode its frame once, not once per viewer.
let lastFrame: { json: string; bytes: Uint8Array } | null = null;
function totalsFrame(json: string): Uint8Array {
  if (lastFrame?.json !== json) lastFrame = { json, bytes: encoder.encode(`event: totals\ndata: ${json}\n\n`) };
  return lastFrame.bytes;
}

/** The open viewers of this process, by the function that ends each: for endAllViewers at shutdown. */
const openViewers = new Set<() => void>();

/**
 * Feeds one viewer an event's live totals as Server-Sent Events: the full totals (the same JSON as GET
 * …/totals) at once and after every change, and an "event: ping" every 15 s, an event rather than a
 * comment so the board can tell a quiet hall from a dead connection. It ends when `gone` aborts (the
 * viewer left), when the viewer falls too far behind, or at endAllViewers.
 */
export async function watchTotals(event: { id: string; slug: string }, sink: TotalsSink, gone: AbortSignal): Promise<void> {
  let open = true;
  // Subscribe before the snapshot, holding back what arrives meanwhile, so no change falls between.
  let snapshotSent = false;
  let held: string | null = null;
  const send = (frame: Uint8Array) => {
    if (open && !sink.write(frame)) end();
  };
  const unsubscribe = await totalsHub.subscribe(event, (json) => (snapshotSent ? send(totalsFrame(json)) : (held = json))).catch(() => null);
  if (!unsubscribe) {
    sink.write(UNAVAILABLE);
    return sink.close();
  }
  const heartbeat = setInterval(() => send(encoder.encode(`event: ping\ndata: ${Date.now()}\n\n`)), HEARTBEAT_MS);
  // `send` may call it from here on: nothing is sent before this point.
  const end = () => {
    if (!open) return;
    open = false;
    clearInterval(heartbeat);
    gone.removeEventListener("abort", end);
    openViewers.delete(end);
    unsubscribe();
    sink.close();
  };
  openViewers.add(end);
  gone.addEventListener("abort", end);
  if (gone.aborted) return end(); // gone while we were subscribing
  send(RETRY);
  const snapshot = await totalsHub.snapshot(event.id).catch(() => null);
  if (snapshot) send(totalsFrame(snapshot));
  snapshotSent = true;
  // A change arrived meanwhile: send the newest figures (which may be newer than the held ones).
  if (held) {
    const newest = await totalsHub.snapshot(event.id).catch(() => held);
    if (newest) send(totalsFrame(newest));
  }
}

/** Ends every open stream of this process, so that a server stopping does not wait on its screens; they reconnect. */
export function endAllViewers(): void {
  for (const end of [...openViewers]) end();
}
