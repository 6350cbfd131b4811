// What every table holds, as one digest per table: a refused call must leave all of them as they were
// (a count would miss an update; the audit table alone would miss a write without its audit row).
import { getDb } from "@/lib/db/client";

export async function tableFingerprints(): Promise<Record<string, string>> {
  const db = await getDb();
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const digests = tables.map(
    ({ name }) => `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM "${name}" t`,
  );
  const rows = await db.$queryRawUnsafe<{ name: string; digest: string }[]>(digests.join(" UNION ALL "));
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/** The tables whose contents differ between two fingerprints: [] when nothing was written. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]).sort();
}
