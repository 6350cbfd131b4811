// The scheduler of the business matching: every accepted meeting a table and a round, no business in
// two places at once, "harus bertemu" (must-meet) pairs first, each business's unavailable rounds
// respected, and what cannot be placed listed with the reason. Plain module: a pure function of the
// mission's tables, rounds and meetings, so the rules are tested without a database (run-schedule.ts
// reads and writes them).
import { byPotential } from "./rank";

export interface PlanRound {
  id: string;
  number: number;
  startsAt: Date;
}

export interface PlanTable {
  id: string;
  number: number;
}

export interface Placement {
  roundId: string;
  tableId: string;
}

export interface PlanMeeting {
  id: string;
  visitingBusinessId: string;
  hostBusinessId: string;
  /** ACCEPTED meetings are placed; HELD and NO_SHOW ones have happened and stay where they were. */
  status: "ACCEPTED" | "HELD" | "NO_SHOW";
  mustMeet: boolean;
  potential: bigint | null;
  placement: Placement | null;
  published: boolean;
}

export interface PlanInput {
  rounds: PlanRound[];
  tables: PlanTable[];
  meetings: PlanMeeting[];
  /** Round numbers in which a business cannot meet anyone. */
  unavailable: ReadonlyMap<string, readonly number[]>;
  /** Businesses that will not come (not checked in, when the organizer leaves them out): their meetings are not placed. */
  absent: ReadonlySet<string>;
  /** A round that has started takes no new meeting, and the meetings in it stay. */
  now: Date;
  /** Published meetings may move too (the organizer asked to plan everything again). */
  movePublished: boolean;
}

export type UnplacedReason =
  /** The mission has no rounds, or no tables, yet. */
  | "NO_ROUNDS"
  | "NO_TABLES"
  /** Every round has started. */
  | "NO_ROUNDS_LEFT"
  /** One of the two has not checked in, and the organizer left such businesses out. */
  | "NOT_CHECKED_IN"
  /** In every round left, one of the two is busy or unavailable. */
  | "NO_COMMON_ROUND"
  /** Both are free in some rounds, but every table is taken in those. */
  | "NO_FREE_TABLE";

export interface Plan {
  /** Where each ACCEPTED, HELD or NO_SHOW meeting is, after the run (null: not placed). */
  placements: Map<string, Placement | null>;
  unplaced: { meetingId: string; reason: UnplacedReason }[];
  /** Meetings whose placement the run changed: placed, moved or taken off the schedule. */
  changed: string[];
}

/**
 * Plans the schedule. Meetings that happened, meetings in rounds under way, and published meetings
 * still valid (unless `movePublished`) stay where they are. The others are placed in turn (must-meet
 * first, then the larger potential first), each in its earlier place if that is still free, else in
 * the earliest round both businesses can make with a free table (the lowest-numbered).
 */
export function planSchedule(input: PlanInput): Plan {
  const roundById = new Map(input.rounds.map((r) => [r.id, r]));
  const tableIds = new Set(input.tables.map((t) => t.id));
  const rounds = [...input.rounds].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.number - b.number);
  const tables = [...input.tables].sort((a, b) => a.number - b.number);
  const started = (round: PlanRound) => round.startsAt.getTime() <= input.now.getTime();
  const unavailableIn = (businessId: string, round: PlanRound) => (input.unavailable.get(businessId) ?? []).includes(round.number);
  const absent = (m: PlanMeeting) => input.absent.has(m.visitingBusinessId) || input.absent.has(m.hostBusinessId);

  const busy = new Map<string, Set<string>>(); // business → rounds it meets someone in
  const taken = new Map<string, Set<string>>(); // round → its tables in use
  const occupy = (m: PlanMeeting, at: Placement) => {
    for (const business of [m.visitingBusinessId, m.hostBusinessId]) busy.set(business, (busy.get(business) ?? new Set()).add(at.roundId));
    taken.set(at.roundId, (taken.get(at.roundId) ?? new Set()).add(at.tableId));
  };
  const free = (m: PlanMeeting, at: Placement) =>
    !busy.get(m.visitingBusinessId)?.has(at.roundId) && !busy.get(m.hostBusinessId)?.has(at.roundId) && !taken.get(at.roundId)?.has(at.tableId);

  const placements = new Map<string, Placement | null>();
  const unplaced: Plan["unplaced"] = [];
  const valid = (m: PlanMeeting, at: Placement | null): at is Placement => {
    const round = at && roundById.get(at.roundId);
    return !!round && tableIds.has(at.tableId) && !unavailableIn(m.visitingBusinessId, round) && !unavailableIn(m.hostBusinessId, round);
  };
  // What happened stays where it was.
  for (const m of input.meetings.filter((m) => m.status !== "ACCEPTED")) {
    placements.set(m.id, m.placement);
    if (m.placement) occupy(m, m.placement);
  }
  // So does an accepted meeting in a round under way, and a published one that still holds.
  const stays = (m: PlanMeeting, at: Placement | null): at is Placement => {
    const round = at && roundById.get(at.roundId);
    if (!round || !tableIds.has(at.tableId) || !free(m, at)) return false;
    return started(round) || (m.published && !input.movePublished && !absent(m) && valid(m, at));
  };
  const toPlace: PlanMeeting[] = [];
  for (const m of input.meetings.filter((m) => m.status === "ACCEPTED")) {
    if (stays(m, m.placement)) {
      occupy(m, m.placement);
      placements.set(m.id, m.placement);
    } else toPlace.push(m);
  }

  toPlace.sort((a, b) => Number(b.mustMeet) - Number(a.mustMeet) || byPotential(a.potential, b.potential) || a.id.localeCompare(b.id));
  const open = rounds.filter((r) => !started(r));
  for (const m of toPlace) {
    const reason = placeOne(m);
    if (reason) {
      placements.set(m.id, null);
      unplaced.push({ meetingId: m.id, reason });
    }
  }

  function placeOne(m: PlanMeeting): UnplacedReason | null {
    if (rounds.length === 0) return "NO_ROUNDS";
    if (tables.length === 0) return "NO_TABLES";
    if (open.length === 0) return "NO_ROUNDS_LEFT";
    if (absent(m)) return "NOT_CHECKED_IN";
    const both = open.filter(
      (r) =>
        !unavailableIn(m.visitingBusinessId, r) &&
        !unavailableIn(m.hostBusinessId, r) &&
        !busy.get(m.visitingBusinessId)?.has(r.id) &&
        !busy.get(m.hostBusinessId)?.has(r.id),
    );
    if (both.length === 0) return "NO_COMMON_ROUND";
    // Its earlier place first, so a re-run moves as little as it can.
    const earlier = m.placement && both.some((r) => r.id === m.placement!.roundId) && valid(m, m.placement) && free(m, m.placement) ? m.placement : null;
    const at = earlier ?? firstFree(both);
    if (!at) return "NO_FREE_TABLE";
    occupy(m, at);
    placements.set(m.id, at);
    return null;
  }

  function firstFree(candidates: PlanRound[]): Placement | null {
    for (const round of candidates) {
      // A full round is passed over at once: a big hall's scheduling stays a matter of milliseconds.
      if ((taken.get(round.id)?.size ?? 0) >= tables.length) continue;
      const table = tables.find((t) => !taken.get(round.id)?.has(t.id));
      if (table) return { roundId: round.id, tableId: table.id };
    }
    return null;
  }

  const changed = input.meetings
    .filter((m) => {
      const after = placements.get(m.id) ?? null;
      return after?.roundId !== m.placement?.roundId || after?.tableId !== m.placement?.tableId;
    })
    .map((m) => m.id);
  return { placements, unplaced, changed };
}
