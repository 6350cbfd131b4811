// Once per Vitest run, on PostgreSQL: a migrated database and one holding the demo mission, which each
// test file's own database is copied from (CREATE DATABASE … TEMPLATE): seconds of migrating and
// seeding per file become a fraction of one. The embedded database has no such copy: each file
// migrates (and seeds) its own in memory. Built before any test runs, so under the mutation run
// no planted fault is active while they are made.
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { copyDatabase, dropDatabase, recreateDatabase } from "@/scripts/lib/databases";
import { prepareRunDatabase } from "@/scripts/lib/demo-database";

export interface DatabaseTemplates {
  schema: string;
  demo: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplates: DatabaseTemplates | null;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    project.provide("databaseTemplates", null);
    return;
  }
  const tag = randomBytes(4).toString("hex");
  const templates = { schema: `misi_dagang_template_${tag}`, demo: `misi_dagang_template_${tag}_demo` };
  await prepareRunDatabase(await recreateDatabase(serverUrl, templates.schema));
  await prepareRunDatabase(await copyDatabase(serverUrl, templates.schema, templates.demo), { withDemoAccounts: false });
  project.provide("databaseTemplates", templates);
  return async () => {
    await dropDatabase(serverUrl, templates.schema);
    await dropDatabase(serverUrl, templates.demo);
  };
}
