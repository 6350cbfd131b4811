// Starts the production build for the browser tests on a fresh database holding the demo event:
// a database "<name>_e2e" next to DATABASE_URL's, or a new embedded folder when there is no server.
// Both have the demo accounts, so the tests can sign in as organizer and as desk staff.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { databaseName, recreateDatabase } from "./lib/databases";
import { prepareRunDatabase } from "./lib/demo-database";

const port = process.argv[2] ?? "3210";
// Sessions need a secret in production; the browser tests bring their own.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
  // The tests stand in for a reverse proxy on this machine: a browser context that sends
  // X-Forwarded-For plays a visitor behind it (e2e/client-address.spec.ts tries the server without one).
  TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? "loopback",
};

if (process.env.DATABASE_URL) {
  const serverUrl = process.env.DATABASE_URL;
  env.DATABASE_URL = await recreateDatabase(serverUrl, `${databaseName(serverUrl)}_e2e`);
  await prepareRunDatabase(env.DATABASE_URL, { withDemoAccounts: true });
} else {
  const dataDir = path.join(process.cwd(), ".data", "e2e-pglite");
  rmSync(dataDir, { recursive: true, force: true });
  env.PGLITE_DIR = dataDir;
}

const server = spawn("node", ["server.js", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
