import "server-only";
import { failure, success, type ActionResult } from "@/lib/actions/result";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";

/**
 * Disables or re-enables an account. Disabling also ends the account's sessions: authorize() reads
 * the account on every request, so its next action is refused, whatever its token says.
 */
export async function setAccountDisabled(input: { userId: string; disabled: boolean }, actor: AuditActor & { id: string }): Promise<ActionResult> {
  const db = await getDb();
  if (input.disabled && input.userId === actor.id) return failure("INVALID", "Anda tidak dapat menonaktifkan akun Anda sendiri.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, disabledAt: true } });
    if (!user) return failure("NOT_FOUND", "Akun tidak ditemukan.");
    if (Boolean(user.disabledAt) === input.disabled) return success(input.disabled ? "Akun sudah nonaktif." : "Akun sudah aktif.", undefined);
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
    return success(input.disabled ? `Akun ${user.email} dinonaktifkan.` : `Akun ${user.email} diaktifkan kembali.`, undefined);
  });
}
