// Many rows of one table in one statement, for tests that need pages of data. Prisma's createMany
// spends about 1.4 ms a row here (its query compiler, then a statement per thousand rows): the export
// tests' ten thousand commitments took 15 s and, two test files at a time in CI, passed the 30 s
// timeout. The rows go in as given and in the order given, through the same constraints and triggers;
// what Prisma fills in itself (an id, updatedAt) is filled in here, and the database's defaults apply
// to every column the rows leave out.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";

type Table = "Commitment" | "Business" | "Agreement" | "AuditEvent";

export async function insertRows(db: Db, table: Table, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const found = await db.$queryRaw<{ name: string; fillable: boolean }[]>`
    SELECT column_name AS name, column_default IS NULL AS fillable FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table}`;
  const columns = new Set(found.map((column) => column.name));
  // Filled where the database has no default of its own (an audit row's id is a sequence's).
  const fill = (name: string) => found.some((column) => column.name === name && column.fillable);
  const now = new Date();
  const filled = rows.map((row) => ({ ...(fill("id") && { id: randomUUID() }), ...(fill("updatedAt") && { updatedAt: now }), ...row }));
  const names = Object.keys(filled[0]);
  const unknown = names.filter((name) => !columns.has(name));
  if (unknown.length > 0) throw new Error(`${table} has no column ${unknown.join(", ")}`);
  const list = names.map((name) => `"${name}"`).join(", ");
  const json = JSON.stringify(filled, (_, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  await db.$executeRawUnsafe(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`, json);
}
