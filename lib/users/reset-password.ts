import "server-only";
import { done, fail, type Outcome } from "@/lib/kernel/outcome";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { generatePassword, hashPassword } from "./password";

/** A new one-time password for a staff member who forgot theirs; their open sessions end. */
export async function resetPassword(input: { userId: string }, actor: AuditActor): Promise<Outcome<{ email: string; name: string; password: string }>> {
  const db = await getDb();
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, name: true } });
    if (!user) return fail("NOT_FOUND", { what: "account" });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { ...auditedBy(actor), action: "user.password_reset", targetType: "User", targetId: user.id, after: { email: user.email } });
    return done("PASSWORD_RESET", { email: user.email, name: user.name, password }, { email: user.email });
  });
}
