import { createServer, type ServerResponse } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { stampClientAddress, trustedProxies } from "@/lib/http/client-address";
import { AUTH_FORM_MAX_BYTES } from "./auth-form";
import { queueSignIn, signInTurnsOf } from "./sign-in-queue";

describe("queueSignIn, as server.js runs it", () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await close?.();
  });

  /** A server whose sign-ins take one turn each (by default one at a time, one waiting); Next's part answers when told. */
  async function serverWithTurns(options: Parameters<typeof signInTurnsOf>[0] = {}) {
    const queue = signInTurnsOf({ atOnce: 1, maxWaiting: 1, ...options });
    const size = () => ({ running: queue.limit.activeCount, waiting: queue.limit.pendingCount });
    const held: ServerResponse[] = [];
    const passedOn: string[] = [];
    const gone: string[] = [];
    // As server.js does: the address is stamped first (this test's requests come through a trusted proxy).
    const trusted = trustedProxies("loopback");
    const server = createServer((request, response) => {
      stampClientAddress(request, trusted);
      response.once("close", () => gone.push(String(request.headers["x-who"])));
      queueSignIn(
        request,
        response,
        () => {
          passedOn.push(`${request.method} ${request.url} ${request.headers["x-who"] ?? ""}`.trim());
          if (request.method === "POST" && request.url === "/api/auth/callback/credentials") held.push(response);
          else response.end("next");
        },
        queue,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    close = () => new Promise((resolve) => server.close(() => resolve()).closeAllConnections());
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const signIn = (who: string, signal?: AbortSignal, from = "10.0.0.1") =>
      fetch(`${base}/api/auth/callback/credentials`, { method: "POST", headers: { "x-who": who, "x-forwarded-for": from }, body: "x", signal });
    /** A sign-in that sends its headers and only the first bytes of its body; `rest` sends the others. It may declare a longer body than it has. */
    const slowSignIn = (who: string, declaredBytes?: number) => {
      const socket = connect((server.address() as AddressInfo).port, "127.0.0.1");
      const body = "email=a%40b.c&password=xyz";
      socket.write(
        `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: 127.0.0.1\r\nx-who: ${who}\r\nx-forwarded-for: 10.0.0.9\r\nConnection: close\r\n` +
          `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${declaredBytes ?? body.length}\r\n\r\n${body.slice(0, 5)}`,
      );
      const answer = new Promise<string>((resolve) => {
        let text = "";
        socket.on("data", (chunk) => (text += chunk));
        socket.on("close", () => resolve(text));
      });
      return { answer, rest: () => socket.write(body.slice(5)), end: () => socket.destroy() };
    };
    return { size, held, passedOn, gone, base, signIn, slowSignIn };
  }

  it("lets one sign-in into Next at a time, in the order they came, and answers past the queue with a 429 to retry", async () => {
    const { size, held, passedOn, base, signIn, slowSignIn } = await serverWithTurns();
    // A body sent with its headers is seen at once, never waited for with a timer.
    const timers = vi.spyOn(globalThis, "setInterval");
    const first = signIn("first");
    await expect.poll(() => held.length).toBe(1);
    const second = signIn("second");
    await expect.poll(() => size().waiting).toBe(1);

    const third = await signIn("third");
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
    const refusal = (await third.json()) as { code: string; message: string; url: string };
    expect(refusal).toMatchObject({ ok: false, code: "RATE_LIMITED", message: "Terlalu banyak permintaan. Coba lagi sebentar lagi." });
    // next-auth's client (the sign-in form) reads its refusal from `url`: "BUSY", worded "wait a few seconds".
    expect(new URL(refusal.url).searchParams.get("error")).toBe("BUSY");
    // So is one still sending its body: at once, not after waiting for the rest.
    expect((await slowSignIn("late").answer).split("\r\n")[0]).toBe("HTTP/1.1 429 Too Many Requests");

    // Anything else goes on at once, sign-in pages and the CSRF token included.
    for (const [method, path] of [
      ["GET", "/api/auth/csrf"],
      ["GET", "/api/auth/callback/credentials"],
      ["POST", "/api/auth/signout"],
      ["POST", "/api/auth/callback/credentialsx"],
    ])
      expect(await (await fetch(`${base}${path}`, { method })).text(), `${method} ${path}`).toBe("next");

    held[0].end("one");
    expect(await (await first).text()).toBe("one");
    await expect.poll(() => held.length).toBe(2);
    held[1].end("two");
    expect(await (await second).text()).toBe("two");
    expect(passedOn.filter((line) => line.startsWith("POST /api/auth/callback/credentials "))).toEqual([
      "POST /api/auth/callback/credentials first",
      "POST /api/auth/callback/credentials second",
    ]);
    await expect.poll(() => size()).toEqual({ running: 0, waiting: 0 });
    expect(timers).not.toHaveBeenCalled();
  });

  it("drops a sign-in whose visitor left while it waited, and frees the turn of one who left mid-way", async () => {
    const { size, held, passedOn, gone, signIn } = await serverWithTurns();
    const leavesMidway = new AbortController();
    void signIn("midway", leavesMidway.signal).catch(() => undefined);
    await expect.poll(() => held.length).toBe(1);
    const leavesWaiting = new AbortController();
    void signIn("waiting", leavesWaiting.signal).catch(() => undefined);
    await expect.poll(() => size().waiting).toBe(1);
    leavesWaiting.abort();
    await expect.poll(() => gone).toContain("waiting");
    // The one in Next leaves without an answer: its turn ends, and the one that left waiting is dropped
    // when its turn comes, never reaching Next.
    leavesMidway.abort();
    await expect.poll(() => size()).toEqual({ running: 0, waiting: 0 });
    expect(passedOn).toEqual(["POST /api/auth/callback/credentials midway"]);
    const next = signIn("next");
    await expect.poll(() => held.length).toBe(2);
    held[1].end("served");
    expect(await (await next).text()).toBe("served");
  });

  it("gives a turn only to a sign-in whose body has arrived, and answers one whose body does not come in time with a 408", async () => {
    const { held, passedOn, gone, signIn, slowSignIn } = await serverWithTurns({ bodyDeadlineMs: 400 });
    const stalls = slowSignIn("stalls");
    const finishes = slowSignIn("finishes");
    // Two sign-ins still sending their bodies hold no turn: one sent whole after them goes to Next at once.
    const whole = signIn("whole");
    await expect.poll(() => passedOn).toEqual(["POST /api/auth/callback/credentials whole"]);
    finishes.rest();
    held[0].end("one");
    expect(await (await whole).text()).toBe("one");
    await expect.poll(() => passedOn).toContain("POST /api/auth/callback/credentials finishes");
    held[1].end("two");
    const finished = await finishes.answer;
    expect(finished.split("\r\n")[0]).toBe("HTTP/1.1 200 OK");
    expect(finished.endsWith("two")).toBe(true);

    // The one that never finishes: a 408 that closes its connection, in next-auth's shape, and never in Next.
    const answer = await stalls.answer;
    expect(answer.split("\r\n")[0]).toBe("HTTP/1.1 408 Request Timeout");
    expect(answer.toLowerCase()).toContain("connection: close");
    const refusal = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)) as { code: string; url: string };
    expect(refusal.code).toBe("SLOW_REQUEST");
    expect(new URL(refusal.url).searchParams.get("error")).toBe("SLOW");
    expect(passedOn).not.toContain("POST /api/auth/callback/credentials stalls");
    expect(gone).toContain("stalls");
  });

  it(`answers a sign-in that declares more than ${AUTH_FORM_MAX_BYTES / 1024} KB with a 413 at once, without waiting for it`, async () => {
    const { held, passedOn, signIn, slowSignIn } = await serverWithTurns();
    const timers = vi.spyOn(globalThis, "setInterval");
    const answer = await slowSignIn("huge", 1_000_000).answer;
    expect(answer.split("\r\n")[0]).toBe("HTTP/1.1 413 Payload Too Large");
    expect(answer.toLowerCase()).toContain("connection: close");
    const refusal = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)) as { code: string; message: string; url: string };
    expect(refusal).toMatchObject({ code: "TOO_LARGE", message: "Kiriman lebih dari 8 KB. Bagi menjadi beberapa bagian." });
    expect(new URL(refusal.url).searchParams.get("error")).toBe("TOO_LARGE");
    expect(timers).not.toHaveBeenCalled();
    expect(passedOn).toEqual([]);
    // The next sign-in, of the usual size, goes on as ever.
    const fits = signIn("fits");
    await expect.poll(() => held.length).toBe(1);
    held[0].end("one");
    expect(await (await fits).text()).toBe("one");
  });

  it("keeps at most a few places for one address, and frees them as its sign-ins end", async () => {
    const { size, held, signIn } = await serverWithTurns({ maxWaiting: 10, perAddress: 2 });
    const first = signIn("first");
    await expect.poll(() => held.length).toBe(1);
    const second = signIn("second");
    const third = await signIn("third");
    expect(third.status).toBe(429);
    expect(new URL(((await third.json()) as { url: string }).url).searchParams.get("error")).toBe("BUSY");
    // Another address still gets a place.
    const elsewhere = signIn("elsewhere", undefined, "10.0.0.2");
    await expect.poll(() => size().waiting).toBe(2);
    held[0].end("one");
    expect(await (await first).text()).toBe("one");
    // The first address's place is free again once its first sign-in has ended.
    const fourth = signIn("fourth");
    await expect.poll(() => size()).toEqual({ running: 1, waiting: 2 });
    // ... and only that one: its second is still waiting, so a fifth is one too many.
    expect((await signIn("fifth")).status).toBe(429);
    await expect.poll(() => held.length).toBe(2);
    for (const [at, text] of [
      [1, "two"],
      [2, "three"],
      [3, "four"],
    ] as const) {
      await expect.poll(() => held.length).toBeGreaterThan(at);
      held[at].end(text);
    }
    expect(await Promise.all([second, elsewhere, fourth].map(async (answer) => (await answer).text()))).toEqual(["two", "three", "four"]);
  });
});
