// npm run bench:offline — a desk tablet's outbox replayed after a reconnect. A production build on a
// fresh PostgreSQL database; a headless Chromium tablet signed in as desk staff opens the signing desk,
// loses the network, and holds COUNT signings (default 500) in its outbox as the signing form keeps
// them. The network returns: the app's own sender (app/_offline/send.ts) sends them. Every tenth
// answer is lost on its way back (the server records the signing, the tablet hears nothing), so the
// tablet sends it again and the idempotency key must answer with the first. Measures the time to drain
// and checks the ledger holds each exactly once, and that a board viewer (the SSE stream) follows.
// Baseline side by side: the same number posted straight to the route, one after another, online.
// Target: all COUNT exactly once, drained in ≤ 30 s. The last line is one JSON object.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { chromium } from "@playwright/test";
import { DEMO_ACCOUNTS, PRACTICE_SLUG } from "../../lib/demo/demo-event";
import { signingRequest } from "../../tests/support/signing-request";
import { productionBenchDatabase, productionServer, signedIn } from "./lib";

const COUNT = Number(process.env.COUNT ?? 500);
const BASELINE = Number(process.env.BASELINE ?? COUNT);
const PORT = Number(process.env.BENCH_PORT ?? 3250);
const VALUE = 1_000_000n;

const { url: benchDb, parties, drop } = await productionBenchDatabase("offline", "offline");
const { base, stop: stopServer } = await productionServer(PORT, benchDb);
const cookie = await signedIn(
  base,
  DEMO_ACCOUNTS.find((a) => a.role === "DESK")!,
);

const body = (commodity: string) => signingRequest(parties, { idempotencyKey: randomUUID().replaceAll("-", ""), commodity, confirmAboveCeiling: false });
const totals = async () => (await (await fetch(`${base}/api/events/${PRACTICE_SLUG}/totals`)).json()) as { commitments: number; total: string };

// The baseline: a desk online, each signing posted and answered before the next.
const baselineStart = performance.now();
for (let i = 0; i < BASELINE; i++) {
  const response = await fetch(`${base}/api/events/${PRACTICE_SLUG}/commitments`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: base },
    body: JSON.stringify(body(`Baseline ${i}`)),
  });
  if (response.status !== 201) throw new Error(`baseline signing ${i} answered ${response.status}`);
}
const baselineSeconds = (performance.now() - baselineStart) / 1000;

// A board viewer: the last count of signed commitments its stream said.
let boardCount = -1;
const board = new AbortController();
void (async () => {
  const response = await fetch(`${base}/api/events/${PRACTICE_SLUG}/stream`, { signal: board.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      for (const match of value.matchAll(/"commitments":(\d+)/g)) {
        boardCount = Number(match[1]);
      }
    }
  } catch {
    // aborted at the end
  }
})();

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const context = await browser.newContext({ baseURL: base });
const page = await context.newPage();
const desk = DEMO_ACCOUNTS.find((a) => a.role === "DESK")!;
await page.goto("/masuk");
await page.getByLabel("E-mail").fill(desk.email);
await page.getByLabel("Kata sandi").fill(desk.password);
await page.getByRole("button", { name: "Masuk" }).click();
await page.waitForURL((url) => !url.pathname.startsWith("/masuk"));
await page.goto(`/staf/e/${PRACTICE_SLUG}/komitmen/baru`);
await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
await context.setOffline(true);

// The outbox as the signing form leaves it: one item per signing, oldest first (app/_offline/store.ts).
const items = Array.from({ length: COUNT }, (_, i) => {
  const signing = body(`Luring ${i}`);
  return {
    key: signing.idempotencyKey,
    slug: PRACTICE_SLUG,
    kind: "commitment",
    queuedAt: Date.now() + i,
    label: `Luring ${i}`,
    body: signing,
    state: "waiting",
  };
});
await page.evaluate(async (queued) => {
  const request = indexedDB.open("misi-dagang-offline");
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction("outbox", "readwrite");
  for (const item of queued) tx.objectStore("outbox").put(item);
  await new Promise((resolve) => (tx.oncomplete = resolve));
}, items);
const before = await totals();

// Every tenth answer lost on its way back: recorded by the server, unheard by the tablet.
let answered = 0;
let lostAnswers = 0;
const LOSE_EVERY = Number(process.env.LOSE_EVERY ?? 10);
if (LOSE_EVERY)
  await context.route(`**/api/events/${PRACTICE_SLUG}/commitments`, async (route) => {
    if (++answered % LOSE_EVERY !== 0) return route.continue();
    const response = await route.fetch();
    if (response.status() === 201) lostAnswers++;
    return route.abort("connectionreset");
  });

const reconnectedAt = performance.now();
await context.setOffline(false);
// The sender tries again every few seconds after a failure; the drain ends when nothing waits.
const outboxStates = () =>
  page.evaluate(async () => {
    const request = indexedDB.open("misi-dagang-offline");
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const all = db.transaction("outbox").objectStore("outbox").getAll();
    const found = await new Promise<{ state: string; code?: string }[]>((resolve) => (all.onsuccess = () => resolve(all.result)));
    const counts: Record<string, number> = {};
    for (const item of found) {
      const key = item.code ? `${item.state} ${item.code}` : item.state;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  });
while ((await outboxStates()).waiting) await new Promise((resolve) => setTimeout(resolve, 200));
const drainSeconds = (performance.now() - reconnectedAt) / 1000;
const outcomes = await outboxStates();
console.log("outbox after the drain:", outcomes);
const after = await totals();
const recorded = after.commitments - before.commitments;
const exactlyOnce = recorded === COUNT && BigInt(after.total) - BigInt(before.total) === BigInt(COUNT) * VALUE;
const settleBy = performance.now() + 5_000;
while (boardCount !== after.commitments && performance.now() < settleBy) await new Promise((resolve) => setTimeout(resolve, 50));

board.abort();
await page.unrouteAll({ behavior: "ignoreErrors" });
await browser.close();
stopServer();
await drop();

const r = (n: number) => Math.round(n * 10) / 10;
console.log(`outbox ${COUNT} signings, ${lostAnswers} answers lost and sent again`);
console.log(`drained in ${r(drainSeconds)} s (${r(COUNT / drainSeconds)}/s); recorded ${recorded}, exactly once: ${exactlyOnce}`);
console.log(`board followed: ${boardCount === after.commitments}`);
console.log(`baseline: ${COUNT} posted online one after another in ${r(baselineSeconds)} s`);
console.log(
  JSON.stringify({
    bench: "offline",
    queued: COUNT,
    recorded,
    exactly_once: exactlyOnce,
    lost_answers: lostAnswers,
    drain_s: r(drainSeconds),
    board_followed: boardCount === after.commitments,
    baseline_online_s: r(baselineSeconds),
  }),
);
process.exit(exactlyOnce ? 0 : 1);
