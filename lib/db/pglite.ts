// Every embedded database is opened the same way, with the extensions the migrations create
// (pg_trgm: typo-tolerant search of businesses; btree_gist: that search's index per mission), so the embedded default and PostgreSQL run the same SQL.
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export function openPglite(dataDir: string): PGlite {
  return new PGlite(dataDir, { extensions: { pg_trgm, btree_gist } });
}
