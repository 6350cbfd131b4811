import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import pLimit from "p-limit";
import { queueSignIn } from "./sign-in-queue";

describe("queueSignIn, as server.js runs it", () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  /** A server whose sign-ins take one turn each (one at a time, one waiting); Next's part answers when told. */
  async function serverWithTurns() {
    const queue = { limit: pLimit(1), maxWaiting: 1 };
    const size = () => ({ running: queue.limit.activeCount, waiting: queue.limit.pendingCount });
    const held: ServerResponse[] = [];
    const passedOn: string[] = [];
    const gone: string[] = [];
    const server = createServer((request, response) => {
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
    const signIn = (who: string, signal?: AbortSignal) =>
      fetch(`${base}/api/auth/callback/credentials`, { method: "POST", headers: { "x-who": who }, body: "x", signal });
    return { size, held, passedOn, gone, base, signIn };
  }

  it("lets one sign-in into Next at a time, in the order they came, and answers past the queue with a 429 to retry", async () => {
    const { size, held, passedOn, base, signIn } = await serverWithTurns();
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
});
