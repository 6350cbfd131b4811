import "server-only";
import { z } from "zod";
import { formText } from "@/lib/kernel/form";
import { done, fail, type Outcome } from "@/lib/kernel/outcome";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";

/** Lockouts in force now and the latest failed sign-ins, for the organizer. */
export async function signInWatch(now: Date = new Date()) {
  const db = await getDb();
  const [lockouts, failures] = await Promise.all([
    db.lockout.findMany({ where: { liftedAt: null, lockedUntil: { gt: now } }, orderBy: { lockedAt: "desc" } }),
    db.loginAttempt.findMany({ where: { succeeded: false }, orderBy: { createdAt: "desc" }, take: 20 }),
  ]);
  return { lockouts, failures };
}

/** The organizer lifts a lockout early (the count of failures starts again). */
export const lockoutInput = z.object({ lockoutId: formText(64) });

export async function liftLockout(input: z.output<typeof lockoutInput>, actor: AuditActor & { id: string }, now: Date = new Date()): Promise<Outcome> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const lockout = await tx.lockout.findUnique({ where: { id: input.lockoutId } });
    if (!lockout) return fail("NOT_FOUND", { what: "lockout" });
    if (lockout.liftedAt || lockout.lockedUntil <= now) return done("LOCKOUT_ALREADY_OVER", undefined);
    await tx.lockout.update({ where: { id: lockout.id }, data: { liftedAt: now, liftedById: actor.id } });
    await recordAudit(tx, {
      ...auditedBy(actor),
      action: "auth.lockout_lifted",
      targetType: "Lockout",
      targetId: lockout.id,
      before: { subject: lockout.subject, value: lockout.value, lockedUntil: lockout.lockedUntil.toISOString() },
      after: { liftedAt: now.toISOString() },
    });
    return done("LOCKOUT_LIFTED", undefined, { value: lockout.value });
  });
}
