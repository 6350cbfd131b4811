import "server-only";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { isLocale, type Locale } from "@/lib/i18n/locale";

/** A staff member's own language choice, kept on their account so it follows them to another device. */
export async function saveOwnLanguage(actor: AuditActor & { id: string }, locale: Locale): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: actor.id, locale: { not: locale } }, data: { locale } });
    if (count > 0) await recordAudit(tx, { ...auditedBy(actor), action: "user.language_changed", targetType: "User", targetId: actor.id, after: { locale } });
  });
}

/** The language saved on an account. */
export async function accountLanguage(userId: string): Promise<Locale> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { locale: true } });
  return isLocale(user?.locale) ? user.locale : "id";
}
