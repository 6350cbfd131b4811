// The people the authorization tests act as, and a way to act as them: requestContext() (the only
// reader of Next's session cookie) is replaced by one that says who is asking.
import { vi } from "vitest";
import type { RequestContext } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { PRACTICE_SLUG } from "@/lib/demo/demo-event";
import { hashPassword } from "@/lib/users/password";

export const PERSONAS = ["anonymous", "deskOfOtherEvent", "desk", "disabled", "organizer"] as const;
export type Persona = (typeof PERSONAS)[number];

export interface Fixtures {
  /** The (empty) practice mission, where the desk persona works. */
  deskEventId: string;
  deskEventSlug: string;
  otherEventId: string;
  otherEventSlug: string;
  users: Record<Exclude<Persona, "anonymous">, { id: string; email: string; password: string }>;
}

/**
 * Two events and one account per persona; the disabled one is an organizer, to show disabling beats the
 * role. Each call makes its own (a test that changes an account can have accounts of its own).
 */
export async function createFixtures(): Promise<Fixtures> {
  const db = await getDb();
  const tag = Math.random().toString(36).slice(2, 8);
  const practice = await db.event.findUniqueOrThrow({ where: { slug: PRACTICE_SLUG } });
  const other = await db.event.create({
    data: {
      slug: `jatim-sulsel-2026-${tag}`,
      name: "Misi Dagang Jatim–Sulsel 2026",
      venue: "Hotel",
      city: "Makassar",
      startsAt: new Date("2026-06-10T00:00:00Z"),
      endsAt: new Date("2026-06-10T09:00:00Z"),
      timeZone: "Asia/Makassar",
    },
  });
  const passwordHash = await hashPassword("sandi-persona-lama");
  const make = async (key: string, role: "ADMIN" | "DESK", extra: { eventId?: string; disabled?: boolean } = {}) => {
    const user = await db.user.create({
      data: {
        email: `${key.toLowerCase()}-${tag}@matrix.test`,
        name: key,
        role,
        passwordHash,
        disabledAt: extra.disabled ? new Date() : null,
        assignments: extra.eventId ? { create: [{ eventId: extra.eventId }] } : undefined,
      },
    });
    return { id: user.id, email: user.email, password: "sandi-persona-lama" };
  };
  return {
    deskEventId: practice.id,
    deskEventSlug: practice.slug,
    otherEventId: other.id,
    otherEventSlug: other.slug,
    users: {
      deskOfOtherEvent: await make("DeskOfOtherEvent", "DESK", { eventId: other.id }),
      desk: await make("Desk", "DESK", { eventId: practice.id }),
      disabled: await make("Disabled", "ADMIN", { disabled: true }),
      organizer: await make("Organizer", "ADMIN"),
    },
  };
}

/** Makes the next server calls come from this persona's session (as its cookie would say). */
export async function actAs(persona: Persona, fixtures: Fixtures, requestContext: (...args: never[]) => Promise<RequestContext>) {
  let session: RequestContext["session"] = null;
  if (persona !== "anonymous") {
    const db = await getDb();
    const user = await db.user.findUniqueOrThrow({ where: { id: fixtures.users[persona].id } });
    session = { userId: user.id, sessionVersion: user.sessionVersion, sessionId: `matrix-${persona}` };
  }
  vi.mocked(requestContext).mockResolvedValue({ session, ip: "192.0.2.10", userAgent: `matrix/${persona}`, locale: "id" });
}
