import "server-only";
import { failure, success, type ActionResult } from "@/lib/actions/result";
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
export async function liftLockout(input: { lockoutId: string }, actor: AuditActor & { id: string }, now: Date = new Date()): Promise<ActionResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const lockout = await tx.lockout.findUnique({ where: { id: input.lockoutId } });
    if (!lockout) return failure("NOT_FOUND", "Blokir tidak ditemukan.");
    if (lockout.liftedAt || lockout.lockedUntil <= now) return success("Blokir ini sudah tidak berlaku.", undefined);
    await tx.lockout.update({ where: { id: lockout.id }, data: { liftedAt: now, liftedById: actor.id } });
    await recordAudit(tx, {
      ...auditedBy(actor),
      action: "auth.lockout_lifted",
      targetType: "Lockout",
      targetId: lockout.id,
      before: { subject: lockout.subject, value: lockout.value, lockedUntil: lockout.lockedUntil.toISOString() },
      after: { liftedAt: now.toISOString() },
    });
    return success(`Blokir untuk ${lockout.value} dibuka.`, undefined);
  });
}
