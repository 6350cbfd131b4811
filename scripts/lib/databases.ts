// Throwaway databases on the PostgreSQL server named by a URL, for tests, browser tests and benchmarks.
import pg from "pg";

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Drops (if present) and creates database `name` on serverUrl's server; returns its URL. */
export async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops (if present) database `name` and creates it as a copy of `template` (which nobody may be connected to); returns its URL. */
export async function copyDatabase(serverUrl: string, template: string, name: string): Promise<string> {
  await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await onServer(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** The database name of a URL, e.g. "misi_dagang_ci". */
export function databaseName(url: string): string {
  return new URL(url).pathname.slice(1) || "postgres";
}
