import "server-only";
import { done, fail, type Outcome } from "@/lib/kernel/outcome";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";

/**
 * Disables or re-enables an account. Disabling also ends the account's sessions: authorize() reads
 * the account on every request, so its next action is refused, whatever its token says.
 */
export async function setAccountDisabled(input: { userId: string; disabled: boolean }, actor: AuditActor & { id: string }): Promise<Outcome> {
  const db = await getDb();
  if (input.disabled && input.userId === actor.id) return fail("OWN_ACCOUNT");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, disabledAt: true } });
    if (!user) return fail("NOT_FOUND", { what: "account" });
    if (Boolean(user.disabledAt) === input.disabled) return done(input.disabled ? "ACCOUNT_ALREADY_DISABLED" : "ACCOUNT_ALREADY_ENABLED", undefined);
    const disabledAt = input.disabled ? new Date() : null;
    await tx.user.update({
      where: { id: user.id },
      data: { disabledAt, ...(input.disabled ? { sessionVersion: { increment: 1 } } : {}) },
    });
    await recordAudit(tx, {
      ...auditedBy(actor),
      action: input.disabled ? "user.disabled" : "user.enabled",
      targetType: "User",
      targetId: user.id,
      before: { email: user.email, disabledAt: user.disabledAt?.toISOString() ?? null },
      after: { email: user.email, disabledAt: disabledAt?.toISOString() ?? null },
    });
    return done(input.disabled ? "ACCOUNT_DISABLED" : "ACCOUNT_ENABLED", undefined, { email: user.email });
  });
}
