import "server-only";
import { z } from "zod";
import { formList, formText } from "@/lib/kernel/form";
import { done, fail, invalid, type Outcome } from "@/lib/kernel/outcome";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { eventsExist } from "./create-user";

/** Replaces the events a desk account may work on. */
export const assignmentsInput = z.object({ userId: formText(64), eventIds: formList(z.string().max(64)) });

export async function setAssignments(input: z.output<typeof assignmentsInput>, actor: AuditActor): Promise<Outcome> {
  const db = await getDb();
  const eventIds = [...new Set(input.eventIds)].sort();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, email: true, role: true, assignments: { select: { eventId: true } } },
    });
    if (!user) return fail("NOT_FOUND", { what: "account" });
    if (user.role === "ADMIN") return fail("ORGANIZER_NOT_ASSIGNED");
    if (!(await eventsExist(tx, eventIds))) return invalid({ eventIds: ["missionNotFound"] });
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
    return done(eventIds.length ? "ASSIGNMENTS_SAVED" : "ASSIGNMENTS_CLEARED", undefined, { email: user.email });
  });
}
