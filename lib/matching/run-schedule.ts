import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { getDb, type Tx } from "@/lib/db/client";
import { notOpenFor } from "@/lib/events/open-for";
import { formFlag } from "@/lib/kernel/form";
import { done, fail, type Outcome } from "@/lib/kernel/outcome";
import { lockMatching } from "./pairs";
import { planSchedule, type Plan, type PlanInput, type UnplacedReason } from "./schedule-plan";

export const runScheduleInput = z.object({
  /** Published meetings may move too: the organizer asked to plan everything again. */
  movePublished: formFlag,
  /** Leave out the businesses that have not checked in (on the day, once the doors have been open a while). */
  onlyCheckedIn: formFlag,
});
export type RunOptions = z.output<typeof runScheduleInput>;

/** What the scheduler works from, as the database has it now. */
export async function planInput(tx: Tx, eventId: string, options: RunOptions, now: Date): Promise<PlanInput> {
  const [rounds, tables, meetings] = await Promise.all([
    tx.meetingRound.findMany({ where: { eventId }, select: { id: true, number: true, startsAt: true } }),
    tx.meetingTable.findMany({ where: { eventId }, select: { id: true, number: true } }),
    tx.meeting.findMany({
      where: { eventId, status: { in: ["ACCEPTED", "HELD", "NO_SHOW"] } },
      select: {
        id: true,
        visitingBusinessId: true,
        hostBusinessId: true,
        status: true,
        mustMeet: true,
        potential: true,
        roundId: true,
        tableId: true,
        publishedAt: true,
        visitingBusiness: { select: { unavailableRounds: true, checkedInAt: true } },
        hostBusiness: { select: { unavailableRounds: true, checkedInAt: true } },
      },
    }),
  ]);
  const unavailable = new Map<string, number[]>();
  const absent = new Set<string>();
  for (const m of meetings) {
    for (const [id, business] of [
      [m.visitingBusinessId, m.visitingBusiness],
      [m.hostBusinessId, m.hostBusiness],
    ] as const) {
      unavailable.set(id, business.unavailableRounds ?? []);
      if (options.onlyCheckedIn && !business.checkedInAt) absent.add(id);
    }
  }
  return {
    rounds,
    tables,
    meetings: meetings.map((m) => ({
      id: m.id,
      visitingBusinessId: m.visitingBusinessId,
      hostBusinessId: m.hostBusinessId,
      status: m.status as "ACCEPTED" | "HELD" | "NO_SHOW",
      mustMeet: m.mustMeet,
      potential: m.potential,
      placement: m.roundId && m.tableId ? { roundId: m.roundId, tableId: m.tableId } : null,
      published: m.publishedAt !== null,
    })),
    unavailable,
    absent,
    now,
    movePublished: options.movePublished,
  };
}

/** The schedule as it would come out now, without writing it: what the schedule page explains. */
export async function previewSchedule(eventId: string, options: RunOptions = { movePublished: false, onlyCheckedIn: false }): Promise<Plan> {
  const db = await getDb();
  return planSchedule(await planInput(db, eventId, options, new Date()));
}

export interface ScheduleRun {
  placed: number;
  moved: number;
  unplaced: { meetingId: string; reason: UnplacedReason }[];
}

/**
 * Runs the scheduler and writes what it planned: every accepted meeting it could place gets its table
 * and round; a meeting it moved or took off is no longer published (until the schedule is published
 * again). One audit row says what moved where and what could not be placed, and why.
 */
export async function runSchedule(event: { id: string }, options: RunOptions, actor: Actor, now = new Date()): Promise<Outcome<ScheduleRun>> {
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const closed = await notOpenFor(tx, event.id, "matching");
      if (closed) return closed;
      await lockMatching(tx, event.id);
      const input = await planInput(tx, event.id, options, now);
      if (input.rounds.length === 0 || input.tables.length === 0) return fail("NO_SCHEDULE_SETUP");
      const plan = planSchedule(input);
      const before = new Map(input.meetings.map((m) => [m.id, m.placement]));
      const changes = plan.changed.map((id) => ({ id, from: before.get(id) ?? null, to: plan.placements.get(id) ?? null }));
      // Free every changed place first, then take the new ones: a swap never meets itself in the unique indexes.
      if (changes.length > 0) {
        const ids = changes.map((c) => c.id);
        await tx.meeting.updateMany({ where: { id: { in: ids }, eventId: event.id }, data: { roundId: null, tableId: null, publishedAt: null } });
        const placed = changes.filter((c) => c.to !== null);
        if (placed.length > 0)
          await tx.$executeRaw`
            UPDATE "Meeting" m SET "roundId" = p.round, "tableId" = p.tbl, "updatedAt" = now()
            FROM unnest(${placed.map((c) => c.id)}::text[], ${placed.map((c) => c.to!.roundId)}::text[], ${placed.map((c) => c.to!.tableId)}::text[]) AS p(id, round, tbl)
            WHERE m.id = p.id AND m."eventId" = ${event.id}`;
      }
      const result: ScheduleRun = {
        placed: changes.filter((c) => c.from === null && c.to !== null).length,
        moved: changes.filter((c) => c.from !== null && c.to !== null).length,
        unplaced: plan.unplaced,
      };
      await recordAudit(tx, {
        ...auditedBy(actor),
        eventId: event.id,
        action: "meetings.scheduled",
        targetType: "Event",
        targetId: event.id,
        after: { options, ...result, changes },
      });
      return done("SCHEDULE_RUN", result, { placed: result.placed, moved: result.moved, unplaced: result.unplaced.length });
    },
    { timeout: 60_000 },
  );
}

/** Publishes the schedule: the placed meetings go on the agendas, the badge pages and the hall screen, and a re-run leaves them where they are. */
export async function publishSchedule(event: { id: string }, actor: Actor): Promise<Outcome<{ published: number }>> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const closed = await notOpenFor(tx, event.id, "matching");
    if (closed) return closed;
    await lockMatching(tx, event.id);
    const { count } = await tx.meeting.updateMany({
      where: { eventId: event.id, status: "ACCEPTED", roundId: { not: null }, publishedAt: null },
      data: { publishedAt: new Date() },
    });
    if (count === 0) return fail("NOTHING_TO_PUBLISH");
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "meetings.published",
      targetType: "Event",
      targetId: event.id,
      after: { published: count },
    });
    return done("SCHEDULE_PUBLISHED", { published: count }, { count });
  });
}
