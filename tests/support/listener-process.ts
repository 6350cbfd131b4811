// A stand-in for another app instance in tests: it listens for an event's totals through its own
// hub (its own LISTEN connection) and prints each update's number of commitments, one per line.
// As a viewer does, it reads the current version first: changes are sent from one version to the next.
import { getDb } from "@/lib/db/client";
import { totalsHub } from "@/lib/live/totals-hub";

const slug = process.argv[2];
const db = await getDb();
const event = await db.event.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true } });
await totalsHub.subscribe(event, (change) => console.log(`commitments ${(change.to.value as { commitments: number }).commitments}`));
await totalsHub.snapshot(event.id);
console.log("ready");
