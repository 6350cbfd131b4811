import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "@/lib/db/config";

export class MissingAuthSecretError extends Error {
  constructor() {
    super(
      "NEXTAUTH_SECRET belum diisi. Di produksi dengan PostgreSQL, setiap instans aplikasi harus memakai rahasia yang sama untuk menandatangani sesi: " +
        "buat satu dengan `openssl rand -base64 32` lalu isi NEXTAUTH_SECRET di lingkungan server.",
    );
    this.name = "MissingAuthSecretError";
  }
}

/**
 * Makes sure sessions have a signing secret before the first request. A real deployment (PostgreSQL,
 * possibly several app instances) must set NEXTAUTH_SECRET. The embedded database serves one process
 * only, so it gets a random secret kept beside its data folder, and `npm run demo` works as it is.
 */
export function ensureAuthSecret(
  target: DatabaseTarget,
  env: NodeJS.ProcessEnv = process.env,
): "configured" | "kept-with-embedded-data" | "generated-for-development" {
  if (env.NEXTAUTH_SECRET?.trim() || env.AUTH_SECRET?.trim()) return "configured";
  if (target.kind === "postgres") {
    if (env.NODE_ENV === "production") throw new MissingAuthSecretError();
    env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
    return "generated-for-development";
  }
  if (target.dataDir.startsWith("memory://")) {
    env.NEXTAUTH_SECRET = randomBytes(32).toString("base64url");
    return "generated-for-development";
  }
  const file = path.join(path.dirname(target.dataDir), `${path.basename(target.dataDir)}.auth-secret`);
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
  return "kept-with-embedded-data";
}
