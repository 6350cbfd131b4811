// Where the data lives. With DATABASE_URL: that PostgreSQL server. Without it: an embedded
// PostgreSQL (PGlite) in a folder of the project, so the app runs with nothing installed.
import path from "node:path";

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "embedded"; dataDir: string };

export function databaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  // "memory://" keeps an embedded database in memory only (tests).
  const dir = env.PGLITE_DIR?.trim() || path.join(process.cwd(), ".data", "pglite");
  return { kind: "embedded", dataDir: dir };
}
