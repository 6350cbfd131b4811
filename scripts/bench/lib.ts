// What every benchmark shares: a database of its own, loaded with the demo, and a timing loop.
import { performance } from "node:perf_hooks";
import { prepareDatabase } from "../../lib/boot";
import { connectDatabase, disconnectDatabase } from "../../lib/db/client";
import { seedDemoEvent } from "../../lib/demo/seed";
import { databaseName, dropDatabase, recreateDatabase } from "../lib/databases";

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
