import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail, type Failure } from "@/lib/kernel/outcome";
import { requestContext } from "./request";

/** Who is acting, as the database knows them now, and from where (for the audit trail). */
export interface Actor {
  id: string;
  name: string;
  email: string;
  role: "ADMIN" | "DESK";
  mustChangePassword: boolean;
  ip: string;
  userAgent: string | null;
}

/** STAFF: any organizer or desk account; ADMIN: organizers only. */
export type Need = "STAFF" | "ADMIN";

export interface ScopedEvent {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  /** What the desks may do there (lib/events/open-for.ts); the domain reads it again where it writes. */
  status: "PLANNED" | "LIVE" | "CLOSED" | "ARCHIVED";
}

export interface AuthorizeOptions {
  /**
   * An account still on its one-time password may do nothing but choose its own: every other action
   * and route is refused. Pages (which send it to the password page), the password change itself and
   * purely presentational calls opt in with "allow".
   */
  pendingPasswordChange?: "allow";
}

// Memoised per request (React's cache): the staff layout, the event layout and the page each check
// access, and together they cost one user query and one event query.
const storedUser = cache(async (userId: string, sessionVersion: number, sessionId: string) => {
  // A token from before sessions had their own id carries none: it is refused like an ended one.
  if (!sessionId) return null;
  const db = await getDb();
  return db.user.findFirst({
    where: { id: userId, sessionVersion, disabledAt: null, endedSessions: { none: { sid: sessionId } } },
    select: { id: true, name: true, email: true, role: true, mustChangePassword: true },
  });
});

const scopedEvent = cache(async (slug: string, actorId: string, role: Actor["role"]): Promise<ScopedEvent | "FORBIDDEN" | "EVENT_NOT_FOUND"> => {
  const db = await getDb();
  const event = await db.event.findFirst({
    where: { slug, ...eventScope({ id: actorId, role }) },
    select: { id: true, slug: true, name: true, timeZone: true, status: true },
  });
  if (event) return event;
  // Events are public, so saying that it exists but is not theirs reveals nothing.
  return (await db.event.count({ where: { slug } })) > 0 ? "FORBIDDEN" : "EVENT_NOT_FOUND";
});

/**
 * The one authorization check, behind every server action, staff page and non-public route handler
 * (through lib/kernel): session → the user as the database has them now (a disabled account or a
 * reset password ends the session at its next request) → role.
 */
export async function authorize(need: Need, options: AuthorizeOptions = {}): Promise<{ ok: true; actor: Actor } | Failure> {
  const context = await requestContext();
  if (!context.session) return fail("UNAUTHENTICATED");
  const user = await storedUser(context.session.userId, context.session.sessionVersion, context.session.sessionId);
  if (!user) return fail("UNAUTHENTICATED");
  // First: whatever the role, an account on its one-time password is told to choose its own.
  if (user.mustChangePassword && options.pendingPasswordChange !== "allow") return fail("PASSWORD_CHANGE_FIRST");
  if (need === "ADMIN" && user.role !== "ADMIN") return fail("FORBIDDEN");
  return { ok: true, actor: { ...user, ip: context.ip, userAgent: context.userAgent } };
}

/** authorize(), then the event by its slug, found only within the events the actor may work on. */
export async function authorizeForEvent(
  slug: string,
  need: Need,
  options: AuthorizeOptions = {},
): Promise<{ ok: true; actor: Actor; event: ScopedEvent } | Failure> {
  const access = await authorize(need, options);
  if (!access.ok) return access;
  const event = await scopedEvent(slug, access.actor.id, access.actor.role);
  if (typeof event === "string") return fail(event);
  return { ok: true, actor: access.actor, event };
}

/** The events an actor may work on, as a `where` clause: organizers all, desk staff their assigned ones. */
export function eventScope(actor: Pick<Actor, "id" | "role">): Prisma.EventWhereInput {
  return actor.role === "ADMIN" ? {} : { assignments: { some: { userId: actor.id } } };
}
