import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { notOpenFor } from "@/lib/events/open-for";
import { done, fail, type Outcome } from "@/lib/kernel/outcome";

export const attendanceInput = z.object({
  meetingId: z.string().trim().min(1).max(64),
  /** HELD or NO_SHOW; ACCEPTED takes a mark back (a wrong tap), while no deal has been signed from it. */
  attendance: z.enum(["HELD", "NO_SHOW", "ACCEPTED"]),
});

/**
 * The table host's one tap: the meeting was held, or one of the two did not come. A mark can be
 * changed (a wrong tap), but a meeting a deal was signed from stays held.
 */
export async function markAttendance(event: { id: string }, input: z.output<typeof attendanceInput>, actor: Actor): Promise<Outcome<{ status: string }>> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const closed = await notOpenFor(tx, event.id, "meetings");
    if (closed) return closed;
    const meeting = await tx.meeting.findFirst({
      where: { id: input.meetingId, eventId: event.id },
      select: { status: true, roundId: true, _count: { select: { commitments: true } } },
    });
    if (!meeting) return fail("NOT_FOUND", { what: "meeting" });
    if (!["ACCEPTED", "HELD", "NO_SHOW"].includes(meeting.status)) return fail("MEETING_DECIDED", { status: meeting.status });
    if (!meeting.roundId) return fail("NOT_SCHEDULED");
    if (meeting.status === input.attendance) return done("ATTENDANCE_UNCHANGED", { status: meeting.status });
    if (meeting.status === "HELD" && meeting._count.commitments > 0) return fail("MEETING_HAS_DEALS", { count: meeting._count.commitments });
    const marked = input.attendance !== "ACCEPTED";
    await tx.meeting.update({
      where: { id: input.meetingId },
      data: { status: input.attendance, attendanceAt: marked ? new Date() : null, attendanceById: marked ? actor.id : null },
    });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "meeting.attendance_marked",
      targetType: "Meeting",
      targetId: input.meetingId,
      before: { status: meeting.status },
      after: { status: input.attendance },
    });
    return done(input.attendance === "HELD" ? "MEETING_HELD" : input.attendance === "NO_SHOW" ? "MEETING_NO_SHOW" : "ATTENDANCE_UNDONE", {
      status: input.attendance,
    });
  });
}
