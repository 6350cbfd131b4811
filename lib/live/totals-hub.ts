import "server-only";
import pg from "pg";
import { connectDatabase } from "@/lib/db/client";
import { databaseTarget } from "@/lib/db/config";
import { eventTotals, totalsToJson } from "@/lib/totals/queries";

/** Sent by the database triggers (migration live_totals_notify) with the changed event's id. */
export const TOTALS_CHANNEL = "misi_dagang_totals";
/** Changes closer together than this go out as one update (a burst of signings, an import). */
const COALESCE_MS = 50;
/**
 * How soon a lost LISTEN connection is tried again, every time: a refused connection costs next to
 * nothing, and the boards must hear again within half a second of the database's return (writes
 * succeed at once; a growing back-off made the first update wait seconds longer).
 */
const RECONNECT_MS = 200;

type Send = (totalsJson: string) => void;
interface Watched {
  eventId: string;
  slug: string;
  subscribers: Set<Send>;
  timer?: NodeJS.Timeout;
  running?: boolean;
  again?: boolean;
  /** The last totals sent, good until the next change: what a newly connected viewer gets. */
  latest?: string;
  loading?: Promise<string | null>;
}

/**
 * One per server process: a single LISTEN connection to the database, fanned out to every viewer of
 * every event in this process. On a notification it recomputes the event's totals from the ledger
 * once and sends the same JSON to all its viewers. Nothing here is needed for correctness across
 * instances: each instance listens to the same database.
 */
class TotalsHub {
  private watched = new Map<string, Watched>();
  private listening: Promise<void> | null = null;
  private stop: (() => Promise<void>) | null = null;

  async subscribe(event: { id: string; slug: string }, send: Send): Promise<() => void> {
    let entry = this.watched.get(event.id);
    if (!entry) this.watched.set(event.id, (entry = { eventId: event.id, slug: event.slug, subscribers: new Set() }));
    entry.subscribers.add(send);
    const unsubscribe = () => {
      entry.subscribers.delete(send);
      if (entry.subscribers.size === 0) {
        clearTimeout(entry.timer);
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
   * The current totals for a viewer who just subscribed: the last ones sent if nothing changed since,
   * else computed once for everyone connecting at the same moment (1,000 screens reconnecting after a
   * restart cost one query, not 1,000).
   */
  async snapshot(eventId: string): Promise<string | null> {
    const entry = this.watched.get(eventId);
    if (!entry) return null;
    if (entry.latest) return entry.latest;
    const loading = (entry.loading ??= eventTotals(entry.slug).then((totals) => {
      const json = totals ? JSON.stringify(totalsToJson(totals)) : null;
      if (entry.loading === loading && json) entry.latest = json;
      return json;
    }));
    try {
      return await loading;
    } finally {
      if (entry.loading === loading) entry.loading = undefined;
    }
  }

  viewers(): number {
    let n = 0;
    for (const entry of this.watched.values()) n += entry.subscribers.size;
    return n;
  }

  private notified(eventId: string) {
    const entry = this.watched.get(eventId);
    if (!entry) return;
    // Whatever was cached or being computed may predate this change.
    entry.latest = undefined;
    entry.loading = undefined;
    this.schedule(entry);
  }

  private schedule(entry: Watched) {
    if (entry.timer) return;
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      void this.broadcast(entry);
    }, COALESCE_MS);
  }

  private async broadcast(entry: Watched) {
    if (entry.running) {
      entry.again = true;
      return;
    }
    entry.running = true;
    try {
      const totals = await eventTotals(entry.slug);
      if (totals) {
        const json = JSON.stringify(totalsToJson(totals));
        if (!entry.timer) entry.latest = json; // no newer change is waiting
        for (const send of entry.subscribers) send(json);
      }
    } catch (error) {
      console.error("[totals-hub] could not recompute totals", error);
    } finally {
      entry.running = false;
      // A change arrived while computing: one more update, so the last one sent is never stale.
      if (entry.again) {
        entry.again = false;
        this.schedule(entry);
      }
    }
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
    // The database went away (restart, network): listen again, then send every viewer a fresh snapshot,
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
          for (const entry of this.watched.values()) void this.broadcast(entry);
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
