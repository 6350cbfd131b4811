// npm run bench:matching — the business matching's scheduler at the size of a big expo: 2,000
// businesses with 20,000 accepted meeting requests over 100 tables and 16 rounds (target: the whole run,
// reading, planning and writing, in ≤ 10 s), and at Balikpapan's size (172 businesses, 600 requests,
// 12 tables, 16 rounds). Each case runs the app's scheduler (runSchedule: one transaction) and, side by
// side on the same input, a baseline: a plain greedy first-fit in the order the requests came, which
// knows nothing of must-meet pairs or potential. Checks that no business is in two places and no table
// holds two meetings. Options: RUNS (default 3, the median is printed). Uses a fresh "<db>_bench"
// database next to DATABASE_URL, or an in-memory embedded database.
import { performance } from "node:perf_hooks";
import { newPublicCode } from "../../lib/codes";
import { DEMO_SIDES, PRACTICE_EVENT } from "../../lib/demo/demo-event";
import { planInput, runSchedule } from "../../lib/matching/run-schedule";
import { planSchedule, type PlanInput } from "../../lib/matching/schedule-plan";
import { saveScheduleSetup } from "../../lib/matching/schedule-setup";
import { seededRandom } from "../../lib/random";
import { benchDatabase } from "./lib";

const runs = Number(process.env.RUNS ?? 3);
const { db, target, close } = await benchDatabase();

// The same missions on every machine.
const rand = seededRandom(7).below;

const user = await db.user.create({ data: { email: `bench-${newPublicCode()}@matching.test`, name: "Bench", role: "ADMIN", passwordHash: "x" } });
const actor = { id: user.id, name: user.name, email: user.email, role: "ADMIN" as const, mustChangePassword: false, ip: "127.0.0.1", userAgent: "bench" };
const BEFORE_THE_DAY = new Date("2026-12-09T10:00:00+07:00");

/** A mission with `visiting` + `host` businesses, `requests` accepted pairs (5% must-meet; 5% of businesses miss a round) and its tables and rounds. */
async function mission(visiting: number, host: number, requests: number, tables: number, rounds: number) {
  const event = await db.event.create({
    data: { ...PRACTICE_EVENT, slug: `bench-${newPublicCode().toLowerCase()}`, sides: { create: DEMO_SIDES } },
    select: { id: true, slug: true, timeZone: true, sides: true },
  });
  const side = (role: "VISITING" | "HOST") => event.sides.find((s) => s.role === role)!;
  const businesses = (role: "VISITING" | "HOST", count: number) =>
    Array.from({ length: count }, (_, i) => ({
      eventId: event.id,
      sideId: side(role).id,
      name: `${role} ${i}`,
      representative: "Wakil",
      sector: "Kuliner",
      regency: side(role).regencies[0],
      source: "PRE_REGISTERED" as const,
      badgeCode: newPublicCode(),
      unavailableRounds: rand(20) === 0 ? [1 + rand(rounds)] : [],
    }));
  await db.business.createMany({ data: [...businesses("VISITING", visiting), ...businesses("HOST", host)] });
  const ids = async (role: "VISITING" | "HOST") =>
    (await db.business.findMany({ where: { eventId: event.id, side: { role } }, select: { id: true }, orderBy: { name: "asc" } })).map((b) => b.id);
  const [v, h] = [await ids("VISITING"), await ids("HOST")];
  const pairs = new Set<string>();
  while (pairs.size < requests) pairs.add(`${v[rand(v.length)]}|${h[rand(h.length)]}`);
  const rows = [...pairs].map((pair) => {
    const [visitingBusinessId, hostBusinessId] = pair.split("|");
    return {
      eventId: event.id,
      visitingBusinessId,
      hostBusinessId,
      category: "SELL" as const,
      commodity: "Kopi",
      sector: "Kuliner",
      potential: rand(10) === 0 ? null : BigInt(1 + rand(5_000)) * 1_000_000n,
      mustMeet: rand(20) === 0,
      status: "ACCEPTED" as const,
    };
  });
  for (let i = 0; i < rows.length; i += 5_000) await db.meeting.createMany({ data: rows.slice(i, i + 5_000) });
  const setup = await saveScheduleSetup(event, { date: "2026-12-10", start: "08.00", minutes: 20, rounds, gap: 5, breaks: "", tables, tableNames: "" }, actor);
  if (!setup.ok) throw new Error(`schedule set-up: ${JSON.stringify(setup)}`);
  return event;
}

/** The baseline: each request in the order it came, at the first round and table where both are free and available. Returns the ids placed. */
function firstFit(input: PlanInput): Set<string> {
  const rounds = [...input.rounds].sort((a, b) => a.number - b.number);
  const busy = new Set<string>();
  const taken = new Set<string>();
  const placed = new Set<string>();
  for (const m of input.meetings) {
    const free = (r: (typeof rounds)[number]) =>
      !busy.has(`${r.id}:${m.visitingBusinessId}`) &&
      !busy.has(`${r.id}:${m.hostBusinessId}`) &&
      !(input.unavailable.get(m.visitingBusinessId) ?? []).includes(r.number) &&
      !(input.unavailable.get(m.hostBusinessId) ?? []).includes(r.number);
    search: for (const r of rounds) {
      if (!free(r)) continue;
      for (const t of input.tables)
        if (!taken.has(`${r.id}#${t.id}`)) {
          taken.add(`${r.id}#${t.id}`);
          busy.add(`${r.id}:${m.visitingBusinessId}`).add(`${r.id}:${m.hostBusinessId}`);
          placed.add(m.id);
          break search;
        }
    }
  }
  return placed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measureCase(visiting: number, host: number, requests: number, tables: number, rounds: number) {
  const full: number[] = [];
  const plan: number[] = [];
  const baseline: number[] = [];
  let scheduled = 0;
  let baselineScheduled = 0;
  let mustMeet = 0;
  let mustMeetPlaced = 0;
  let baselineMustMeetPlaced = 0;
  for (let run = 0; run < runs; run++) {
    const event = await mission(visiting, host, requests, tables, rounds);
    const input = await db.$transaction((tx) => planInput(tx, event.id, { movePublished: false, onlyCheckedIn: false }, BEFORE_THE_DAY));
    let start = performance.now();
    planSchedule(input);
    plan.push(performance.now() - start);
    start = performance.now();
    const firstFitPlaced = firstFit(input);
    baseline.push(performance.now() - start);
    baselineScheduled = firstFitPlaced.size;
    const mustMeetIds = input.meetings.filter((m) => m.mustMeet).map((m) => m.id);
    mustMeet = mustMeetIds.length;
    baselineMustMeetPlaced = mustMeetIds.filter((id) => firstFitPlaced.has(id)).length;

    start = performance.now();
    const result = await runSchedule(event, { movePublished: false, onlyCheckedIn: false }, actor, BEFORE_THE_DAY);
    full.push(performance.now() - start);
    if (!result.ok) throw new Error(`runSchedule: ${JSON.stringify(result)}`);
    scheduled = result.data.placed;
    // What the database holds: each placed meeting once, no business twice in a round, no table twice.
    const clashes = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT "roundId", b FROM "Meeting", LATERAL (VALUES ("visitingBusinessId"), ("hostBusinessId")) AS x(b)
        WHERE "eventId" = ${event.id} AND "roundId" IS NOT NULL GROUP BY "roundId", b HAVING count(*) > 1
        UNION ALL
        SELECT "roundId", "tableId" FROM "Meeting" WHERE "eventId" = ${event.id} AND "roundId" IS NOT NULL GROUP BY "roundId", "tableId" HAVING count(*) > 1
      ) c`;
    const inDatabase = await db.meeting.count({ where: { eventId: event.id, roundId: { not: null } } });
    mustMeetPlaced = await db.meeting.count({ where: { eventId: event.id, roundId: { not: null }, mustMeet: true } });
    if (clashes[0].n !== 0 || inDatabase !== scheduled) throw new Error(`clashes ${clashes[0].n}, placed ${inDatabase} of ${scheduled}`);
  }
  return {
    businesses: visiting + host,
    requests,
    tables,
    rounds,
    scheduled,
    ms: Math.round(median(full)),
    plan_ms: Math.round(median(plan)),
    must_meet: mustMeet,
    must_meet_scheduled: mustMeetPlaced,
    baseline_scheduled: baselineScheduled,
    baseline_must_meet_scheduled: baselineMustMeetPlaced,
    baseline_ms: Math.round(median(baseline)),
  };
}

const balikpapan = await measureCase(72, 100, 600, 12, 16);
const large = await measureCase(1_000, 1_000, 20_000, 100, 16);
await close();

for (const [name, c] of [
  ["Balikpapan", balikpapan],
  ["large", large],
] as const)
  console.log(
    `${name.padEnd(10)} ${c.businesses} businesses, ${c.requests} requests, ${c.tables} tables × ${c.rounds} rounds: ` +
      `scheduler ${c.scheduled} placed (must-meet ${c.must_meet_scheduled}/${c.must_meet}) in ${c.ms} ms (planning ${c.plan_ms} ms)   ` +
      `baseline first-fit ${c.baseline_scheduled} placed (must-meet ${c.baseline_must_meet_scheduled}/${c.must_meet}) in ${c.baseline_ms} ms`,
  );
console.log(`database: ${target.kind}, median of ${runs} runs; target: the large case in ≤ 10,000 ms, placing at least as many as the baseline`);
console.log(JSON.stringify({ bench: "matching", database: target.kind, ...large, balikpapan }));
