// What every benchmark shares: a database of its own, loaded with the demo, a timing loop, and the
// production server with a signed-in session for those that measure it over HTTP.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { prepareDatabase } from "../../lib/boot";
import { connectDatabase, disconnectDatabase } from "../../lib/db/client";
import { PRACTICE_SLUG } from "../../lib/demo/demo-event";
import { seedDemoEvent } from "../../lib/demo/seed";
import { twoBusinesses } from "../../tests/support/signing";
import { databaseName, dropDatabase, recreateDatabase } from "../lib/databases";
import { prepareRunDatabase } from "../lib/demo-database";

/** A fresh "<db>_bench" next to DATABASE_URL, or an in-memory embedded database, with the demo loaded. */
export async function benchDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  const name = serverUrl ? `${databaseName(serverUrl)}_bench` : "";
  if (serverUrl) process.env.DATABASE_URL = await recreateDatabase(serverUrl, name);
  else process.env.PGLITE_DIR = "memory://";
  await prepareDatabase({ demoOnNewEmbedded: false });
  const { db, target } = await connectDatabase();
  await seedDemoEvent(db, { withDemoAccounts: false });
  const close = async () => {
    await disconnectDatabase();
    if (serverUrl) await dropDatabase(serverUrl, name);
  };
  return { db, target, close };
}

/** Runs the task `runs` times after a few warm-ups: p50, p95 and how many runs returned true. */
export async function measure(runs: number, task: (i: number) => Promise<unknown>, warmUps = 3) {
  for (let i = 0; i < warmUps; i++) await task(i);
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    if ((await task(i)) === true) hits++;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p95: at(0.95), hitRate: hits / runs };
}

/**
 * For the benchmarks that measure the production server: a fresh "<db>_<suffix>" next to
 * DATABASE_URL, migrated and loaded with the demo (and its accounts), with two businesses of the
 * practice mission to sign between. Stops the run with a message when there is no PostgreSQL.
 */
export async function productionBenchDatabase(bench: string, suffix: string) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error(`bench:${bench} needs DATABASE_URL (a PostgreSQL server): it measures the production set-up.`);
    process.exit(2);
  }
  const name = `${databaseName(serverUrl)}_${suffix}`;
  const url = await recreateDatabase(serverUrl, name);
  await prepareRunDatabase(url, { withDemoAccounts: true });
  process.env.DATABASE_URL = url;
  const { db } = await connectDatabase();
  const event = await db.event.findUniqueOrThrow({ where: { slug: PRACTICE_SLUG } });
  const parties = await twoBusinesses(event.id);
  await disconnectDatabase();
  return { url, parties, drop: () => dropDatabase(serverUrl, name) };
}

/** The production build (built first if there is none) as `npm start` runs it, on `databaseUrl`; resolves once it answers. */
export async function productionServer(
  port: number,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<{ server: ChildProcess; base: string; stop: () => void }> {
  if (!existsSync(".next/BUILD_ID") || !existsSync(".next/workers")) spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  const server = spawn("node", ["server.js", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () => server.kill("SIGTERM");
  process.on("exit", stop);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ok = await fetch(`${base}/api/events/jatim-kaltim-2025/totals`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 240) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
  return { server, base, stop };
}

/** Signs in through next-auth as a browser would: the Cookie header of the session. */
export async function signedIn(base: string, account: { email: string; password: string }): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  keep(
    await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
      body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, json: "true" }),
    }),
  );
  return cookie();
}
