import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { beforeAllOrFail, withTestDatabase } from "../support/database";
import { takeChunks } from "../support/chunked";
import { signingRequest, twoBusinesses } from "../support/signing";
import { GET, HEAD } from "@/app/api/events/[slug]/stream/route";
import { GET as TOTALS } from "@/app/api/events/[slug]/totals/route";
import type { Actor } from "@/lib/auth/authorize";
import { recordCommitment } from "@/lib/commitments/record-commitment";
import { getDb } from "@/lib/db/client";
import { seededRandom } from "@/lib/random";
import { PRACTICE_SLUG } from "@/lib/demo/demo-event";
import { serveTotalsStream } from "@/lib/live/node-stream";
import { totalsHub } from "@/lib/live/totals-hub";
import { applyPatch, type Json, type Patch } from "@/lib/live/totals-patch";
import { endAllViewers, watchTotals } from "@/lib/live/totals-viewer";
import { voidCommitment } from "@/lib/commitments/corrections";
import type { TotalsJson } from "@/lib/totals/queries";

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
  recordCommitment(event, signingRequest(parties, { category: "BUY", commodity: "Ikan", sector: "Perikanan", instrument: "LOI", value }), desk);

interface Message {
  event: string;
  id: string;
  data: string;
}

/**
 * Reads a Server-Sent Events stream as a board does: the whole figure, then each change applied to the
 * version shown. Each call returns the figure after the next message, and keeps the messages.
 */
function sse(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let shown: Json | null = null;
  let version = "";
  const seen = { messages: [] as Message[] };
  async function message(): Promise<Message> {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) =>
          block
            .split("\n")
            .find((l) => l.startsWith(`${name}: `))
            ?.slice(name.length + 2) ?? "";
        // "retry:" and pings carry no figure.
        if (field("event") === "" || field("event") === "ping") continue;
        return { event: field("event"), id: field("id"), data: field("data") };
      }
      const { value, done } = await reader.read();
      if (done) throw new Error("stream ended");
      buffer += value;
    }
  }
  async function nextTotals(): Promise<TotalsJson> {
    for (;;) {
      const next = await message();
      if (next.event === "totals") shown = JSON.parse(next.data) as Json;
      else {
        const { from, patch } = JSON.parse(next.data) as { from: string; patch: Patch };
        expect([next.event, from], "a change applies to the version shown").toEqual(["change", version]);
        shown = applyPatch(shown, patch);
      }
      seen.messages.push(next);
      version = next.id;
      return shown as unknown as TotalsJson;
    }
  }
  return Object.assign(nextTotals, { seen, message });
}

/** What GET …/totals says now, without the moment the target was passed (the pushes never carry it). */
async function totalsApi(): Promise<TotalsJson> {
  const response = await TOTALS(new Request(`http://test/api/events/${PRACTICE_SLUG}/totals`), { params: Promise.resolve({ slug: PRACTICE_SLUG }) });
  const body = (await response.json()) as TotalsJson;
  delete body.milestones.targetPassedAt;
  return body;
}

/** The two ways the same stream is served: Next's route (next dev, next start) and server.js's. */
const transports = {
  "Next's route": (slug: string, signal: AbortSignal, headers: Record<string, string> = {}) =>
    GET(new Request(`http://test/api/events/${slug}/stream`, { signal, headers }), { params: Promise.resolve({ slug }) }),
  "Node's response (server.js)": (slug: string, signal: AbortSignal, headers: Record<string, string> = {}) =>
    fetch(`${nodeBase}/api/events/${slug}/stream`, { signal, headers }),
};

describe.each(Object.entries(transports))("the totals stream through %s", (_, connect) => {
  const open = (slug = PRACTICE_SLUG, headers?: Record<string, string>) => {
    const abort = new AbortController();
    return { abort, response: connect(slug, abort.signal, headers) };
  };

  it("sends a reconnecting board only what changed since its Last-Event-ID, and the whole figure for an id it does not know", async () => {
    // One board stays, so this process keeps its numbering of versions while the other comes and goes.
    const staying = open();
    const stayed = sse(await staying.response);
    const first = await stayed();
    const firstId = stayed.seen.messages[0].id;
    expect(await sign("2 juta")).toMatchObject({ ok: true });
    await stayed();
    const secondId = stayed.seen.messages[1].id;
    expect(stayed.seen.messages.map((m) => m.event)).toEqual(["totals", "change"]);

    // Up to date: nothing until the next change, and that is a change from the version it shows.
    const upToDate = open(PRACTICE_SLUG, { "Last-Event-ID": secondId });
    const resumed = sse(await upToDate.response);
    expect(await sign("3 juta")).toMatchObject({ ok: true });
    const message = await resumed.message();
    expect([message.event, JSON.parse(message.data).from]).toEqual(["change", secondId]);
    upToDate.abort.abort();

    // Two versions behind: one change from the version it shows to the current one.
    const behind = open(PRACTICE_SLUG, { "Last-Event-ID": firstId });
    const caughtUp = sse(await behind.response);
    const patch = await caughtUp.message();
    expect([patch.event, JSON.parse(patch.data).from]).toEqual(["change", firstId]);
    const current = applyPatch(first as unknown as Json, JSON.parse(patch.data).patch as Patch);
    expect(current).toEqual(await totalsApi());
    expect(patch.data.length).toBeLessThan(JSON.stringify(current).length / 2);
    behind.abort.abort();

    // Another instance's id, or none of ours: the whole figure.
    for (const id of ["0badc0de.2", "not-an-id"]) {
      const stranger = open(PRACTICE_SLUG, { "Last-Event-ID": id });
      const whole = sse(await stranger.response);
      expect(await whole()).toEqual(await totalsApi());
      expect(whole.seen.messages[0].event).toBe("totals");
      stranger.abort.abort();
    }
    staying.abort.abort();
    await expect.poll(() => totalsHub.viewers()).toBe(0);
  });

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

  it("server.js's stream sends each frame as one HTTP/1.1 chunk, and as plain text to an HTTP/1.0 client", async () => {
    const { port } = nodeServer.address() as AddressInfo;
    /** The raw response (bytes as latin1 characters) up to the change that a signing brings. */
    const raw = (version: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, "127.0.0.1", () => socket.write(`GET /api/events/${PRACTICE_SLUG}/stream ${version}\r\nHost: test\r\n\r\n`));
        socket.setEncoding("latin1");
        let text = "";
        let signed = false;
        socket.on("data", (part: string) => {
          text += part;
          if (!signed && text.includes("\nevent: totals\n")) {
            signed = true;
            void sign("2 juta");
          }
          if (text.includes("\nevent: change\n") && /\n\n(\r\n)?$/.test(text)) {
            socket.destroy();
            resolve(text);
          }
        });
        socket.on("error", reject);
      });
    const chunked = await raw("HTTP/1.1");
    const [head, body] = [chunked.slice(0, chunked.indexOf("\r\n\r\n")), chunked.slice(chunked.indexOf("\r\n\r\n") + 4)];
    expect(head).toMatch(/^HTTP\/1\.1 200/);
    expect(head.toLowerCase()).toContain("transfer-encoding: chunked");
    // Each chunk ends with its CRLF (takeChunks throws otherwise), and the body is whole chunks.
    const { chunks: frames, rest } = takeChunks(body);
    expect(rest).toBe("");
    expect(frames.map((frame) => /^(retry|id): /.test(frame) && frame.endsWith("\n\n"))).not.toContain(false);
    expect(frames.map((frame) => /\nevent: (\w+)\n/.exec(frame)?.[1])).toEqual([undefined, "totals", "change"]);
    await expect.poll(() => totalsHub.viewers()).toBe(0);

    const plain = await raw("HTTP/1.0");
    expect(plain).toMatch(/^HTTP\/1\.1 200/);
    expect(plain.toLowerCase()).not.toContain("transfer-encoding");
    expect(plain.slice(plain.indexOf("\r\n\r\n") + 4)).toMatch(
      /^retry: 3000\n\nid: \S+\nevent: totals\ndata: \{.*\}\n\nid: \S+\nevent: change\ndata: \{.*\}\n\n$/,
    );
    await expect.poll(() => totalsHub.viewers()).toBe(0);
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
    expect(frames.filter((f) => f.includes("\nevent: totals\n"))).toHaveLength(1);
    expect(totalsHub.viewers()).toBe(1);

    keepingUp = false; // the next frame finds it too far behind
    await sign("3 juta");
    await expect.poll(() => closed).toBe(true);
    expect(totalsHub.viewers()).toBe(0);
  });
});

describe("a change made while a viewer is joining", () => {
  /** A sink that keeps every frame as text. */
  const recording = () => {
    const frames: string[] = [];
    return { frames, sink: { write: (frame: Uint8Array) => (frames.push(new TextDecoder().decode(frame)), true), close: () => undefined } };
  };
  const eventOf = (frame: string) => /\nevent: (\w+)\n/.exec(frame)?.[1];
  const idOf = (frame: string) => /^id: (\S+)/.exec(frame)?.[1];

  it.each([
    ["an older figure", "follows it as a change from that figure", 1],
    ["the figure with the change in it", "is not sent a second time", 0],
  ])("when the viewer's first figure is %s, the change that arrived meanwhile %s", async (_, __, changesAfter) => {
    // A board already watching, to know when the hub has handed the change to every viewer.
    const watching = recording();
    const stop = new AbortController();
    await watchTotals({ id: event.id, slug: PRACTICE_SLUG }, watching.sink, stop.signal);
    const hub = totalsHub as unknown as { snapshot: typeof totalsHub.snapshot };
    const realSnapshot = hub.snapshot.bind(totalsHub);
    // The joining viewer is subscribed but has not been given its first figure when the signing lands.
    const spy = vi.spyOn(hub, "snapshot").mockImplementationOnce(async (eventId) => {
      const before = await realSnapshot(eventId);
      expect(await sign("4 juta")).toMatchObject({ ok: true });
      await expect.poll(() => watching.frames.filter((f) => eventOf(f) === "change").length).toBe(1);
      return changesAfter ? before : realSnapshot(eventId);
    });
    const joining = recording();
    const leave = new AbortController();
    try {
      await watchTotals({ id: event.id, slug: PRACTICE_SLUG }, joining.sink, leave.signal);
      const figures = joining.frames.filter((f) => eventOf(f) === "totals" || eventOf(f) === "change");
      expect(figures.map(eventOf)).toEqual(["totals", ...(changesAfter ? ["change"] : [])]);
      // Either way the viewer ends on the version every other board shows, the totals API's figure.
      expect(idOf(figures.at(-1)!)).toBe(idOf(watching.frames.filter((f) => eventOf(f) === "change")[0]));
      let shown = JSON.parse(/\ndata: (.*)\n/.exec(figures[0])![1]) as Json;
      for (const change of figures.slice(1)) shown = applyPatch(shown, (JSON.parse(/\ndata: (.*)\n/.exec(change)![1]) as { patch: Patch }).patch);
      expect(shown).toEqual(await totalsApi());
    } finally {
      spy.mockRestore();
      leave.abort();
      stop.abort();
    }
    await expect.poll(() => totalsHub.viewers()).toBe(0);
  });
});

describe("a board applying changes", () => {
  it("shows exactly the totals API's figure after a long random run of signings, bursts and voids", async () => {
    const abort = new AbortController();
    const next = sse(await transports["Node's response (server.js)"](PRACTICE_SLUG, abort.signal));
    let shown = await next();
    expect(shown).toEqual(await totalsApi());
    // A seeded sequence, so a failure can be replayed.
    const random = seededRandom(20250508).next;
    const signed: string[] = [];
    for (let step = 0; step < 30; step++) {
      const roll = random();
      if (roll < 0.25 && signed.length > 0) {
        const [id] = signed.splice(Math.floor(random() * signed.length), 1);
        expect(await voidCommitment(event, { commitmentId: id, reason: "Tercatat ganda" }, desk)).toMatchObject({ ok: true });
      } else {
        const burst = roll < 0.5 ? 1 + Math.floor(random() * 5) : 1;
        const results = await Promise.all(Array.from({ length: burst }, () => sign(`${1 + Math.floor(random() * 900)},${Math.floor(random() * 10)} juta`)));
        for (const result of results) {
          if (!result.ok) throw new Error(JSON.stringify(result));
          signed.push(result.data.id);
        }
      }
      // Every message leaves a figure whose parts add up; the last one of a step is the API's figure.
      const expected = await totalsApi();
      for (let messages = 0; JSON.stringify(shown) !== JSON.stringify(expected); messages++) {
        expect(messages, `step ${step}: the board never reached the API's figure`).toBeLessThan(10);
        shown = await next();
        const { SELL, BUY, INVEST } = shown.byCategory;
        expect(BigInt(SELL) + BigInt(BUY) + BigInt(INVEST), `step ${step}`).toBe(BigInt(shown.total));
      }
    }
    const [snapshot, ...changes] = next.seen.messages;
    expect(snapshot.event).toBe("totals");
    expect(new Set(changes.map((m) => m.event))).toEqual(new Set(["change"]));
    // A change is a fraction of the whole figure.
    const average = changes.reduce((sum, m) => sum + m.data.length, 0) / changes.length;
    expect(average).toBeLessThan(snapshot.data.length / 3);
    abort.abort();
    await expect.poll(() => totalsHub.viewers()).toBe(0);
  });
});
