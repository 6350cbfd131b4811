import "server-only";
// Start-up, in one place: the session secret, migrating the database, the demo mission on a new
// embedded database, and the messages that say how to sign in. instrumentation.ts runs bootServer()
// before the first request; scripts and tests call prepareDatabase(). Connecting is lib/db's alone.
import pg from "pg";
import { ensureAuthSecret, MissingAuthSecretError } from "@/lib/auth/secret";
import { connectDatabase } from "@/lib/db/client";
import { databaseTarget, type DatabaseTarget } from "@/lib/db/config";
import { DatabaseUnavailableError, redactUrl } from "@/lib/db/errors";
import { applyMigrations } from "@/lib/db/migrations";
import { DEMO_ACCOUNTS, DEMO_SLUG } from "@/lib/demo/demo-event";
import { seedDemoEvent } from "@/lib/demo/seed";
import { InvalidProxyListError, trustedProxies } from "@/lib/http/client-address";
import { configuredPublicUrl } from "@/lib/http/public-origin";

export interface Prepared {
  target: DatabaseTarget;
  /** This start loaded the demo mission into a new embedded database. */
  seededDemo: boolean;
}

/**
 * Brings the database to the latest migration (several instances may start at once: an advisory
 * lock lets one apply each migration) and, when asked, loads the demo mission with its accounts into
 * an embedded database that has no mission yet. Never into a real server.
 */
export async function prepareDatabase(options: { demoOnNewEmbedded: boolean }): Promise<Prepared> {
  const target = databaseTarget();
  try {
    if (target.kind === "postgres") await migratePostgres(target.url);
    const { db, pglite } = await connectDatabase();
    if (pglite) await applyMigrations(pglite);
    if (!options.demoOnNewEmbedded || target.kind !== "embedded" || (await db.event.count()) > 0) return { target, seededDemo: false };
    await seedDemoEvent(db, { withDemoAccounts: true });
    return { target, seededDemo: true };
  } catch (error) {
    throw DatabaseUnavailableError.from(error, target);
  }
}

// Migrations take a connection of their own (the advisory lock is held on it), closed afterwards.
async function migratePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await applyMigrations({ query: (sql, params) => client.query(sql, params), exec: (sql) => client.query(sql) });
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The server's start: stops with a clear message (exit 1) when it cannot serve. SEED_DEMO=0 keeps a new embedded database empty. */
export async function bootServer(): Promise<void> {
  try {
    // Checked first: a missing secret or a mistyped proxy list is a configuration mistake to report before anything else.
    ensureAuthSecret(databaseTarget());
    trustedProxies();
    if (process.env.NODE_ENV === "production" && !configuredPublicUrl())
      console.warn(
        "[misi-dagang] PUBLIC_URL belum diatur: surat dan lencana akan mencetak alamat dari permintaan (mis. http://127.0.0.1:3000), yang tidak dapat dibuka dari ponsel. Atur PUBLIC_URL=https://alamat-situs.",
      );
    const { target, seededDemo } = await prepareDatabase({ demoOnNewEmbedded: process.env.SEED_DEMO !== "0" });
    if (target.kind === "postgres") {
      console.log(`[misi-dagang] PostgreSQL ${redactUrl(target.url)}: migrasi terkini.`);
      return;
    }
    console.log(`[misi-dagang] Database bawaan (PGlite) di ${target.dataDir}${seededDemo ? ": event demo dimuat" : ""}.`);
    console.log(`[misi-dagang] Event demo: /e/${DEMO_SLUG}`);
    console.log(`[misi-dagang] Akun demo (hanya di database bawaan): ${DEMO_ACCOUNTS.map((a) => `${a.email} / ${a.password} (${a.role})`).join(", ")}`);
  } catch (error) {
    console.error(`[misi-dagang] Server tidak dapat dimulai. ${(error as Error).message}`);
    if (!(error instanceof MissingAuthSecretError) && !(error instanceof InvalidProxyListError))
      console.error("[misi-dagang] Periksa DATABASE_URL dan apakah server PostgreSQL berjalan, lalu jalankan ulang.");
    process.exit(1);
  }
}
