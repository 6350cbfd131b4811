import "server-only";
import { mkdirSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { databaseTarget, type DatabaseTarget } from "./config";
import { lockEmbeddedDatabase } from "./embedded-lock";
import { DatabaseUnavailableError } from "./errors";
import { openPglite } from "./pglite";

export type Db = PrismaClient;
/** A client or an interactive transaction's client: what domain operations take. */
export type Tx = Prisma.TransactionClient;

export interface Connected {
  db: PrismaClient;
  target: DatabaseTarget;
  /** Only the embedded database has it: the PGlite instance, for migrations and LISTEN/NOTIFY. */
  pglite?: PGlite;
}

// One connection (pool) per process, kept across hot reloads. Connecting is all this module does:
// migrating and the demo are the boot module's (lib/boot.ts), before the server takes requests.
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
  // PostgreSQL: the pool connects on the first query, and a server that is down fails that query.
  // Without JIT compilation: the app's queries take milliseconds, and the totals snapshot at a million
  // commitments was estimated costly enough (a time known only when it runs) to be compiled first,
  // 100 ms each time for a 1 ms query (npm run bench:totals).
  if (target.kind === "postgres") return { db: new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url, options: "-c jit=off" }) }), target };
  try {
    if (!target.dataDir.startsWith("memory://")) {
      mkdirSync(target.dataDir, { recursive: true });
      lockEmbeddedDatabase(target.dataDir);
    }
    const pglite = openPglite(target.dataDir);
    return { db: new PrismaClient({ adapter: new PrismaPGlite(pglite) }), target, pglite };
  } catch (error) {
    throw DatabaseUnavailableError.from(error, target);
  }
}
