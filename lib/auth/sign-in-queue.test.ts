import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { queueSignIn, TurnQueue } from "./sign-in-queue";

describe("TurnQueue", () => {
  it("runs up to its limit, keeps the next ones waiting in order, refuses past its length, and frees a turn once", () => {
    const queue = new TurnQueue(2, 2);
    const started: string[] = [];
    const ends = new Map<string, () => void>();
    const work = (name: string) => (done: () => void) => {
      started.push(name);
      ends.set(name, done);
    };
    const leaves = ["a", "b", "c", "d"].map((name) => queue.enter(work(name)));
    expect(leaves.every((leave) => typeof leave === "function")).toBe(true);
    expect(queue.enter(work("e"))).toBeNull();
    expect(started).toEqual(["a", "b"]);
    expect(queue.size).toEqual({ running: 2, waiting: 2 });

    ends.get("b")!();
    ends.get("b")!(); // a second call frees nothing more
    expect(started).toEqual(["a", "b", "c"]);
    expect(queue.size).toEqual({ running: 2, waiting: 1 });
    ends.get("a")!();
    ends.get("c")!();
    expect(started).toEqual(["a", "b", "c", "d"]);
    expect(queue.size).toEqual({ running: 1, waiting: 0 });
    ends.get("d")!();
    expect(queue.size).toEqual({ running: 0, waiting: 0 });
  });

  it("takes out of the queue one that leaves while waiting, and only that one", () => {
    const queue = new TurnQueue(1, 2);
    const started: string[] = [];
    let endFirst = () => {};
    queue.enter((done) => (started.push("a"), (endFirst = done)));
    const leaveB = queue.enter(() => started.push("b"))!;
    queue.enter(() => started.push("c"));
    leaveB();
    expect(queue.size).toEqual({ running: 1, waiting: 1 });
    expect(queue.enter(() => started.push("d"))).not.toBeNull(); // its place is free again
    endFirst();
    expect(started).toEqual(["a", "c"]);
    leaveB(); // once started or gone, leaving changes nothing
    expect(queue.size).toEqual({ running: 1, waiting: 1 });
  });
});

describe("queueSignIn, as server.js runs it", () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  /** A server whose sign-ins take one turn each (one at a time, one waiting); Next's part answers when told. */
  async function serverWithTurns() {
    const queue = new TurnQueue(1, 1);
    const held: ServerResponse[] = [];
    const passedOn: string[] = [];
    const server = createServer((request, response) =>
      queueSignIn(
        request,
        response,
        () => {
          passedOn.push(`${request.method} ${request.url} ${request.headers["x-who"] ?? ""}`.trim());
          if (request.method === "POST" && request.url === "/api/auth/callback/credentials") held.push(response);
          else response.end("next");
        },
        queue,
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    close = () => new Promise((resolve) => server.close(() => resolve()).closeAllConnections());
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const signIn = (who: string, signal?: AbortSignal) =>
      fetch(`${base}/api/auth/callback/credentials`, { method: "POST", headers: { "x-who": who }, body: "x", signal });
    return { queue, held, passedOn, base, signIn };
  }

  it("lets one sign-in into Next at a time, in the order they came, and answers past the queue with a 429 to retry", async () => {
    const { queue, held, passedOn, base, signIn } = await serverWithTurns();
    const first = signIn("first");
    await expect.poll(() => held.length).toBe(1);
    const second = signIn("second");
    await expect.poll(() => queue.size.waiting).toBe(1);

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
    await expect.poll(() => queue.size).toEqual({ running: 0, waiting: 0 });
  });

  it("drops a sign-in whose visitor left while it waited, and frees the turn of one who left mid-way", async () => {
    const { queue, held, passedOn, signIn } = await serverWithTurns();
    const leavesMidway = new AbortController();
    void signIn("midway", leavesMidway.signal).catch(() => undefined);
    await expect.poll(() => held.length).toBe(1);
    const leavesWaiting = new AbortController();
    void signIn("waiting", leavesWaiting.signal).catch(() => undefined);
    await expect.poll(() => queue.size.waiting).toBe(1);
    leavesWaiting.abort();
    await expect.poll(() => queue.size).toEqual({ running: 1, waiting: 0 });
    // The one in Next leaves without an answer: its turn ends, and the one that left waiting is not started.
    leavesMidway.abort();
    await expect.poll(() => queue.size).toEqual({ running: 0, waiting: 0 });
    expect(passedOn).toEqual(["POST /api/auth/callback/credentials midway"]);
    const next = signIn("next");
    await expect.poll(() => held.length).toBe(2);
    held[1].end("served");
    expect(await (await next).text()).toBe("served");
  });
});
