import "server-only";
import { mkdirSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { databaseTarget, seedsDemoWhenEmpty, type DatabaseTarget } from "./config";
import { applyMigrations } from "./migrations";
import { lockEmbeddedDatabase } from "./embedded-lock";
import { DatabaseUnavailableError } from "./errors";
import { openPglite } from "./pglite";

export type Db = PrismaClient;
/** A client or an interactive transaction's client: what domain operations take. */
export type Tx = Prisma.TransactionClient;

interface Connected {
  db: PrismaClient;
  target: DatabaseTarget;
  /** Set when this start loaded the demo event into a new embedded database. */
  seededDemo: boolean;
  /** Only the embedded database has it: the PGlite instance, for LISTEN/NOTIFY. */
  pglite?: PGlite;
}

// One connection (pool) per process, kept across hot reloads. Readiness (migrations, first seed)
// is awaited before any query, so a half-migrated database is never queried.
const holder = globalThis as typeof globalThis & { __misiDagangDb?: Promise<Connected> };

export function connectDatabase(): Promise<Connected> {
  holder.__misiDagangDb ??= open(databaseTarget()).catch((error: unknown) => {
    holder.__misiDagangDb = undefined; // the next request tries again, e.g. once the server is back
    throw error;
  });
  return holder.__misiDagangDb;
}

export async function getDb(): Promise<PrismaClient> {
  return (await connectDatabase()).db;
}

/** Closes the process's connection (scripts, tests); the next getDb() opens a new one. */
export async function disconnectDatabase(): Promise<void> {
  const pending = holder.__misiDagangDb;
  holder.__misiDagangDb = undefined;
  const connected = await pending?.catch(() => undefined);
  await connected?.db.$disconnect();
  await connected?.pglite?.close();
}

async function open(target: DatabaseTarget): Promise<Connected> {
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await applyMigrations({ query: (sql, params) => client.query(sql, params), exec: (sql) => client.query(sql) });
    } catch (error) {
      throw DatabaseUnavailableError.from(error, target);
    } finally {
      await client.end().catch(() => undefined);
    }
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
    return { db, target, seededDemo: false };
  }

  if (!target.dataDir.startsWith("memory://")) {
    mkdirSync(target.dataDir, { recursive: true });
    lockEmbeddedDatabase(target.dataDir);
  }
  const pglite = openPglite(target.dataDir);
  try {
    await applyMigrations(pglite);
    const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    let seededDemo = false;
    if (seedsDemoWhenEmpty(target) && (await db.event.count()) === 0) {
      const { seedDemoEvent } = await import("@/lib/demo/seed");
      await seedDemoEvent(db, { withDemoAccounts: true });
      seededDemo = true;
    }
    return { db, target, seededDemo, pglite };
  } catch (error) {
    // Close it, so that the retry on the next request does not open a second instance on the folder.
    await pglite.close().catch(() => undefined);
    throw DatabaseUnavailableError.from(error, target);
  }
}
