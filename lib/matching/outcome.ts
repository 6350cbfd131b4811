import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/kernel/form";
import { done, fail, type Outcome } from "@/lib/kernel/outcome";
import { MEETING_OUTCOMES } from "./meeting-outcomes";

export const outcomeInput = z.object({
  meetingId: z.string().trim().min(1).max(64),
  outcome: z.enum(MEETING_OUTCOMES, { message: "outcomeRequired" }),
  note: formText(500).transform((note) => note.trim() || null),
});

/**
 * Months later, what came of a held meeting (no further contact, in negotiation, agreement reached),
 * recorded by the organizer next to the realisation of the deals signed there. It can be brought up to
 * date as often as it changes; each change is audited.
 */
export async function recordMeetingOutcome(event: { id: string }, input: z.output<typeof outcomeInput>, actor: Actor): Promise<Outcome> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findFirst({
      where: { id: input.meetingId, eventId: event.id },
      select: { status: true, outcome: true, outcomeNote: true },
    });
    if (!meeting) return fail("NOT_FOUND", { what: "meeting" });
    if (meeting.status !== "HELD") return fail("MEETING_NOT_HELD");
    await tx.meeting.update({ where: { id: input.meetingId }, data: { outcome: input.outcome, outcomeNote: input.note, outcomeAt: new Date() } });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "meeting.outcome_recorded",
      targetType: "Meeting",
      targetId: input.meetingId,
      before: { outcome: meeting.outcome, note: meeting.outcomeNote },
      after: { outcome: input.outcome, note: input.note },
    });
    return done("OUTCOME_RECORDED", undefined);
  });
}
