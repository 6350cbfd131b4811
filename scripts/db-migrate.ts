// npm run db:migrate: brings the database (DATABASE_URL, or the embedded one) to the latest migration.
// The app does the same by itself at start-up; this is for deploy pipelines and for checking.
import { prepareDatabase } from "../lib/boot";
import { disconnectDatabase } from "../lib/db/client";
import { redactUrl } from "../lib/db/errors";

try {
  const { target } = await prepareDatabase({ demoOnNewEmbedded: false });
  console.log(`Migrasi terkini: ${target.kind === "postgres" ? redactUrl(target.url) : target.dataDir}`);
  await disconnectDatabase();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
