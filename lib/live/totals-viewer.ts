import "server-only";
import { snapshotFrame, totalsHub, type TotalsChange } from "./totals-hub";

/** A totals stream's response headers. `no-transform` also keeps compressors (Next's included) from buffering it. */
export const TOTALS_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
  "X-Content-Type-Options": "nosniff",
};

const HEARTBEAT_MS = 15_000;
/**
 * Bytes a viewer may have waiting unsent. One this far behind (a screen asleep with its connection
 * still open) is dropped rather than queued for: when it wakes it reconnects with its Last-Event-ID and
 * gets one patch, or the whole figure.
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

/** The Last-Event-ID a reconnecting board sends, if it is one of ours ("epoch.seq"); anything else means "send the whole figure". */
export function lastEventIdOf(header: string | string[] | null | undefined): string | null {
  return typeof header === "string" && /^[0-9a-f]{8}\.\d{1,12}$/.test(header) ? header : null;
}

/** The open viewers of this process, by the function that ends each: for endAllViewers at shutdown. */
const openViewers = new Set<() => void>();

/**
 * Feeds one viewer an event's live totals as Server-Sent Events, each message with an `id:`:
 * - "event: totals": the whole figure (the same JSON as GET …/totals), first;
 * - "event: change": `{"from": id, "patch": …}` after every change, what changed since the version
 *   `from` (lib/live/totals-patch.ts);
 * - "event: ping" every 15 s, an event rather than a comment so the board can tell a quiet hall from
 *   a dead connection.
 * A viewer that comes back with `lastEventId` (the Last-Event-ID header) gets only what changed since.
 * It ends when `gone` aborts (the viewer left), when the viewer falls too far behind, or at endAllViewers.
 */
export async function watchTotals(event: { id: string; slug: string }, sink: TotalsSink, gone: AbortSignal, lastEventId?: string | null): Promise<void> {
  let open = true;
  // Subscribe before the snapshot, holding back what arrives meanwhile, so no change falls between.
  let shown: number | null = null;
  const held: TotalsChange[] = [];
  const send = (frame: Uint8Array) => {
    if (open && !sink.write(frame)) end();
  };
  const deliver = (change: TotalsChange) => {
    if (shown === null) return void held.push(change);
    if (change.seq <= shown) return; // already in what it was sent
    send(change.frame);
    shown = change.seq;
  };
  const unsubscribe = await totalsHub.subscribe(event, deliver).catch(() => null);
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
  const current = await totalsHub.snapshot(event.id).catch(() => null);
  if (!current) return end();
  const resumed = lastEventId ? totalsHub.resume(event.id, lastEventId, current) : null;
  if (resumed === null) send(snapshotFrame(current));
  else if (resumed !== "current") send(resumed);
  shown = current.seq;
  // Changes made while the snapshot was read follow it, in order.
  for (const change of held.splice(0)) deliver(change);
}
/** Ends every open stream of this process, so that a server stopping does not wait on its screens; they reconnect. */
export function endAllViewers(): void {
  for (const end of [...openViewers]) end();
}
