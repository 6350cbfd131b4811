// npm run db:seed: loads the demo mission (jatim-kaltim-2025) into the database, all or nothing.
// On a PostgreSQL server it creates no accounts: use `npm run user:create` for the first organizer.
import { prepareDatabase } from "../lib/boot";
import { disconnectDatabase, getDb } from "../lib/db/client";
import { seedDemoEvent } from "../lib/demo/seed";

try {
  // Seeded explicitly below, with a message either way.
  const { target } = await prepareDatabase({ demoOnNewEmbedded: false });
  const db = await getDb();
  const result = await seedDemoEvent(db, { withDemoAccounts: target.kind === "embedded" });
  console.log(result.created ? "Event demo jatim-kaltim-2025 dimuat." : result.reason);
  await disconnectDatabase();
} catch (error) {
  console.error(`Event demo tidak dimuat: ${(error as Error).message}`);
  process.exit(1);
}
