// npm run bench:board — the live board under load. Starts the production build on a fresh PostgreSQL
// database, opens VIEWERS Server-Sent-Events viewers (default 1000) of one event and has WRITERS
// concurrent writers (default 4) sign COMMITS commitments (default 200) through the app's own write
// path (POST /api/events/{slug}/commitments). For every signing it measures the time from the write's
// commit (the server's clock, the same machine) to its arrival at each viewer. The viewers live in a
// process of their own (scripts/bench/board-viewers.ts), so reading their streams does not hold up
// the writers' requests and the timing of this one. Side by side, POLLERS
// viewers (default 100) poll the totals API every 5 s, the usual pledge-board way.
// It runs twice on the same database: first the baseline, every change sent to every viewer as the
// whole figure (BOARD_FRAMES=whole, as before versioned messages), then the board as it is, small
// patches with ids. The last line is one JSON object, the baseline's figures under "baseline".
// INSTANCES=2 runs two instances on the same database behind nginx (deploy/nginx.conf); RSS is their sum.
// Targets on 2 cores (issue 19): at 10,000 viewers p95 ≤ 250 ms, RSS ≤ 500 MB, none lost, writers ≥ 20 commits/s.
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { DEMO_ACCOUNTS, PRACTICE_SLUG } from "../../lib/demo/demo-event";
import { signingRequest } from "../../tests/support/signing-request";
import { startProxy } from "../lib/nginx";
import { latencies, quantile, type Seen } from "./board-latency";
import { productionBenchDatabase, productionServer, signedIn } from "./lib";

const VIEWERS = Number(process.env.VIEWERS ?? 1000);
const WRITERS = Number(process.env.WRITERS ?? 4);
const COMMITS = Number(process.env.COMMITS ?? 200);
const POLLERS = Number(process.env.POLLERS ?? 100);
const POLL_MS = 5000;
const PORT = Number(process.env.BENCH_PORT ?? 3240);
const INSTANCES = Number(process.env.INSTANCES ?? 1);
if (INSTANCES !== 1 && INSTANCES !== 2) throw new Error("INSTANCES: 1, or 2 behind nginx (deploy/nginx.conf)");
const SECRET = randomBytes(32).toString("base64url");

const { url: benchDb, parties, drop } = await productionBenchDatabase("board", "bench");

/** What the audience's process reports: its screens' latencies (p50…max, ms), how many missed the last signing, the bytes read. */
interface Pushed {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  lost: number;
  bytes: number;
}

/** The viewers' process (scripts/bench/board-viewers.ts), asked one thing at a time. */
function audience() {
  const child = fork(new URL("./board-viewers.ts", import.meta.url), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return {
    ask: <T = unknown>(question: object) =>
      new Promise<T>((resolve, reject) => {
        const stopped = (code: number | null) => reject(new Error(`bench:board's viewers stopped (exit ${code})`));
        child.once("exit", stopped);
        child.once("message", (answer) => {
          child.off("exit", stopped);
          resolve(answer as T);
        });
        child.send(question);
      }),
  };
}

async function measure(frames: "whole" | "patch") {
  const env = {
    BOARD_FRAMES: frames,
    // Every viewer here comes from 127.0.0.1.
    BOARD_STREAMS_PER_ADDRESS: String(VIEWERS + 100),
    BOARD_STREAMS_TOTAL: String(VIEWERS + 100),
    // INSTANCES=2: both sign sessions alike and trust the proxy on this machine.
    NEXTAUTH_SECRET: SECRET,
    TRUSTED_PROXIES: "loopback",
  };
  const servers = [];
  for (let i = 0; i < INSTANCES; i++) servers.push(await productionServer(PORT + i, benchDb, env));
  // Two instances: viewers and writers all go through nginx (deploy/nginx.conf), which takes turns.
  const proxy = INSTANCES === 2 ? await startProxy({ listen: PORT + 2, instances: [PORT, PORT + 1] }, `/api/events/${PRACTICE_SLUG}/totals`) : null;
  const base = proxy ? `http://127.0.0.1:${PORT + 2}` : servers[0].base;
  const cookie = await signedIn(
    base,
    DEMO_ACCOUNTS.find((a) => a.role === "DESK")!,
  );

  const startCount = ((await (await fetch(`${base}/api/events/${PRACTICE_SLUG}/totals`)).json()) as { commitments: number }).commitments;
  const viewers = audience();
  await viewers.ask({ open: { url: `${base}/api/events/${PRACTICE_SLUG}/stream`, count: VIEWERS } });
  await new Promise((r) => setTimeout(r, 1000));

  // The polling baseline, started at staggered moments as real screens would be.
  const polls: Seen[] = Array.from({ length: POLLERS }, () => ({ counts: [], at: [] }));
  let polling = true;
  const pollers = polls.map(async (log, i) => {
    await new Promise((r) => setTimeout(r, (i * POLL_MS) / POLLERS));
    while (polling) {
      const body = (await (await fetch(`${base}/api/events/${PRACTICE_SLUG}/totals`)).json()) as { commitments: number };
      log.counts.push(body.commitments);
      log.at.push(Date.now());
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  });

  // Writers sign through the app.
  const committedAt: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      for (let i = w; i < COMMITS; i += WRITERS) {
        const response = await fetch(`${base}/api/events/${PRACTICE_SLUG}/commitments`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify(signingRequest(parties, { commodity: "Bench", value: String(1_000_000 + i) })),
        });
        if (response.status !== 201) throw new Error(`write ${i}: HTTP ${response.status} ${await response.text()}`);
        committedAt.push(((await response.json()) as { committedAt: number }).committedAt);
      }
    }),
  );
  const writeSeconds = (performance.now() - started) / 1000;
  const finalCount = startCount + COMMITS;
  // Give the last update time to arrive, and the pollers one full period.
  for (let i = 0; i < 50 && !(await viewers.ask<{ caughtUp: boolean }>({ caughtUp: finalCount })).caughtUp; i++) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, POLL_MS + 500));
  polling = false;

  // server.js is one process: Next renders in it (the worker threads of lib/workers/ count in its RSS).
  // With two instances, their sum.
  const rssMb = servers.reduce(
    (sum, { server }) => sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1] ?? 0) / 1024,
    0,
  );
  const pushed = await viewers.ask<Pushed>({ report: { committedAt, startCount, finalCount } });
  await Promise.allSettled(pollers);
  proxy?.stop();
  for (const { server, stop } of servers) {
    stop();
    await new Promise((resolve) => server.once("exit", resolve));
  }

  return {
    writeSeconds,
    pushed,
    polled: latencies(polls, committedAt, startCount),
    rssMb,
  };
}
const baseline = await measure("whole");
const current = await measure("patch");
await drop();

const r = (n: number) => Math.round(n * 10) / 10;
console.log(`viewers ${VIEWERS}, writers ${WRITERS}, commits ${COMMITS}`);
for (const [name, run] of [
  ["baseline (whole figure)", baseline],
  ["patches", current],
] as const) {
  console.log(
    `${name.padEnd(24)} pushed p50 ${r(run.pushed.p50)} ms  p95 ${r(run.pushed.p95)} ms  p99 ${r(run.pushed.p99)} ms  lost ${run.pushed.lost}  ` +
      `writers ${r(COMMITS / run.writeSeconds)} commits/s  RSS ${r(run.rssMb)} MB  ${r(run.pushed.bytes / VIEWERS / 1024)} KB per viewer`,
  );
}
console.log(`polled every 5 s         p50 ${r(quantile(current.polled, 0.5))} ms  p95 ${r(quantile(current.polled, 0.95))} ms  (${POLLERS} pollers)`);
const figures = (run: typeof current) => ({
  commits_per_s: r(COMMITS / run.writeSeconds),
  p50_ms: r(run.pushed.p50),
  p95_ms: r(run.pushed.p95),
  p99_ms: r(run.pushed.p99),
  max_ms: r(run.pushed.max),
  lost: run.pushed.lost,
  rss_mb: r(run.rssMb),
  kb_per_viewer: r(run.pushed.bytes / VIEWERS / 1024),
});
console.log(
  JSON.stringify({
    bench: "board",
    instances: INSTANCES,
    viewers: VIEWERS,
    writers: WRITERS,
    commits: COMMITS,
    ...figures(current),
    baseline: figures(baseline),
    baseline_poll_p95_ms: r(quantile(current.polled, 0.95)),
  }),
);
process.exit(0);
