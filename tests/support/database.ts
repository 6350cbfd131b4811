// Gives a test file a database of its own: a fresh PostgreSQL database when DATABASE_URL is set
// (dropped afterwards), else an in-memory embedded one. Call useTestDatabase() at the top of a file.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";

const serverUrl = process.env.DATABASE_URL;

async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function useTestDatabase(options: { seedDemo?: boolean } = {}) {
  const name = `misi_dagang_test_${randomBytes(6).toString("hex")}`;
  beforeAll(async () => {
    if (serverUrl) {
      await onServer(`CREATE DATABASE "${name}"`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      process.env.DATABASE_URL = url.toString();
    } else {
      process.env.PGLITE_DIR = "memory://";
    }
    process.env.SEED_DEMO = "0";
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
    if (serverUrl) await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}
