import "server-only";
import { failure, success, type ActionResult } from "@/lib/actions/result";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { eventsExist } from "./create-user";

/** Replaces the events a desk account may work on. */
export async function setAssignments(input: { userId: string; eventIds: string[] }, actor: AuditActor): Promise<ActionResult> {
  const db = await getDb();
  const eventIds = [...new Set(input.eventIds)].sort();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, email: true, role: true, assignments: { select: { eventId: true } } },
    });
    if (!user) return failure("NOT_FOUND", "Akun tidak ditemukan.");
    if (user.role === "ADMIN") return failure("INVALID", "Panitia bekerja di semua misi dagang; penugasan hanya untuk petugas meja.");
    if (!(await eventsExist(tx, eventIds))) return failure("INVALID", "Misi dagang yang dipilih tidak ditemukan.", { eventIds: ["Pilih dari daftar."] });
    const before = user.assignments.map((a) => a.eventId).sort();
    await tx.eventAssignment.deleteMany({ where: { userId: user.id, eventId: { notIn: eventIds } } });
    await tx.eventAssignment.createMany({ data: eventIds.map((eventId) => ({ userId: user.id, eventId })), skipDuplicates: true });
    await recordAudit(tx, {
      ...auditedBy(actor),
      action: "user.assignments_changed",
      targetType: "User",
      targetId: user.id,
      before: { eventIds: before },
      after: { eventIds },
    });
    return success(eventIds.length ? `Penugasan ${user.email} disimpan.` : `${user.email} tidak lagi ditugaskan di misi dagang mana pun.`, undefined);
  });
}
