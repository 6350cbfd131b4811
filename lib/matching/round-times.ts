// The rounds of the business matching laid out on the day, from what the organizer types: the first
// round's start, each round's length, the pause between rounds, and the breaks (istirahat) no round
// may run into. Plain module: the schedule's set-up form and its tests use it.
import { z } from "zod";
import type { FieldCode } from "@/lib/kernel/outcome";
import { isCalendarDateTime, localIsoDateTime, utcOffset } from "@/lib/format/datetime";

const TIME = /^([01]?\d|2[0-3])[.:]([0-5]\d)$/;

/** "09.00" or "9:00" → minutes after midnight; null when it is no time of day. */
export function minutesOfDay(text: string): number | null {
  const match = TIME.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** "12.00-13.00" (or with an en dash, or "s.d."), one per line, as breaks in minutes after midnight. */
export function parseBreaks(text: string): { ok: true; value: { start: number; end: number }[] } | { ok: false; error: FieldCode } {
  const breaks: { start: number; end: number }[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (!line) continue;
    const [from, to, ...rest] = line.split(/\s*(?:-|–|—|s\.?d\.?)\s*/);
    const start = minutesOfDay(from ?? "");
    const end = minutesOfDay(to ?? "");
    if (rest.length > 0 || start === null || end === null || end <= start) return { ok: false, error: { key: "breakInvalid", params: { line } } };
    breaks.push({ start, end });
  }
  return { ok: true, value: breaks.sort((a, b) => a.start - b.start) };
}

export const roundPlanFields = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dateRequired"),
  start: z.string().trim().regex(TIME, "timeRequired"),
  minutes: z.coerce.number({ message: "roundLengthInvalid" }).int("roundLengthInvalid").min(5, "roundLengthInvalid").max(240, "roundLengthInvalid"),
  rounds: z.coerce.number({ message: "roundCountInvalid" }).int("roundCountInvalid").min(1, "roundCountInvalid").max(100, "roundCountInvalid"),
  gap: z.coerce.number({ message: "gapInvalid" }).int("gapInvalid").min(0, "gapInvalid").max(120, "gapInvalid").default(0),
  breaks: z.string().max(2000).default(""),
});
export type RoundPlan = z.output<typeof roundPlanFields>;

export interface RoundTime {
  number: number;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Each round's start and end in the mission's time zone: one after another, `gap` minutes apart, a
 * round that would run into a break starting when the break ends. All on the one day.
 */
export function roundTimes(plan: RoundPlan, timeZone: string): { ok: true; value: RoundTime[] } | { ok: false; fields: Record<string, FieldCode[]> } {
  const breaks = parseBreaks(plan.breaks);
  if (!breaks.ok) return { ok: false, fields: { breaks: [breaks.error] } };
  if (!isCalendarDateTime(`${plan.date}T00:00`)) return { ok: false, fields: { date: ["dateRequired"] } };
  const day = new Date(`${plan.date}T00:00:00${utcOffset(timeZone)}`);
  let cursor = minutesOfDay(plan.start)!;
  const rounds: RoundTime[] = [];
  for (let number = 1; number <= plan.rounds; number++) {
    // A break the round would overlap pushes it to the break's end (breaks are sorted, so once is enough for each).
    for (const pause of breaks.value) if (cursor < pause.end && cursor + plan.minutes > pause.start) cursor = pause.end;
    if (cursor + plan.minutes > 24 * 60) return { ok: false, fields: { rounds: [{ key: "roundsPastMidnight", params: { count: number - 1 } }] } };
    rounds.push({ number, startsAt: new Date(day.getTime() + cursor * 60_000), endsAt: new Date(day.getTime() + (cursor + plan.minutes) * 60_000) });
    cursor += plan.minutes + plan.gap;
  }
  return { ok: true, value: rounds };
}

/**
 * What the organizer typed to get these rounds, read back from them (the set-up form starts from it):
 * the first start, the length, the shortest pause between rounds, and every longer pause as a break.
 */
export function roundPlanOf(rounds: { startsAt: Date; endsAt: Date }[], timeZone: string): RoundPlan | null {
  if (rounds.length === 0) return null;
  const local = (d: Date) => localIsoDateTime(d, timeZone);
  const clock = (d: Date) => local(d).slice(11, 16).replace(":", ".");
  const pauses = rounds.slice(1).map((r, i) => (r.startsAt.getTime() - rounds[i].endsAt.getTime()) / 60_000);
  const gap = pauses.length > 0 ? Math.max(0, Math.min(...pauses)) : 0;
  const breaks: string[] = [];
  rounds.slice(1).forEach((r, i) => {
    if (pauses[i] > gap) breaks.push(`${clock(rounds[i].endsAt)}-${clock(r.startsAt)}`);
  });
  return {
    date: local(rounds[0].startsAt).slice(0, 10),
    start: clock(rounds[0].startsAt),
    minutes: (rounds[0].endsAt.getTime() - rounds[0].startsAt.getTime()) / 60_000,
    rounds: rounds.length,
    gap,
    breaks: breaks.join("\n"),
  };
}
