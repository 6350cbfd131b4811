import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { getDb, type Tx } from "@/lib/db/client";
import { notOpenFor } from "@/lib/events/open-for";
import { formFlag, formList } from "@/lib/kernel/form";
import { done, fail, type Outcome } from "@/lib/kernel/outcome";
import type { SuggestedPair } from "./rank";
import { rankPairs } from "./rank";
import { lineMatches } from "./suggest";

// The organizer's decisions on pairs: accept suggested pairs (one or many at once), mark a pair
// "harus bertemu" (must meet), cancel a meeting. Each change writes its audit row.

/** A pair as a form sends it: "visitingBusinessId|hostBusinessId". */
const pairKey = z.string().regex(/^[\w-]{1,64}\|[\w-]{1,64}$/, "pairInvalid");

export const acceptPairsInput = z.object({
  pairs: formList(pairKey).pipe(z.array(z.string()).min(1, "pairsRequired").max(5000)),
  mustMeet: formFlag,
});

/** A meeting's columns from the suggestion that brought the pair together. */
export function fromSuggestion(s: SuggestedPair) {
  return {
    category: s.category,
    visitingLineId: s.visitingLine.id,
    hostLineId: s.hostLine.id,
    commodity: s.visitingLine.commodity,
    sector: s.sector,
    potential: s.potential,
  };
}

/** One business-matching decision at a time per mission, so two never both pair the same businesses or place the same table. */
export async function lockMatching(tx: Tx, eventId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR NO KEY UPDATE`;
}

/**
 * Accepts suggested pairs: each becomes a meeting to schedule, with the reason and potential of its
 * suggestion as it stands now (the form's copy is not trusted). A pair a representative asked for is
 * accepted on their partner's behalf; one that was cancelled is accepted again; one the partner
 * declined, one already accepted, and one whose lines no longer match are left as they are.
 */
export async function acceptPairs(
  event: { id: string },
  input: z.output<typeof acceptPairsInput>,
  actor: Actor,
): Promise<Outcome<{ accepted: number; skipped: number }>> {
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const closed = await notOpenFor(tx, event.id, "matching");
      if (closed) return closed;
      await lockMatching(tx, event.id);
      // Every business a pair names is one of this mission's.
      const named = [...new Set(input.pairs.flatMap((key) => key.split("|")))];
      if ((await tx.business.count({ where: { eventId: event.id, id: { in: named } } })) !== named.length) return fail("NOT_FOUND", { what: "business" });
      const suggested = new Map(rankPairs(await lineMatches(tx, event.id)).map((p) => [`${p.visitingBusinessId}|${p.hostBusinessId}`, p]));
      const wanted = [...new Set(input.pairs)].filter((key) => suggested.has(key));
      const existing = new Map(
        (
          await tx.meeting.findMany({
            where: {
              eventId: event.id,
              OR: wanted.map((key) => ({ visitingBusinessId: key.split("|")[0], hostBusinessId: key.split("|")[1] })),
            },
            select: { id: true, status: true, visitingBusinessId: true, hostBusinessId: true },
          })
        ).map((m) => [`${m.visitingBusinessId}|${m.hostBusinessId}`, m]),
      );
      const now = new Date();
      let accepted = 0;
      const created: { id: string; pair: SuggestedPair }[] = [];
      for (const key of wanted) {
        const pair = suggested.get(key)!;
        const meeting = existing.get(key);
        if (meeting && meeting.status !== "REQUESTED" && meeting.status !== "CANCELLED") continue;
        accepted++;
        if (!meeting) {
          created.push({ id: randomUUID(), pair });
          continue;
        }
        await tx.meeting.update({
          where: { id: meeting.id },
          data: { ...fromSuggestion(pair), status: "ACCEPTED", mustMeet: input.mustMeet, cancelReason: null },
        });
        await recordAudit(tx, {
          ...auditedBy(actor),
          eventId: event.id,
          action: "meeting.accepted",
          targetType: "Meeting",
          targetId: meeting.id,
          before: { status: meeting.status },
          after: { status: "ACCEPTED", potential: pair.potential, mustMeet: input.mustMeet },
        });
      }
      // Many pairs at once (a whole list accepted in bulk): one insert for the meetings and one for their audit rows.
      await tx.meeting.createMany({
        data: created.map(({ id, pair }) => ({
          id,
          eventId: event.id,
          visitingBusinessId: pair.visitingBusinessId,
          hostBusinessId: pair.hostBusinessId,
          ...fromSuggestion(pair),
          status: "ACCEPTED" as const,
          mustMeet: input.mustMeet,
          createdById: actor.id,
          createdAt: now,
        })),
      });
      await tx.auditEvent.createMany({
        data: created.map(({ id, pair }) => ({
          ...auditedBy(actor),
          eventId: event.id,
          action: "meeting.accepted",
          targetType: "Meeting",
          targetId: id,
          after: {
            status: "ACCEPTED",
            visitingBusinessId: pair.visitingBusinessId,
            hostBusinessId: pair.hostBusinessId,
            potential: pair.potential?.toString() ?? null,
            mustMeet: input.mustMeet,
          },
        })),
      });
      const skipped = input.pairs.length - accepted;
      if (accepted === 0) return fail("NO_PAIRS_ACCEPTED", { skipped });
      return done("PAIRS_ACCEPTED", { accepted, skipped }, { accepted, skipped });
    },
    { timeout: 60_000 },
  );
}

export const meetingInput = z.object({ meetingId: z.string().trim().min(1).max(64) });
export const mustMeetInput = meetingInput.extend({ mustMeet: formFlag });
export const cancelMeetingInput = meetingInput.extend({ reason: z.string().trim().min(5, "reasonRequired").max(500) });

/** Marks a pair "harus bertemu": the scheduler places it before every other. */
export async function setMustMeet(event: { id: string }, input: z.output<typeof mustMeetInput>, actor: Actor): Promise<Outcome> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const closed = await notOpenFor(tx, event.id, "matching");
    if (closed) return closed;
    const { count } = await tx.meeting.updateMany({
      where: { id: input.meetingId, eventId: event.id, status: { in: ["REQUESTED", "ACCEPTED"] } },
      data: { mustMeet: input.mustMeet },
    });
    if (count === 0) return fail("NOT_FOUND", { what: "meeting" });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "meeting.must_meet_changed",
      targetType: "Meeting",
      targetId: input.meetingId,
      after: { mustMeet: input.mustMeet },
    });
    return done(input.mustMeet ? "MUST_MEET_SET" : "MUST_MEET_CLEARED", undefined);
  });
}

/** Cancels a meeting not yet held, with a reason: its table is freed; the pair can be accepted again. */
export async function cancelMeeting(event: { id: string }, input: z.output<typeof cancelMeetingInput>, actor: Actor): Promise<Outcome> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const closed = await notOpenFor(tx, event.id, "matching");
    if (closed) return closed;
    await lockMatching(tx, event.id);
    const meeting = await tx.meeting.findFirst({ where: { id: input.meetingId, eventId: event.id }, select: { status: true, roundId: true, tableId: true } });
    if (!meeting) return fail("NOT_FOUND", { what: "meeting" });
    if (meeting.status !== "REQUESTED" && meeting.status !== "ACCEPTED") return fail("MEETING_DECIDED", { status: meeting.status });
    await tx.meeting.update({
      where: { id: input.meetingId },
      data: { status: "CANCELLED", cancelReason: input.reason, roundId: null, tableId: null, publishedAt: null },
    });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "meeting.cancelled",
      targetType: "Meeting",
      targetId: input.meetingId,
      before: { status: meeting.status, roundId: meeting.roundId, tableId: meeting.tableId },
      after: { status: "CANCELLED", reason: input.reason },
    });
    return done("MEETING_CANCELLED", undefined);
  });
}
