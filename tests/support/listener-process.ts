// A stand-in for another app instance in tests: it listens for an event's totals through its own
// hub (its own LISTEN connection) and prints each update's number of commitments, one per line.
import { getDb } from "@/lib/db/client";
import { totalsHub } from "@/lib/live/totals-hub";

const slug = process.argv[2];
const db = await getDb();
const event = await db.event.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true } });
await totalsHub.subscribe(event, (json) => console.log(`commitments ${JSON.parse(json).commitments}`));
console.log("ready");
