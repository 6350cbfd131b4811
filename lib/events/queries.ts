import "server-only";
import { eventScope, type Actor } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import { localIsoDateTime } from "@/lib/format/datetime";
import { eventSlug } from "./schema";

/** Missions for the public home page, newest first. Archived missions are not listed. */
export async function listPublicEvents() {
  const db = await getDb();
  return db.event.findMany({
    where: { status: { not: "ARCHIVED" } },
    orderBy: { startsAt: "desc" },
    select: {
      slug: true,
      name: true,
      venue: true,
      city: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      status: true,
      sides: { select: { province: true, role: true }, orderBy: { role: "asc" } },
    },
  });
}

/** The missions a staff member may work on (organizers: all but archived ones; desk staff: their own). */
export async function listStaffEvents(actor: Pick<Actor, "id" | "role">) {
  const db = await getDb();
  return db.event.findMany({
    where: { ...eventScope(actor), status: { not: "ARCHIVED" } },
    orderBy: { startsAt: "desc" },
    select: { id: true, slug: true, name: true, city: true, startsAt: true, timeZone: true, status: true },
  });
}

/** Every mission, for the organizer's choices (assigning desk staff, filtering the audit trail). */
export async function listEventChoices() {
  const db = await getDb();
  return db.event.findMany({ orderBy: { startsAt: "desc" }, select: { id: true, slug: true, name: true, timeZone: true } });
}

/** An event's id and slug, from its slug (public). */
export async function eventIdentity(slug: string) {
  const parsed = eventSlug.safeParse(slug);
  if (!parsed.success) return null;
  const db = await getDb();
  return db.event.findUnique({ where: { slug: parsed.data }, select: { id: true, slug: true } });
}

/** An event's editable details, as the organizer's form shows them (times on the event's own clock). */
export async function eventDetails(eventId: string) {
  const db = await getDb();
  const e = await db.event.findUniqueOrThrow({
    where: { id: eventId },
    select: {
      slug: true,
      name: true,
      venue: true,
      city: true,
      timeZone: true,
      startsAt: true,
      endsAt: true,
      targetAmount: true,
      valueCeiling: true,
      status: true,
    },
  });
  // datetime-local inputs take minutes: "2025-05-08T08:00".
  const local = (date: Date) => localIsoDateTime(date, e.timeZone).slice(0, 16);
  return {
    ...e,
    startsAt: local(e.startsAt),
    endsAt: local(e.endsAt),
    targetAmount: e.targetAmount?.toString() ?? "",
    valueCeiling: e.valueCeiling?.toString() ?? "",
  };
}
