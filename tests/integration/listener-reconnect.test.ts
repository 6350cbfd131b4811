// The boards hear again soon after the database comes back: the totals listener reconnects within
// half a second of its return, however long it was away, and brings every viewer up to date with what
// changed meanwhile (whose notification it could not hear).
import { createServer, connect, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { newBusiness } from "../support/missions";
import { getDb } from "@/lib/db/client";
import { PRACTICE_SLUG } from "@/lib/demo/demo-event";
import { totalsHub } from "@/lib/live/totals-hub";

withTestDatabase({ seedDemo: true });

/** A TCP relay to PostgreSQL that can be taken down (connections cut, new ones refused) and back up. */
class Relay {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}

  async up() {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async down() {
    const server = this.server!;
    this.server = null;
    const closed = new Promise((resolve) => server.close(resolve));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}

const direct = process.env.DATABASE_URL;
let relay: Relay | null = null;
afterAll(async () => {
  if (relay) await relay.down().catch(() => undefined);
});

describe("the totals listener and a database that goes away", () => {
  const onPostgres = Boolean(direct);
  it(
    onPostgres
      ? "after 3.5 s away, the viewers get fresh totals within 0.5 s of PostgreSQL's return"
      : "on the embedded database the listener is in the process: viewers who leave and come back get updates again",
    async () => {
      const db = await getDb(); // the app's own pool: direct, not through the relay
      const event = await db.event.findUniqueOrThrow({ where: { slug: PRACTICE_SLUG }, select: { id: true, slug: true } });
      const received: number[] = [];
      // A change to the figure: one more business registered for the mission.
      let registered = 0;
      const registerOne = () => newBusiness(event.id, "VISITING", `Usaha Uji ${++registered}`);
      if (!onPostgres) {
        const first = await totalsHub.subscribe(event, () => received.push(Date.now()));
        first();
        // As a viewer does: subscribed, then the current figure, then its changes.
        const again = await totalsHub.subscribe(event, () => received.push(Date.now()));
        await totalsHub.snapshot(event.id);
        await registerOne();
        await expect.poll(() => received.length).toBeGreaterThan(0);
        again();
        return;
      }

      // Only the listener goes through the relay: it reads DATABASE_URL when it connects.
      const url = new URL(process.env.DATABASE_URL!);
      relay = new Relay({ host: url.hostname, port: Number(url.port || 5432) });
      await relay.up();
      process.env.DATABASE_URL = Object.assign(new URL(url), { port: String(relay.port) }).toString();
      try {
        const unsubscribe = await totalsHub.subscribe(event, () => received.push(Date.now()));
        await totalsHub.snapshot(event.id);
        await relay.down();
        // Written while the listener is cut off: its notification is lost.
        await registerOne();
        // Away long enough for any back-off to have grown past a second.
        await new Promise((resolve) => setTimeout(resolve, 3_500));
        expect(received).toEqual([]);
        await relay.up();
        const back = Date.now();
        await expect.poll(() => received.length, { timeout: 10_000, interval: 20 }).toBeGreaterThan(0);
        expect(received[0] - back).toBeLessThan(500);
        unsubscribe();
      } finally {
        process.env.DATABASE_URL = direct;
      }
    },
    30_000,
  );
});
