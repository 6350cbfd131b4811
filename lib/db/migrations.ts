// Applies prisma/migrations in order, the way `prisma migrate deploy` does, without Prisma's native
// schema engine (it cannot be downloaded on every machine). Each migration runs in its own
// transaction together with its `_prisma_migrations` row, so a failure never leaves half a migration,
// and the table stays readable by `prisma migrate status`/`deploy`. An advisory lock makes several
// instances starting at once apply each migration exactly once.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The least both pg.Client and PGlite offer. */
export interface SqlConnection {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  exec(sql: string): Promise<unknown>;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

// Any constant shared by every instance of this app; "misi" in ASCII.
const MIGRATION_LOCK_KEY = 0x6d697369;

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  // Read at run time from the project folder; the bundler must not try to trace it.
  if (!existsSync(/*turbopackIgnore: true*/ dir)) throw new Error(`Folder migrasi tidak ditemukan: ${dir}`);
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Advisory locks are per session: callers sharing one connection (the embedded database has only
// one) are queued here as well.
const queues = new WeakMap<SqlConnection, Promise<unknown>>();

/** Applies what is missing and returns the names applied now. Throws, applying nothing more, on a diverged history. */
export function applyMigrations(connection: SqlConnection, migrations: Migration[] = readMigrations()): Promise<string[]> {
  const run = (queues.get(connection) ?? Promise.resolve()).catch(() => undefined).then(() => applyLocked(connection, migrations));
  queues.set(connection, run);
  return run;
}

async function applyLocked(connection: SqlConnection, migrations: Migration[]): Promise<string[]> {
  await connection.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await connection.exec(CREATE_MIGRATIONS_TABLE);
    const { rows } = (await connection.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`)) as {
      rows: { migration_name: string; checksum: string; finished_at: Date | null }[];
    };
    const recorded = new Map(rows.map((row) => [row.migration_name, row]));
    for (const row of rows) {
      if (!row.finished_at) throw new Error(`Migrasi ${row.migration_name} pernah gagal di tengah jalan; periksa database sebelum melanjutkan.`);
      if (!migrations.some((m) => m.name === row.migration_name)) {
        throw new Error(`Database memuat migrasi ${row.migration_name} yang tidak ada di prisma/migrations: kode aplikasi lebih lama dari database.`);
      }
    }
    const applied: string[] = [];
    for (const migration of migrations) {
      const existing = recorded.get(migration.name);
      if (existing) {
        if (existing.checksum !== migration.checksum) {
          throw new Error(`Migrasi ${migration.name} sudah diterapkan tetapi berkasnya telah diubah. Buat migrasi baru, jangan mengubah yang lama.`);
        }
        continue;
      }
      await connection.exec("BEGIN");
      try {
        await connection.exec(migration.sql);
        await connection.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await connection.exec("COMMIT");
      } catch (error) {
        await connection.exec("ROLLBACK");
        throw new Error(`Migrasi ${migration.name} gagal dan dibatalkan: ${(error as Error).message}`);
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await connection.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}
