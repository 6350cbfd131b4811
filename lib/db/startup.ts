import "server-only";
import { ensureAuthSecret, MissingAuthSecretError } from "@/lib/auth/secret";
import { DEMO_ACCOUNTS, DEMO_SLUG } from "@/lib/demo/demo-event";
import { connectDatabase } from "./client";
import { databaseTarget } from "./config";
import { redactUrl } from "./errors";

export async function prepareDatabaseAtStartup(): Promise<void> {
  try {
    // Checked first: a missing secret is a configuration mistake to report before anything else.
    ensureAuthSecret(databaseTarget());
    const { target, seededDemo } = await connectDatabase();
    if (target.kind === "postgres") {
      console.log(`[misi-dagang] PostgreSQL ${redactUrl(target.url)}: migrasi terkini.`);
      return;
    }
    console.log(`[misi-dagang] Database bawaan (PGlite) di ${target.dataDir}${seededDemo ? ": event demo dimuat" : ""}.`);
    console.log(`[misi-dagang] Event demo: /e/${DEMO_SLUG}`);
    console.log(`[misi-dagang] Akun demo (hanya di database bawaan): ${DEMO_ACCOUNTS.map((a) => `${a.email} / ${a.password} (${a.role})`).join(", ")}`);
  } catch (error) {
    console.error(`[misi-dagang] Server tidak dapat dimulai. ${(error as Error).message}`);
    if (!(error instanceof MissingAuthSecretError))
      console.error("[misi-dagang] Periksa DATABASE_URL dan apakah server PostgreSQL berjalan, lalu jalankan ulang.");
    process.exit(1);
  }
}
