// Runs the Prisma CLI for the commands that need no schema engine (generate, format, validate).
// The CLI downloads a native schema engine at start-up unless PRISMA_SCHEMA_ENGINE_BINARY names an
// executable; where the download is impossible, any executable that is never run is enough.
// Migrations go through scripts/db-migrate*.ts instead.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const stub = process.platform === "win32" ? undefined : ["/bin/false", "/usr/bin/false"].find(existsSync);
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && stub) env.PRISMA_SCHEMA_ENGINE_BINARY = stub;

const result = spawnSync("prisma", process.argv.slice(2), { stdio: "inherit", env, shell: process.platform === "win32" });
process.exit(result.status ?? 1);
