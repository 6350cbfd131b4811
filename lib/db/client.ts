import "server-only";
import { mkdirSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
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
  /**
   * A query's rows as CSV, written by the database itself (`COPY … TO STDOUT`): a page of an export
   * at the database's speed. COPY takes no parameters, so `query`'s values are written in as literals.
   */
  copyCsv: (query: Prisma.Sql) => Promise<Buffer>;
  /** The connections copyCsv uses on PostgreSQL, which Prisma's adapter does not lend out. */
  copyPool?: pg.Pool;
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
  await connected?.copyPool?.end();
  await connected?.pglite?.close();
}

async function open(target: DatabaseTarget): Promise<Connected> {
  // PostgreSQL: the pool connects on the first query, and a server that is down fails that query.
  // Without JIT compilation: the app's queries take milliseconds, and the totals snapshot at a million
  // commitments was estimated costly enough (a time known only when it runs) to be compiled first,
  // 100 ms each time for a 1 ms query (npm run bench:totals). Dates written as text in ISO form
  // whatever the server's default (the exports write moments with SQL's own text, as PGlite does).
  if (target.kind === "postgres") {
    const options = { connectionString: target.url, options: "-c jit=off -c datestyle=ISO" };
    // Two: an export's pages are short statements, taken in turn by the exports running at once.
    const copyPool = new pg.Pool({ ...options, max: 2, allowExitOnIdle: true });
    copyPool.on("error", () => undefined); // an idle connection lost (server restart): the next page opens another
    const copyCsv = async (query: Prisma.Sql) => {
      const client = await copyPool.connect();
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of client.query(copyTo(`COPY (${literalSql(query)}) TO STDOUT WITH (FORMAT csv)`))) chunks.push(chunk as Buffer);
        client.release();
      } catch (error) {
        client.release(error as Error); // not reused: it may be mid-COPY
        throw error;
      }
      return Buffer.concat(chunks);
    };
    return { db: new PrismaClient({ adapter: new PrismaPg(options) }), target, copyCsv, copyPool };
  }
  try {
    if (!target.dataDir.startsWith("memory://")) {
      mkdirSync(target.dataDir, { recursive: true });
      lockEmbeddedDatabase(target.dataDir);
    }
    const pglite = openPglite(target.dataDir);
    const copyCsv = async (query: Prisma.Sql) => {
      const { blob } = await pglite.query(`COPY (${literalSql(query)}) TO '/dev/blob' WITH (FORMAT csv)`);
      // No rows, no blob.
      return blob ? Buffer.from(await blob.arrayBuffer()) : Buffer.alloc(0);
    };
    return { db: new PrismaClient({ adapter: new PrismaPGlite(pglite) }), target, pglite, copyCsv };
  } catch (error) {
    throw DatabaseUnavailableError.from(error, target);
  }
}

/** `query` with its values written in as SQL literals (strings, whole numbers, lists of strings, null). */
function literalSql(query: Prisma.Sql): string {
  const literal = (value: unknown): string => {
    if (value === null) return "NULL";
    if (typeof value === "string") return pg.escapeLiteral(value);
    if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
    if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(", ")}]::text[]`;
    throw new TypeError(`copyCsv: no literal for ${typeof value}`);
  };
  return query.strings.reduce((sql, text, i) => sql + literal(query.values[i - 1]) + text);
}
