import "server-only";
import type { Tx } from "@/lib/db/client";
import type { EventStatus } from "@/lib/generated/prisma/enums";
import { fail, type Failure } from "@/lib/kernel/outcome";

// What a mission's status lets the desks do. Before the day (PLANNED) the lists are made: import,
// walk-ins, badges. On the day (LIVE) everything. Once CLOSED nothing new is registered, checked in
// or signed (a tablet left on would otherwise add a signing dated today to a finished mission); the
// organizer still voids, freezes, records realisation and reports. ARCHIVED takes no desk work
// either. An organizer reopens a closed mission in its settings, with a reason (lib/events/manage.ts).
// The business matching (offers and needs, pairs, requests, the schedule) is made before the day and
// adjusted on it; its meetings are held (or missed) on the day only.
export type DeskWork = "registration" | "checkIn" | "signing" | "matching" | "meetings";

export const OPEN_FOR: Record<EventStatus, readonly DeskWork[]> = {
  PLANNED: ["registration", "matching"],
  LIVE: ["registration", "checkIn", "signing", "matching", "meetings"],
  CLOSED: [],
  ARCHIVED: [],
};

/** The refusal when the mission is not open for this work, read inside the caller's transaction; else null. */
export async function notOpenFor(db: Tx, eventId: string, work: DeskWork): Promise<Failure | null> {
  const { status } = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { status: true } });
  return OPEN_FOR[status].includes(work) ? null : fail("MISSION_NOT_OPEN", { status, work });
}
