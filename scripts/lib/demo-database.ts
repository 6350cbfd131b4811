// A PostgreSQL database ready for a run: migrated, and holding the demo missions when asked.
// Shared by the browser tests' server, Vitest's template databases and the benchmarks.
import { prepareDatabase } from "../../lib/boot";
import { disconnectDatabase, getDb } from "../../lib/db/client";
import { seedDemoEvent } from "../../lib/demo/seed";

/**
 * Migrates the database at `url` and, with `demo`, loads the demo missions (with the demo sign-in
 * accounts when `demo.withDemoAccounts`). DATABASE_URL names `url` while it runs and is restored after.
 */
export async function prepareRunDatabase(url: string, demo?: { withDemoAccounts: boolean }): Promise<void> {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    await prepareDatabase({ demoOnNewEmbedded: false });
    if (demo) await seedDemoEvent(await getDb(), demo);
  } finally {
    await disconnectDatabase();
    process.env.DATABASE_URL = previous;
  }
}
