import "server-only";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { connectDatabase } from "@/lib/db/client";
import { databaseTarget } from "@/lib/db/config";
import { eventTotals, totalsToJson } from "@/lib/totals/queries";
import { diffTotals, type Json } from "./totals-patch";

/** Sent by the database triggers (migration live_totals_notify) with the changed event's id. */
export const TOTALS_CHANNEL = "misi_dagang_totals";
/**
 * Changes closer together than this go out as one update (a burst of signings, an import). The wait
 * grows with what the last update cost (recomputing it and writing it to every viewer), up to
 * MAX_COALESCE_MS: with ten thousand screens a burst becomes one write per screen, and the event loop
 * stays free for the writers between updates.
 */
const COALESCE_MS = 50;
const MAX_COALESCE_MS = 250;
/**
 * Viewers written to in one turn of the event loop before the writers' requests get theirs: about 30 ms
 * on a 2-core server (13 µs a viewer). With 500 a turn, the requests run between turns stretched one
 * change's fan-out to 10,000 screens over 300–600 ms (npm run bench:board).
 */
const FAN_OUT_BATCH = 2500;
/** Versions kept for a board that reconnects with Last-Event-ID: it gets one patch, not the whole figure. */
const HISTORY = 32;
/**
 * How soon a lost LISTEN connection is tried again, every time: a refused connection costs next to
 * nothing, and the boards must hear again within half a second of the database's return (writes
 * succeed at once; a growing back-off made the first update wait seconds longer).
 */
const RECONNECT_MS = 200;

const encoder = new TextEncoder();
/** bench:board's baseline only: every change sent as the whole figure, as the board worked before versions. */
const WHOLE_FIGURE_FRAMES = process.env.BOARD_FRAMES === "whole";

/** One version of an event's totals: the JSON of GET …/totals (without targetPassedAt), numbered. */
export interface TotalsVersion {
  /** "epoch.seq": the SSE id. The epoch names this process's numbering, so an id from another instance or an earlier run is not mistaken for one of ours. */
  id: string;
  seq: number;
  json: string;
  value: Json;
  /** Its "event: totals" frame, encoded once for every viewer that needs the whole figure. */
  frame?: Uint8Array;
}
/** A change as every viewer gets it: one frame, encoded once, that takes the previous version to `seq`. */
export interface TotalsChange {
  seq: number;
  frame: Uint8Array;
  to: TotalsVersion;
}
type Send = (change: TotalsChange) => void;
interface Watched {
  eventId: string;
  slug: string;
  epoch: string;
  subscribers: Set<Send>;
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
  again?: boolean;
  /** The last version sent: what a newly connected viewer starts from. */
  current?: TotalsVersion;
  history: TotalsVersion[];
  /** Milliseconds the last update took, recomputing and fanning out: the next wait is at least that. */
  cost: number;
}

/** The whole figure, as the first message of a stream and after a gap. */
export function snapshotFrame(version: TotalsVersion): Uint8Array {
  return (version.frame ??= encoder.encode(`id: ${version.id}\nevent: totals\ndata: ${version.json}\n\n`));
}

/** What changed from one version to another, as one "event: change" frame (lib/live/totals-patch.ts). */
function changeFrame(from: TotalsVersion, to: TotalsVersion): Uint8Array {
  const patch = diffTotals(from.value, to.value) ?? {};
  return encoder.encode(`id: ${to.id}\nevent: change\ndata: {"from":"${from.id}","patch":${JSON.stringify(patch)}}\n\n`);
}

/**
 * One per server process: a single LISTEN connection to the database, fanned out to every viewer of
 * every event in this process. On a notification it recomputes the event's totals from the ledger
 * once and sends all its viewers the same small patch from the last version. Nothing here is needed
 * for correctness across instances: each instance listens to the same database, and a viewer that
 * comes back with another instance's id gets the whole figure.
 */
class TotalsHub {
  private watched = new Map<string, Watched>();
  private listening: Promise<void> | null = null;
  private stop: (() => Promise<void>) | null = null;

  async subscribe(event: { id: string; slug: string }, send: Send): Promise<() => void> {
    let entry = this.watched.get(event.id);
    if (!entry) {
      entry = { eventId: event.id, slug: event.slug, epoch: randomUUID().slice(0, 8), subscribers: new Set(), history: [], cost: 0 };
      this.watched.set(event.id, entry);
    }
    const watched = entry;
    watched.subscribers.add(send);
    const unsubscribe = () => {
      watched.subscribers.delete(send);
      if (watched.subscribers.size === 0) {
        clearTimeout(watched.timer);
        this.watched.delete(event.id);
      }
      if (this.watched.size === 0) void this.close();
    };
    try {
      await this.listen();
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  /**
   * The current version for a viewer who just subscribed: the last one sent (a change pending since
   * reaches the viewer as a patch from it), else computed once for everyone connecting at the same
   * moment (1,000 screens reconnecting after a restart cost one query, not 1,000).
   */
  async snapshot(eventId: string): Promise<TotalsVersion | null> {
    const entry = this.watched.get(eventId);
    if (!entry) return null;
    if (!entry.current) await (entry.running ?? this.refresh(entry));
    return entry.current ?? null;
  }

  /**
   * For a viewer reconnecting with Last-Event-ID: nothing if it already shows `current`, one patch
   * from the version it shows if that is still known here, else null (it needs the whole figure).
   */
  resume(eventId: string, lastEventId: string, current: TotalsVersion): Uint8Array | "current" | null {
    if (lastEventId === current.id) return "current";
    const shown = this.watched.get(eventId)?.history.find((version) => version.id === lastEventId);
    return shown ? changeFrame(shown, current) : null;
  }

  viewers(): number {
    let n = 0;
    for (const entry of this.watched.values()) n += entry.subscribers.size;
    return n;
  }

  private notified(eventId: string) {
    const entry = this.watched.get(eventId);
    if (entry) this.schedule(entry);
  }

  private schedule(entry: Watched) {
    if (entry.timer) return;
    entry.timer = setTimeout(
      () => {
        entry.timer = undefined;
        void this.refresh(entry);
      },
      Math.min(MAX_COALESCE_MS, Math.max(COALESCE_MS, entry.cost)),
    );
  }

  /** Recomputes the totals from the ledger and, if they changed, sends every viewer the patch. One at a time per event. */
  private refresh(entry: Watched): Promise<void> {
    if (entry.running) {
      entry.again = true;
      return entry.running;
    }
    const running = (async () => {
      const started = performance.now();
      try {
        const totals = await eventTotals(entry.slug);
        if (!totals) return;
        const json = JSON.stringify(totalsToJson(totals));
        const previous = entry.current;
        if (previous?.json === json) return;
        const seq = (previous?.seq ?? 0) + 1;
        const version: TotalsVersion = { id: `${entry.epoch}.${seq}`, seq, json, value: JSON.parse(json) as Json };
        entry.current = version;
        entry.history.push(version);
        if (entry.history.length > HISTORY) entry.history.shift();
        if (previous)
          await fanOut(entry.subscribers, {
            seq,
            frame: WHOLE_FIGURE_FRAMES ? snapshotFrame(version) : changeFrame(previous, version),
            to: version,
          });
      } catch (error) {
        console.error("[totals-hub] could not recompute totals", error);
      } finally {
        entry.cost = performance.now() - started;
      }
    })().finally(() => {
      entry.running = undefined;
      // A change arrived while computing: one more update, so the last one sent is never stale.
      if (entry.again) {
        entry.again = false;
        this.schedule(entry);
      }
    });
    entry.running = running;
    return running;
  }

  private listen(): Promise<void> {
    this.listening ??= this.connect().then(
      () => {
        // Every viewer left while we were connecting.
        if (this.watched.size === 0) void this.close();
      },
      (error: unknown) => {
        this.listening = null;
        throw error;
      },
    );
    return this.listening;
  }

  private async connect(): Promise<void> {
    const target = databaseTarget();
    if (target.kind === "embedded") {
      const { pglite } = await connectDatabase();
      const unlisten = await pglite!.listen(TOTALS_CHANNEL, (eventId) => this.notified(eventId));
      this.stop = unlisten;
      return;
    }
    const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5000 });
    client.on("notification", (message) => message.payload && this.notified(message.payload));
    // The database went away (restart, network): listen again, then bring every viewer up to date,
    // since changes made meanwhile were not announced to us.
    const lost = () => {
      if (this.stop === null) return; // closed on purpose
      this.stop = null;
      this.listening = null;
      client.removeAllListeners();
      client.on("error", () => undefined);
      void client.end().catch(() => undefined);
      this.reconnect();
    };
    client.on("error", lost);
    client.on("end", lost);
    await client.connect();
    await client.query(`LISTEN ${TOTALS_CHANNEL}`);
    this.stop = async () => {
      this.stop = null;
      client.removeAllListeners();
      client.on("error", () => undefined);
      await client.end().catch(() => undefined);
    };
  }

  private reconnect() {
    if (this.watched.size === 0) return;
    setTimeout(() => {
      this.listen()
        .then(() => {
          for (const entry of this.watched.values()) void this.refresh(entry);
        })
        .catch(() => this.reconnect());
    }, RECONNECT_MS).unref();
  }

  private async close() {
    const stop = this.stop;
    this.stop = null;
    this.listening = null;
    // A database already closed (the process is stopping) has no listener left to end.
    await stop?.().catch(() => undefined);
  }
}

const holder = globalThis as typeof globalThis & { __misiDagangTotalsHub?: TotalsHub };
export const totalsHub: TotalsHub = (holder.__misiDagangTotalsHub ??= new TotalsHub());

/**
 * Writes one change to every viewer, FAN_OUT_BATCH at a time with a turn of the event loop between,
 * so ten thousand socket writes do not hold up the requests that sign. Viewers who join meanwhile
 * start from the new version; those who leave are skipped by their own sender.
 */
async function fanOut(subscribers: Set<Send>, change: TotalsChange): Promise<void> {
  let written = 0;
  for (const send of [...subscribers]) {
    send(change);
    if (++written % FAN_OUT_BATCH === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
