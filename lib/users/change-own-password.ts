import "server-only";
import { z } from "zod";
import { fieldCodes } from "@/lib/kernel/form";
import { done, invalid, type Outcome } from "@/lib/kernel/outcome";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "./password";
import { changePasswordInput } from "./schema";

/**
 * A staff member replaces their password (required after a one-time password). Every session of the
 * account ends (its session version moves on); the caller re-issues its own with the new version.
 */
export async function changeOwnPassword(
  input: z.input<typeof changePasswordInput>,
  actor: AuditActor & { id: string },
): Promise<Outcome<{ sessionVersion: number }>> {
  const db = await getDb();
  const parsed = changePasswordInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(parsed.data.current, user.passwordHash))) return invalid({ current: ["currentPasswordWrong"] });
  const passwordHash = await hashPassword(parsed.data.next);
  const { sessionVersion } = await db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await recordAudit(tx, { ...auditedBy(actor), action: "user.password_changed", targetType: "User", targetId: actor.id });
    return updated;
  });
  return done("PASSWORD_CHANGED", { sessionVersion });
}
