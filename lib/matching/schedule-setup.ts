import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { notOpenFor } from "@/lib/events/open-for";
import { done, fail, invalid, type Outcome } from "@/lib/kernel/outcome";
import { lockMatching } from "./pairs";
import { roundPlanFields, roundTimes } from "./round-times";

export const scheduleSetupInput = roundPlanFields.extend({
  tables: z.coerce.number({ message: "tableCountInvalid" }).int("tableCountInvalid").min(1, "tableCountInvalid").max(500, "tableCountInvalid"),
  /** One name per line, for tables 1, 2, 3 … in order; a blank line leaves that table with its number only. */
  tableNames: z.string().max(20_000).default(""),
});

const MAX_TABLE_NAME = 60;

/**
 * Sets the business matching's tables and rounds. Tables and rounds keep their numbers, so meetings
 * placed at them stay; those at a table or in a round that no longer exists are taken off the
 * schedule (to be placed by the next run), unless one was already held or missed there: then nothing changes.
 */
export async function saveScheduleSetup(
  event: { id: string; timeZone: string },
  input: z.output<typeof scheduleSetupInput>,
  actor: Actor,
): Promise<Outcome<{ rounds: number; tables: number; unplaced: number }>> {
  const times = roundTimes(input, event.timeZone);
  if (!times.ok) return invalid(times.fields);
  const names = input.tableNames.split(/\r?\n/).map((line) => line.trim());
  const tooLong = names.findIndex((name) => name.length > MAX_TABLE_NAME);
  if (tooLong >= 0) return invalid({ tableNames: [{ key: "tableNameTooLong", params: { line: tooLong + 1, max: MAX_TABLE_NAME } }] });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const closed = await notOpenFor(tx, event.id, "matching");
    if (closed) return closed;
    await lockMatching(tx, event.id);
    const [rounds, tables] = await Promise.all([
      tx.meetingRound.findMany({ where: { eventId: event.id }, orderBy: { number: "asc" } }),
      tx.meetingTable.findMany({ where: { eventId: event.id }, orderBy: { number: "asc" } }),
    ]);
    const goneRounds = rounds.filter((r) => r.number > times.value.length).map((r) => r.id);
    const goneTables = tables.filter((t) => t.number > input.tables).map((t) => t.id);
    const atGone = { eventId: event.id, OR: [{ roundId: { in: goneRounds } }, { tableId: { in: goneTables } }] };
    const happened = await tx.meeting.count({ where: { ...atGone, status: { in: ["HELD", "NO_SHOW"] } } });
    if (happened > 0) return fail("SCHEDULE_IN_USE", { count: happened });
    const { count: unplaced } = await tx.meeting.updateMany({ where: atGone, data: { roundId: null, tableId: null, publishedAt: null } });
    await tx.meetingRound.deleteMany({ where: { id: { in: goneRounds } } });
    await tx.meetingTable.deleteMany({ where: { id: { in: goneTables } } });
    for (const round of times.value)
      await tx.meetingRound.upsert({
        where: { eventId_number: { eventId: event.id, number: round.number } },
        create: { eventId: event.id, ...round },
        update: { startsAt: round.startsAt, endsAt: round.endsAt },
      });
    for (let number = 1; number <= input.tables; number++) {
      const name = names[number - 1] || null;
      await tx.meetingTable.upsert({ where: { eventId_number: { eventId: event.id, number } }, create: { eventId: event.id, number, name }, update: { name } });
    }
    const summary = (list: { startsAt: Date; endsAt: Date }[], tableCount: number) => ({
      rounds: list.length,
      tables: tableCount,
      first: list[0]?.startsAt.toISOString() ?? null,
      last: list.at(-1)?.endsAt.toISOString() ?? null,
    });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "schedule.setup_changed",
      targetType: "Event",
      targetId: event.id,
      before: summary(rounds, tables.length),
      after: { ...summary(times.value, input.tables), unplaced },
    });
    return done(
      "SCHEDULE_SETUP_SAVED",
      { rounds: times.value.length, tables: input.tables, unplaced },
      { rounds: times.value.length, tables: input.tables, unplaced },
    );
  });
}
