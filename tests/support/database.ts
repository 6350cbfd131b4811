// Gives a test file a database of its own: a fresh PostgreSQL database when DATABASE_URL is set
// (a copy of the run's migrated or demo template, tests/support/global-setup.ts; dropped afterwards),
// else an in-memory embedded one. Call withTestDatabase() at the top of a file.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { copyDatabase, dropDatabase } from "@/scripts/lib/databases";

const serverUrl = process.env.DATABASE_URL;

export function withTestDatabase(options: { seedDemo?: boolean } = {}) {
  const name = `misi_dagang_test_${randomBytes(6).toString("hex")}`;
  beforeAllOrFail(async () => {
    if (serverUrl) {
      const templates = inject("databaseTemplates");
      if (!templates) throw new Error("No template databases: run the tests through vitest.config.ts (its globalSetup makes them).");
      process.env.DATABASE_URL = await copyDatabase(serverUrl, options.seedDemo ? templates.demo : templates.schema, name);
      return;
    }
    process.env.PGLITE_DIR = "memory://";
    const { prepareDatabase } = await import("@/lib/boot");
    await prepareDatabase({ demoOnNewEmbedded: false });
    const { getDb } = await import("@/lib/db/client");
    const db = await getDb();
    if (options.seedDemo) {
      const { seedDemoEvent } = await import("@/lib/demo/seed");
      await seedDemoEvent(db, { withDemoAccounts: false });
    }
  });
  afterAll(async () => {
    const { disconnectDatabase } = await import("@/lib/db/client");
    await disconnectDatabase();
    if (serverUrl) await dropDatabase(serverUrl, name);
  });
}

/**
 * beforeAll, except that a set-up that throws (a fault in the demo seed, say) fails every test of the
 * file: Vitest would skip them, and a skipped test reads as "nothing broke" to the mutation run.
 */
export function beforeAllOrFail(setUp: () => Promise<void>): void {
  let failure: unknown;
  beforeAll(async () => {
    try {
      await setUp();
    } catch (error) {
      failure ??= error;
    }
  });
  beforeEach(() => {
    if (failure) throw failure;
  });
}
