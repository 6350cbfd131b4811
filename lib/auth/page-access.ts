import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import type { Failure } from "@/lib/kernel/outcome";
import { authorize, authorizeForEvent, type Actor, type Need, type ScopedEvent } from "./authorize";

export const CHANGE_PASSWORD_PATH = "/staf/kata-sandi";

/** For staff pages: anonymous visitors go to sign-in and come back; the wrong role gets a 403 page. */
export async function requireStaffPage(need: Need, path: string): Promise<Actor> {
  await connection();
  const access = await authorize(need, { pendingPasswordChange: "allow" });
  if (!access.ok) return refuse(access, path);
  if (access.actor.mustChangePassword && path !== CHANGE_PASSWORD_PATH) redirect(CHANGE_PASSWORD_PATH);
  return access.actor;
}

export async function requireEventPage(slug: string, need: Need, path: string): Promise<{ actor: Actor; event: ScopedEvent }> {
  await connection();
  const access = await authorizeForEvent(slug, need, { pendingPasswordChange: "allow" });
  if (!access.ok) return refuse(access, path);
  if (access.actor.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return access;
}

function refuse(denied: Failure, path: string): never {
  if (denied.code === "UNAUTHENTICATED") redirect(`/masuk?callbackUrl=${encodeURIComponent(path)}`);
  if (denied.code === "EVENT_NOT_FOUND") notFound();
  forbidden();
}
