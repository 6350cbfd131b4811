import "server-only";
// Signing out ends that session on the server too: its token would otherwise work until it expires
// (a copy left on a shared tablet, or taken from one). Other sessions of the account go on.
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";

export async function endSession(session: { sid: string; userId: string }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.endedSession.createMany({ data: [{ sid: session.sid, userId: session.userId }], skipDuplicates: true });
    if (count > 0) await recordAudit(tx, { actorId: session.userId, action: "auth.signed_out", targetType: "User", targetId: session.userId });
  });
}
