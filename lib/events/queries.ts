import "server-only";
import { getDb } from "@/lib/db/client";

/** Missions for the public home page, newest first. Archived missions are not listed. */
export async function listPublicEvents() {
  const db = await getDb();
  return db.event.findMany({
    where: { status: { not: "ARCHIVED" } },
    orderBy: { startsAt: "desc" },
    select: { slug: true, name: true, venue: true, city: true, startsAt: true, endsAt: true, timeZone: true, status: true, sides: { select: { province: true, role: true }, orderBy: { role: "asc" } } },
  });
}
