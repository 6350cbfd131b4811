import "server-only";
import type { DeniedCode } from "@/lib/actions/result";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
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
}

export type Denied = { ok: false; code: DeniedCode; message: string };

export const DENIED_MESSAGES: Record<DeniedCode, string> = {
  UNAUTHENTICATED: "Sesi Anda berakhir atau akun tidak aktif lagi. Silakan masuk kembali.",
  FORBIDDEN: "Anda tidak berwenang melakukan ini.",
  NOT_FOUND: "Misi dagang ini tidak ditemukan.",
};

const deny = (code: DeniedCode, message = DENIED_MESSAGES[code]): Denied => ({ ok: false, code, message });

export const PASSWORD_CHANGE_FIRST = "Ganti dulu kata sandi sekali pakai Anda (menu Ganti kata sandi), lalu ulangi.";

export interface AuthorizeOptions {
  /**
   * An account still on its one-time password may do nothing but choose its own: every other action
   * and route is refused. Pages (which send it to the password page), the password change itself and
   * purely presentational calls opt in with "allow".
   */
  pendingPasswordChange?: "allow";
}

/**
 * The one authorization check, at the top of every server action, staff page and non-public route
 * handler: session → the user as the database has them now (a disabled account or a reset password
 * ends the session at its next request) → role.
 */
export async function authorize(need: Need, options: AuthorizeOptions = {}): Promise<{ ok: true; actor: Actor } | Denied> {
  const context = await requestContext();
  if (!context.session) return deny("UNAUTHENTICATED");
  const db = await getDb();
  const user = await db.user.findFirst({
    where: { id: context.session.userId, sessionVersion: context.session.sessionVersion, disabledAt: null },
    select: { id: true, name: true, email: true, role: true, mustChangePassword: true },
  });
  if (!user) return deny("UNAUTHENTICATED");
  if (need === "ADMIN" && user.role !== "ADMIN") return deny("FORBIDDEN");
  if (user.mustChangePassword && options.pendingPasswordChange !== "allow") return deny("FORBIDDEN", PASSWORD_CHANGE_FIRST);
  return { ok: true, actor: { ...user, ip: context.ip, userAgent: context.userAgent } };
}

/** authorize(), then the event by its slug, found only within the events the actor may work on. */
export async function authorizeForEvent(
  slug: string,
  need: Need,
  options: AuthorizeOptions = {},
): Promise<{ ok: true; actor: Actor; event: ScopedEvent } | Denied> {
  const access = await authorize(need, options);
  if (!access.ok) return access;
  const db = await getDb();
  const event = await db.event.findFirst({
    where: { slug, ...eventScope(access.actor) },
    select: { id: true, slug: true, name: true, timeZone: true },
  });
  if (event) return { ok: true, actor: access.actor, event };
  // Events are public, so saying that it exists but is not theirs reveals nothing.
  return deny((await db.event.count({ where: { slug } })) > 0 ? "FORBIDDEN" : "NOT_FOUND");
}

/** The events an actor may work on, as a `where` clause: organizers all, desk staff their assigned ones. */
export function eventScope(actor: Pick<Actor, "id" | "role">): Prisma.EventWhereInput {
  return actor.role === "ADMIN" ? {} : { assignments: { some: { userId: actor.id } } };
}
