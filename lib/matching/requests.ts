import "server-only";
import { z } from "zod";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import type { RepresentativeAccess } from "@/lib/businesses/representative-access";
import { getDb } from "@/lib/db/client";
import { notOpenFor } from "@/lib/events/open-for";
import { done, fail, type Outcome } from "@/lib/kernel/outcome";
import { fromSuggestion, lockMatching } from "./pairs";
import { rankPairs } from "./rank";
import { lineMatches } from "./suggest";

// What a representative does through their badge's link: ask to meet a suggested partner, and answer
// a partner's request. The badge's secret is the permission; the audit rows name the badge, not an account.

export const requestMeetingInput = z.object({ partnerId: z.string().trim().min(1).max(64) });
export const answerRequestInput = z.object({ meetingId: z.string().trim().min(1).max(64), answer: z.enum(["accept", "decline"]) });

const viaBadge = (business: RepresentativeAccess) => ({ via: "badge", badge: business.badgeCode });

/** Asks to meet a business of the other side that the matching suggests; the partner accepts or declines through their own badge's link. */
export async function requestMeeting(business: RepresentativeAccess, partnerId: string, by: AuditActor): Promise<Outcome<{ id: string }>> {
  const db = await getDb();
  const eventId = business.event.id;
  return db.$transaction(async (tx) => {
    const closed = await notOpenFor(tx, eventId, "matching");
    if (closed) return closed;
    await lockMatching(tx, eventId);
    const partner = await tx.business.findFirst({
      where: { id: partnerId, eventId, side: { role: { not: business.side.role } } },
      select: { id: true, name: true },
    });
    if (!partner) return fail("NOT_FOUND", { what: "business" });
    const [visitingBusinessId, hostBusinessId] = business.side.role === "VISITING" ? [business.id, partner.id] : [partner.id, business.id];
    const suggestion = rankPairs(await lineMatches(tx, eventId, { businessId: business.id })).find(
      (p) => p.visitingBusinessId === visitingBusinessId && p.hostBusinessId === hostBusinessId,
    );
    if (!suggestion) return fail("NOT_SUGGESTED", { name: partner.name });
    const existing = await tx.meeting.findUnique({
      where: { eventId_visitingBusinessId_hostBusinessId: { eventId, visitingBusinessId, hostBusinessId } },
      select: { status: true },
    });
    if (existing) return fail("ALREADY_PAIRED", { name: partner.name, status: existing.status });
    const meeting = await tx.meeting.create({
      data: { eventId, visitingBusinessId, hostBusinessId, ...fromSuggestion(suggestion), status: "REQUESTED", requestedBy: business.side.role },
      select: { id: true },
    });
    await recordAudit(tx, {
      ...auditedBy(by),
      eventId,
      action: "meeting.requested",
      targetType: "Meeting",
      targetId: meeting.id,
      after: { status: "REQUESTED", visitingBusinessId, hostBusinessId, potential: suggestion.potential, ...viaBadge(business) },
    });
    return done("MEETING_REQUESTED", meeting, { name: partner.name });
  });
}

/** The partner's answer to a request: accepted, it is scheduled like a pair the organizer accepted; declined, it is not asked again. */
export async function answerRequest(business: RepresentativeAccess, input: z.output<typeof answerRequestInput>, by: AuditActor): Promise<Outcome> {
  const db = await getDb();
  const eventId = business.event.id;
  return db.$transaction(async (tx) => {
    const closed = await notOpenFor(tx, eventId, "matching");
    if (closed) return closed;
    // Only a request made to this business, by the other side, waiting for its answer.
    const own = business.side.role === "VISITING" ? { visitingBusinessId: business.id } : { hostBusinessId: business.id };
    const meeting = await tx.meeting.findFirst({
      where: { id: input.meetingId, eventId, ...own, requestedBy: { not: business.side.role } },
      select: { status: true },
    });
    if (!meeting) return fail("NOT_FOUND", { what: "meeting" });
    if (meeting.status !== "REQUESTED") return fail("MEETING_DECIDED", { status: meeting.status });
    const status = input.answer === "accept" ? "ACCEPTED" : "DECLINED";
    await tx.meeting.update({ where: { id: input.meetingId }, data: { status } });
    await recordAudit(tx, {
      ...auditedBy(by),
      eventId,
      action: input.answer === "accept" ? "meeting.accepted" : "meeting.declined",
      targetType: "Meeting",
      targetId: input.meetingId,
      before: { status: "REQUESTED" },
      after: { status, ...viaBadge(business) },
    });
    return done(input.answer === "accept" ? "REQUEST_ACCEPTED" : "REQUEST_DECLINED", undefined);
  });
}
