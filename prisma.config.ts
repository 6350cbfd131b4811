import { defineConfig } from "prisma/config";

// The URL is only needed by Prisma's own migrate commands on machines that have its schema engine;
// the app and this project's scripts read DATABASE_URL themselves (see lib/db/config.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db-seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
