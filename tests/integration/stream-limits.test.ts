// The board's stream as server.js serves it, with a small limit per address: the screens past it are
// told 429 (their boards poll instead), and a place frees up when a screen leaves.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, expect, it, vi } from "vitest";
import { DEMO_SLUG } from "@/lib/demo/demo-event";
import { beforeAllOrFail, withTestDatabase } from "../support/database";

vi.stubEnv("BOARD_STREAMS_PER_ADDRESS", "2");
withTestDatabase({ seedDemo: true });

let server: Server;
let base: string;
beforeAllOrFail(async () => {
  const { serveTotalsStream } = await import("@/lib/live/node-stream");
  const { stampClientAddress, trustedProxies } = await import("@/lib/http/client-address");
  // As server.js does: the address is stamped first.
  const trusted = trustedProxies("");
  server = createServer((request, response) => {
    stampClientAddress(request, trusted);
    serveTotalsStream(request, response, () => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve).closeAllConnections()));

it("refuses a screen past the limit for its address with 429 and Retry-After, and admits one again when a screen leaves", async () => {
  const url = `${base}/api/events/${DEMO_SLUG}/stream`;
  const screens = [new AbortController(), new AbortController()];
  for (const screen of screens) expect((await fetch(url, { signal: screen.signal })).status).toBe(200);

  const refused = await fetch(url);
  expect(refused.status).toBe(429);
  expect(refused.headers.get("retry-after")).toBe("5");
  expect(await refused.json()).toMatchObject({ ok: false, code: "RATE_LIMITED" });

  screens[0].abort();
  await expect
    .poll(async () => {
      const again = await fetch(url, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
      const status = again?.status ?? 0;
      await again?.body?.cancel();
      return status;
    })
    .toBe(200);
  screens[1].abort();
});
