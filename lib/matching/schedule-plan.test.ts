import { isDeepStrictEqual as isEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/random";
import { planSchedule, type PlanInput, type PlanMeeting } from "./schedule-plan";

const at = (hhmm: string) => new Date(`2026-12-10T${hhmm}:00+07:00`);
const rounds = (count: number, start = 9) =>
  Array.from({ length: count }, (_, i) => ({ id: `r${i + 1}`, number: i + 1, startsAt: at(`${String(start + i).padStart(2, "0")}:00`) }));
const tables = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `t${i + 1}`, number: i + 1 }));

function meeting(id: string, visiting: string, host: string, extra: Partial<PlanMeeting> = {}): PlanMeeting {
  return {
    id,
    visitingBusinessId: visiting,
    hostBusinessId: host,
    status: "ACCEPTED",
    mustMeet: false,
    potential: null,
    placement: null,
    published: false,
    ...extra,
  };
}

function plan(meetings: PlanMeeting[], extra: Partial<PlanInput> = {}) {
  return planSchedule({
    rounds: rounds(3),
    tables: tables(2),
    meetings,
    unavailable: new Map(),
    absent: new Set(),
    now: at("08:00"),
    movePublished: false,
    ...extra,
  });
}

/** Who is where, as "round/table" per meeting id. */
const where = (result: ReturnType<typeof plan>) => Object.fromEntries([...result.placements].map(([id, p]) => [id, p ? `${p.roundId}/${p.tableId}` : null]));

/** No business is in two places in one round, and no table holds two meetings in one round. */
function expectConsistent(result: ReturnType<typeof plan>, meetings: PlanMeeting[]) {
  const seen = new Set<string>();
  for (const m of meetings) {
    const p = result.placements.get(m.id);
    if (!p) continue;
    for (const key of [`${p.roundId}:${m.visitingBusinessId}`, `${p.roundId}:${m.hostBusinessId}`, `${p.roundId}#${p.tableId}`]) {
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  }
}

describe("the scheduler", () => {
  it("places each meeting in the earliest round both can make, at the lowest free table", () => {
    const meetings = [meeting("a", "V1", "H1"), meeting("b", "V1", "H2"), meeting("c", "V2", "H1"), meeting("d", "V2", "H2")];
    const result = plan(meetings);
    expect(where(result)).toEqual({ a: "r1/t1", b: "r2/t1", c: "r2/t2", d: "r1/t2" });
    expect(result.unplaced).toEqual([]);
    expect(result.changed.sort()).toEqual(["a", "b", "c", "d"]);
    expectConsistent(result, meetings);
  });

  it("places must-meet pairs first, then the larger potential, then by id", () => {
    // One table, one round: only one of them gets it.
    const meetings = [meeting("a", "V1", "H1", { potential: 900n }), meeting("b", "V2", "H2", { mustMeet: true, potential: 1n }), meeting("c", "V3", "H3")];
    const result = plan(meetings, { rounds: rounds(1), tables: tables(1) });
    expect(where(result)).toEqual({ a: null, b: "r1/t1", c: null });
    expect(result.unplaced).toEqual([
      { meetingId: "a", reason: "NO_FREE_TABLE" },
      { meetingId: "c", reason: "NO_FREE_TABLE" },
    ]);
    const byPotential = plan([meeting("a", "V1", "H1", { potential: 5n }), meeting("b", "V2", "H2", { potential: 7n }), meeting("c", "V3", "H3")], {
      rounds: rounds(2),
      tables: tables(1),
    });
    expect(where(byPotential)).toEqual({ b: "r1/t1", a: "r2/t1", c: null });
    const byId = plan([meeting("b", "V1", "H1"), meeting("a", "V2", "H2")], { rounds: rounds(1), tables: tables(1) });
    expect(where(byId)).toEqual({ a: "r1/t1", b: null });
  });

  it("respects each business's unavailable rounds, and says when two have no round in common", () => {
    const unavailable = new Map([
      ["V1", [1, 2]],
      ["H1", [3]],
      ["H2", [1]],
    ]);
    const result = plan([meeting("a", "V1", "H1"), meeting("b", "V1", "H2"), meeting("c", "V2", "H2")], { unavailable });
    expect(where(result)).toEqual({ a: null, b: "r3/t1", c: "r2/t1" });
    expect(result.unplaced).toEqual([{ meetingId: "a", reason: "NO_COMMON_ROUND" }]);
  });

  it("tells a full hall (NO_FREE_TABLE) from two busy businesses (NO_COMMON_ROUND)", () => {
    const meetings = [meeting("a", "V1", "H1"), meeting("b", "V2", "H2"), meeting("c", "V1", "H2"), meeting("d", "V3", "H3")];
    const result = plan(meetings, { rounds: rounds(1), tables: tables(2) });
    expect(Object.fromEntries(result.unplaced.map((u) => [u.meetingId, u.reason]))).toEqual({ c: "NO_COMMON_ROUND", d: "NO_FREE_TABLE" });
  });

  it("leaves published meetings where they are, and moves them only when asked", () => {
    const meetings = [meeting("a", "V1", "H1", { placement: { roundId: "r3", tableId: "t2" }, published: true }), meeting("b", "V1", "H2")];
    const kept = plan(meetings);
    expect(where(kept)).toEqual({ a: "r3/t2", b: "r1/t1" });
    expect(kept.changed).toEqual(["b"]);
    const moved = plan(meetings, { movePublished: true });
    expect(where(moved)).toEqual({ a: "r3/t2", b: "r1/t1" });
    // Asked to plan everything again with one table left, the published one is placed in turn like the others.
    const crowded = plan([meeting("z", "V9", "H9", { mustMeet: true }), ...meetings], { movePublished: true, rounds: rounds(3), tables: tables(1) });
    expect(where(crowded)).toEqual({ z: "r1/t1", a: "r2/t1", b: "r3/t1" });
    expect(crowded.changed.sort()).toEqual(["a", "b", "z"]);
  });

  it("keeps an unpublished meeting in its earlier place when it is still free, so a re-run moves little", () => {
    const meetings = [meeting("a", "V1", "H1", { placement: { roundId: "r2", tableId: "t2" } }), meeting("b", "V2", "H2")];
    const result = plan(meetings);
    expect(where(result)).toEqual({ a: "r2/t2", b: "r1/t1" });
    expect(result.changed).toEqual(["b"]);
  });

  it("moves a published meeting whose business became unavailable in its round, or whose table is gone", () => {
    const published = { published: true };
    const meetings = [
      meeting("a", "V1", "H1", { placement: { roundId: "r1", tableId: "t1" }, ...published }),
      meeting("b", "V2", "H2", { placement: { roundId: "r1", tableId: "t9" }, ...published }),
    ];
    const result = plan(meetings, { unavailable: new Map([["H1", [1]]]) });
    expect(where(result)).toEqual({ a: "r2/t1", b: "r1/t1" });
    expect(result.changed.sort()).toEqual(["a", "b"]);
  });

  it("keeps held and missed meetings, and meetings in rounds under way, and places nothing in a round that has begun", () => {
    const meetings = [
      meeting("held", "V1", "H1", { status: "HELD", placement: { roundId: "r1", tableId: "t1" } }),
      meeting("missed", "V2", "H2", { status: "NO_SHOW", placement: { roundId: "r1", tableId: "t2" } }),
      meeting("now", "V3", "H3", { placement: { roundId: "r2", tableId: "t1" } }),
      meeting("new", "V1", "H2"),
    ];
    const result = plan(meetings, { now: at("10:30"), tables: tables(3) });
    expect(where(result)).toEqual({ held: "r1/t1", missed: "r1/t2", now: "r2/t1", new: "r3/t1" });
    expect(result.changed).toEqual(["new"]);
    const late = plan([meeting("x", "V1", "H1")], { now: at("11:00") });
    expect(result.unplaced).toEqual([]);
    expect(late.unplaced).toEqual([{ meetingId: "x", reason: "NO_ROUNDS_LEFT" }]);
  });

  it("leaves out the meetings of businesses that did not come, published or not, when asked", () => {
    const meetings = [
      meeting("a", "V1", "H1", { placement: { roundId: "r1", tableId: "t1" }, published: true }),
      meeting("b", "V2", "H1"),
      meeting("c", "V2", "H2"),
    ];
    const result = plan(meetings, { absent: new Set(["V1"]) });
    expect(where(result)).toEqual({ a: null, b: "r1/t1", c: "r2/t1" });
    expect(result.unplaced).toEqual([{ meetingId: "a", reason: "NOT_CHECKED_IN" }]);
    expect(result.changed.sort()).toEqual(["a", "b", "c"]);
  });

  it("says when there are no rounds or no tables", () => {
    expect(plan([meeting("a", "V1", "H1")], { rounds: [] }).unplaced).toEqual([{ meetingId: "a", reason: "NO_ROUNDS" }]);
    expect(plan([meeting("a", "V1", "H1")], { tables: [] }).unplaced).toEqual([{ meetingId: "a", reason: "NO_TABLES" }]);
  });

  it("never puts a business in two places or two meetings at one table, however crowded", () => {
    const meetings: PlanMeeting[] = [];
    for (let v = 0; v < 12; v++)
      for (let h = 0; h < 12; h++)
        if ((v * 7 + h * 3) % 4 === 0) meetings.push(meeting(`m${v}-${h}`, `V${v}`, `H${h}`, { mustMeet: (v + h) % 5 === 0, potential: BigInt(v * h) }));
    const unavailable = new Map([
      ["V3", [1, 2]],
      ["H5", [4]],
    ]);
    const result = plan(meetings, { rounds: rounds(6), tables: tables(5), unavailable });
    expectConsistent(result, meetings);
    for (const m of meetings) {
      const p = result.placements.get(m.id);
      if (!p) continue;
      const number = Number(p.roundId.slice(1));
      expect(unavailable.get(m.visitingBusinessId) ?? []).not.toContain(number);
      expect(unavailable.get(m.hostBusinessId) ?? []).not.toContain(number);
    }
    // Every meeting is placed or explained.
    const placed = meetings.filter((m) => result.placements.get(m.id));
    expect(placed.length + result.unplaced.length).toBe(meetings.length);
    // Must-meet pairs never lose a table to one that is not.
    const mustUnplaced = result.unplaced.filter((u) => meetings.find((m) => m.id === u.meetingId)!.mustMeet);
    expect(mustUnplaced.every((u) => u.reason === "NO_COMMON_ROUND")).toBe(true);
  });

  it("on 300 random halls (published, held and absent businesses, blocked rounds, a round under way), keeps every rule", () => {
    // The same 300 halls on every run, so a failure can be read again.
    const random = seededRandom(17).below;
    for (let hall = 0; hall < 300; hall++) {
      const roundCount = 1 + random(6);
      const tableCount = 1 + random(4);
      const hallRounds = rounds(roundCount);
      const hallTables = tables(tableCount);
      const visiting = Array.from({ length: 1 + random(6) }, (_, i) => `V${i}`);
      const hosts = Array.from({ length: 1 + random(6) }, (_, i) => `H${i}`);
      const unavailable = new Map([...visiting, ...hosts].filter(() => random(4) === 0).map((b) => [b, [1 + random(roundCount)]]));
      const absent = new Set([...visiting, ...hosts].filter(() => random(8) === 0));
      const someRound = () => `r${1 + random(roundCount)}`;
      const someTable = () => `t${1 + random(tableCount + 1)}`; // sometimes a table that is gone
      const meetings: PlanMeeting[] = [];
      for (const v of visiting)
        for (const h of hosts) {
          if (random(3) === 0) continue;
          const kind = random(10);
          const placement = kind < 4 ? { roundId: someRound(), tableId: someTable() } : null;
          meetings.push(
            meeting(`${v}-${h}`, v, h, {
              status: kind === 0 && placement ? (random(2) ? "HELD" : "NO_SHOW") : "ACCEPTED",
              mustMeet: random(5) === 0,
              potential: random(3) ? BigInt(random(1000)) : null,
              placement,
              published: placement !== null && random(2) === 0,
            }),
          );
        }
      // What happened is consistent (the database's unique indexes see to that): drop clashing ones.
      const happenedAt = new Set<string>();
      const input = meetings.filter((m) => {
        if (m.status === "ACCEPTED" || !m.placement) return true;
        const keys = [
          `${m.placement.roundId}:${m.visitingBusinessId}`,
          `${m.placement.roundId}:${m.hostBusinessId}`,
          `${m.placement.roundId}#${m.placement.tableId}`,
        ];
        if (keys.some((k) => happenedAt.has(k))) return false;
        keys.forEach((k) => happenedAt.add(k));
        return true;
      });
      const movePublished = random(4) === 0;
      const now = random(3) === 0 ? at("10:30") : at("08:00"); // sometimes rounds 1 and 2 have begun
      const result = plan(input, { rounds: hallRounds, tables: hallTables, unavailable, absent, now, movePublished });
      const context = `hall ${hall}`;

      expectConsistent(result, input);
      const unplaced = new Map(result.unplaced.map((u) => [u.meetingId, u.reason]));
      for (const m of input) {
        const p = result.placements.get(m.id) ?? null;
        // Placed or explained, never both.
        expect(p === null, `${context} ${m.id}`).toBe(unplaced.has(m.id));
        // What happened never moves.
        if (m.status !== "ACCEPTED") expect(p, `${context} ${m.id}`).toEqual(m.placement);
        if (m.status !== "ACCEPTED" || !p) continue;
        const round = hallRounds.find((r) => r.id === p.roundId)!;
        expect(
          hallTables.some((t) => t.id === p.tableId),
          `${context} ${m.id}`,
        ).toBe(true);
        const begun = round.startsAt.getTime() <= now.getTime();
        // A meeting is never put into a round that has begun; one already there may stay.
        if (begun) expect(p, `${context} ${m.id}`).toEqual(m.placement);
        else {
          expect(unavailable.get(m.visitingBusinessId) ?? [], context).not.toContain(round.number);
          expect(unavailable.get(m.hostBusinessId) ?? [], context).not.toContain(round.number);
          expect(absent.has(m.visitingBusinessId) || absent.has(m.hostBusinessId), context).toBe(false);
        }
      }
      // A published meeting moves, unless asked, only when its place cannot hold it any more: its table
      // is gone, one of the two cannot come then or at all, or a meeting kept in place needs it.
      if (!movePublished)
        for (const m of input.filter((m) => m.status === "ACCEPTED" && m.published && m.placement)) {
          const was = m.placement!;
          if (isEqual(result.placements.get(m.id), was)) continue;
          const round = hallRounds.find((r) => r.id === was.roundId)!;
          const businesses = [m.visitingBusinessId, m.hostBusinessId];
          const keptThere = input.some((other) => {
            const p = result.placements.get(other.id);
            return (
              other.id !== m.id &&
              p &&
              isEqual(p, other.placement) &&
              p.roundId === was.roundId &&
              (p.tableId === was.tableId || businesses.includes(other.visitingBusinessId) || businesses.includes(other.hostBusinessId))
            );
          });
          const cannot = businesses.some((b) => absent.has(b) || (unavailable.get(b) ?? []).includes(round.number));
          expect(keptThere || cannot || !hallTables.some((t) => t.id === was.tableId), `${context} ${m.id} moved`).toBe(true);
        }
      // "changed" is exactly the meetings whose place differs.
      const differs = input.filter((m) => {
        const p = result.placements.get(m.id) ?? null;
        return p?.roundId !== m.placement?.roundId || p?.tableId !== m.placement?.tableId;
      });
      expect(result.changed.sort(), context).toEqual(differs.map((m) => m.id).sort());
    }
  });
});
