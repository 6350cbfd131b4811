import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { beforeAllOrFail, withTestDatabase } from "../support/database";
import { SIGNATURE, twoBusinesses } from "../support/signing";
import { GET, HEAD } from "@/app/api/events/[slug]/stream/route";
import type { Actor } from "@/lib/auth/authorize";
import { recordCommitment } from "@/lib/commitments/record-commitment";
import { getDb } from "@/lib/db/client";
import { PRACTICE_SLUG } from "@/lib/demo/demo-event";
import { serveTotalsStream } from "@/lib/live/node-stream";
import { totalsHub } from "@/lib/live/totals-hub";
import { endAllViewers, watchTotals } from "@/lib/live/totals-viewer";

withTestDatabase({ seedDemo: true });

let event: { id: string; timeZone: string };
let parties: Awaited<ReturnType<typeof twoBusinesses>>;
let desk: Actor;
// server.js's way: the stream answered from Node's response, anything else passed on (to Next there).
let nodeServer: Server;
let nodeBase: string;
beforeAllOrFail(async () => {
  nodeServer = createServer((request, response) => serveTotalsStream(request, response, () => response.writeHead(404, { "x-passed-on": "yes" }).end()));
  await new Promise<void>((resolve) => nodeServer.listen(0, "127.0.0.1", resolve));
  nodeBase = `http://127.0.0.1:${(nodeServer.address() as AddressInfo).port}`;
  const db = await getDb();
  event = await db.event.findUniqueOrThrow({ where: { slug: PRACTICE_SLUG }, select: { id: true, timeZone: true } });
  parties = await twoBusinesses(event.id);
  const user = await db.user.create({ data: { email: `${randomUUID()}@stream.test`, name: "Meja", role: "DESK", passwordHash: "x" } });
  desk = { id: user.id, name: user.name, email: user.email, role: "DESK", mustChangePassword: false, ip: "10.0.0.3", userAgent: "vitest" };
});
afterAll(() => new Promise((resolve) => nodeServer.close(resolve).closeAllConnections()));

const sign = (value: string) =>
  recordCommitment(
    event,
    {
      idempotencyKey: randomUUID(),
      intent: "sign",
      visitingBusinessId: parties.visiting.id,
      hostBusinessId: parties.host.id,
      category: "BUY",
      commodity: "Ikan",
      sector: "Perikanan",
      instrument: "LOI",
      value,
      visitingSignerName: "Satu",
      visitingSignature: SIGNATURE,
      hostSignerName: "Dua",
      hostSignature: SIGNATURE,
      deskConfirmed: true,
    },
    desk,
  );

/** Reads a Server-Sent Events stream one "totals" event at a time. */
function sse(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  return async function nextTotals(): Promise<{ total: string; commitments: number }> {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split("\n").find((l) => l.startsWith("data: "));
        if (block.includes("event: totals") && data) return JSON.parse(data.slice(6));
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error("stream ended");
      buffer += value;
    }
  };
}

/** The two ways the same stream is served: Next's route (next dev, next start) and server.js's. */
const transports = {
  "Next's route": (slug: string, signal: AbortSignal) =>
    GET(new Request(`http://test/api/events/${slug}/stream`, { signal }), { params: Promise.resolve({ slug }) }),
  "Node's response (server.js)": (slug: string, signal: AbortSignal) => fetch(`${nodeBase}/api/events/${slug}/stream`, { signal }),
};

describe.each(Object.entries(transports))("the totals stream through %s", (_, connect) => {
  const open = (slug = PRACTICE_SLUG) => {
    const abort = new AbortController();
    return { abort, response: connect(slug, abort.signal) };
  };

  it("sends the full totals on connect and again after every signing, recomputed from the ledger", async () => {
    const { abort, response } = open();
    const res = await response;
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache, no-transform");
    const next = sse(res);
    const first = await next();
    expect(totalsHub.viewers()).toBe(1);

    expect(await sign("5 juta")).toMatchObject({ ok: true });
    const second = await next();
    expect(BigInt(second.total) - BigInt(first.total)).toBe(5_000_000n);
    expect(second.commitments).toBe(first.commitments + 1);

    // A burst of 20 signings at once arrives coalesced, and the last update is the ledger's total.
    await Promise.all(Array.from({ length: 20 }, (_, i) => sign(`${i + 1} juta`)));
    const expected = BigInt(second.total) + 210_000_000n;
    let updates = 0;
    let latest = second;
    while (BigInt(latest.total) !== expected) {
      latest = await next();
      updates++;
      expect(updates).toBeLessThan(20);
    }
    expect(latest.commitments).toBe(second.commitments + 20);

    abort.abort();
    await expect.poll(() => totalsHub.viewers()).toBe(0);
  });

  it("gives two viewers the same updates, and ends every stream when the server stops", async () => {
    const a = open();
    const b = open();
    const nextA = sse(await a.response);
    const nextB = sse(await b.response);
    await Promise.all([nextA(), nextB()]);
    expect(totalsHub.viewers()).toBe(2);
    await sign("7 juta");
    const [fromA, fromB] = await Promise.all([nextA(), nextB()]);
    expect(fromA).toEqual(fromB);
    a.abort.abort();
    await expect.poll(() => totalsHub.viewers()).toBe(1);

    // What server.js does on SIGTERM: the boards' streams end (and the boards reconnect elsewhere).
    const c = open();
    const cResponse = await c.response;
    await expect.poll(() => totalsHub.viewers()).toBe(2);
    endAllViewers();
    expect(totalsHub.viewers()).toBe(0);
    await expect(cResponse.text()).resolves.toContain("event: totals"); // read to its end: it ended
    await expect(nextB()).rejects.toThrow("stream ended");
  });
});

describe("answers around the stream", () => {
  it("Next's route answers HEAD without subscribing, and 404 for an unknown event", async () => {
    const head = await HEAD(new Request(`http://test/api/events/${PRACTICE_SLUG}/stream`, { method: "HEAD" }), {
      params: Promise.resolve({ slug: PRACTICE_SLUG }),
    });
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(totalsHub.viewers()).toBe(0);
    const unknown = await transports["Next's route"]("tidak-ada", new AbortController().signal);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, code: "EVENT_NOT_FOUND" });
  });

  it("server.js's stream passes on to Next whatever is not a stream of a known event", async () => {
    for (const [path, method] of [
      ["/api/events/tidak-ada/stream", "GET"],
      [`/api/events/${PRACTICE_SLUG}/stream`, "HEAD"],
      [`/api/events/${PRACTICE_SLUG}/totals`, "GET"],
      [`/api/events/${PRACTICE_SLUG}/stream/x`, "GET"],
    ]) {
      const response = await fetch(`${nodeBase}${path}`, { method });
      expect(response.headers.get("x-passed-on"), `${method} ${path}`).toBe("yes");
    }
    expect(totalsHub.viewers()).toBe(0);
  });

  it("drops a viewer that falls too far behind, rather than queuing figures it does not read", async () => {
    const frames: string[] = [];
    let keepingUp = true;
    let closed = false;
    const sink = {
      write: (frame: Uint8Array) => (frames.push(new TextDecoder().decode(frame)), keepingUp),
      close: () => (closed = true),
    };
    await watchTotals({ id: event.id, slug: PRACTICE_SLUG }, sink, new AbortController().signal);
    expect(frames.filter((f) => f.startsWith("event: totals"))).toHaveLength(1);
    expect(totalsHub.viewers()).toBe(1);

    keepingUp = false; // the next frame finds it too far behind
    await sign("3 juta");
    await expect.poll(() => closed).toBe(true);
    expect(totalsHub.viewers()).toBe(0);
  });
});
