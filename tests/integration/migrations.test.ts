// The migration runner against a real database: idempotent, safe with concurrent starters,
// all-or-nothing per migration, and compatible with Prisma's _prisma_migrations table.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openPglite } from "@/lib/db/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { dropDatabase, recreateDatabase } from "@/scripts/lib/databases";
import { applyMigrations, readMigrations, type Migration, type SqlConnection } from "@/lib/db/migrations";

const serverUrl = process.env.DATABASE_URL;
const databaseNames: string[] = [];
const opened: { close(): Promise<unknown> }[] = [];

/**
 * A new empty database, for one test: a real server's, or an embedded instance. What it gives makes new
 * connections to that one database (several, for instances starting together).
 */
async function freshDatabase(): Promise<() => Promise<SqlConnection>> {
  if (serverUrl) {
    const name = `misi_dagang_migrations_${randomBytes(6).toString("hex")}`;
    databaseNames.push(name);
    const url = await recreateDatabase(serverUrl, name);
    return async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      opened.push({ close: () => client.end() });
      return { query: (sql, params) => client.query(sql, params), exec: (sql) => client.query(sql) };
    };
  }
  const pglite = openPglite("memory://");
  opened.push(pglite);
  return async () => pglite;
}

/** A connection to a new database with every migration applied, as a running app's would be. */
async function migratedDatabase(): Promise<SqlConnection> {
  const connection = await (await freshDatabase())();
  await applyMigrations(connection, readMigrations());
  return connection;
}

afterAll(async () => {
  for (const connection of opened) await connection.close();
  if (serverUrl) for (const name of databaseNames) await dropDatabase(serverUrl, name);
});

const rows = async (connection: SqlConnection, sql: string) => (await connection.query(sql)).rows as Record<string, unknown>[];

describe("applyMigrations", () => {
  const migrations = readMigrations();

  it("applies every migration once, even when several instances start together", async () => {
    const connect = await freshDatabase();
    const connections = await Promise.all([connect(), connect(), connect()]);
    const applied = await Promise.all(connections.map((c) => applyMigrations(c, migrations)));
    expect(applied.flat().sort()).toEqual(migrations.map((m) => m.name));
    const recorded = await rows(connections[0], `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations"`);
    expect(recorded).toHaveLength(migrations.length);
    expect(recorded[0]).toMatchObject({ migration_name: migrations[0].name, checksum: migrations[0].checksum, applied_steps_count: 1 });
    expect(recorded[0].finished_at).not.toBeNull();
  });

  it("does nothing the second time", async () => {
    expect(await applyMigrations(await migratedDatabase(), migrations)).toEqual([]);
  });

  it("rolls a failing migration back whole and records nothing for it", async () => {
    const connection = await migratedDatabase();
    const broken: Migration = { name: "29990101000000_broken", sql: `CREATE TABLE "HalfDone" (id int); SELECT * FROM "NoSuchTable";`, checksum: "x" };
    await expect(applyMigrations(connection, [...migrations, broken])).rejects.toThrow(/29990101000000_broken gagal dan dibatalkan/);
    expect(await rows(connection, `SELECT 1 FROM information_schema.tables WHERE table_name = 'HalfDone'`)).toHaveLength(0);
    expect(await rows(connection, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`)).toHaveLength(0);
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(applyMigrations(await migratedDatabase(), edited)).rejects.toThrow(/telah diubah/);
  });

  it("refuses to run older code against a newer database", async () => {
    await expect(applyMigrations(await migratedDatabase(), migrations.slice(0, -1))).rejects.toThrow(/tidak ada di prisma\/migrations/);
  });
});
