import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { eventSlug } from "@/lib/events/schema";
import type { MeetingStatus, Prisma } from "@/lib/generated/prisma/client";
import { rankPairs } from "./rank";
import { readLineMatches } from "./suggest";
import { acceptedPotential } from "./target";

// What the business matching's pages read. Every query is scoped by the mission, in its where.

/** A business as the matching shows it: name, side, sector, whether it has come. No contact data. */
const party = {
  select: { id: true, name: true, representative: true, sector: true, badgeCode: true, checkedInAt: true, side: { select: { shortName: true, role: true } } },
} as const;
const line = { select: { id: true, kind: true, commodity: true, sector: true, estimatedValue: true, quantity: true, unit: true } } as const;
const place = {
  table: { select: { id: true, number: true, name: true } },
  round: { select: { id: true, number: true, startsAt: true, endsAt: true } },
} as const;

const meetingView = {
  id: true,
  status: true,
  category: true,
  commodity: true,
  sector: true,
  potential: true,
  mustMeet: true,
  requestedBy: true,
  publishedAt: true,
  attendanceAt: true,
  outcome: true,
  outcomeNote: true,
  cancelReason: true,
  visitingBusiness: party,
  hostBusiness: party,
  visitingLine: line,
  hostLine: line,
  ...place,
} satisfies Prisma.MeetingSelect;
export type MeetingView = Prisma.MeetingGetPayload<{ select: typeof meetingView }>;

/** The lines a business lists, newest last. */
export async function tradeLinesOf(eventId: string, businessId: string) {
  const db = await getDb();
  return db.tradeLine.findMany({ where: { eventId, businessId, removedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...line });
}

export const meetingFilters = z.object({
  status: z.enum(["REQUESTED", "ACCEPTED", "DECLINED", "HELD", "NO_SHOW", "CANCELLED"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export const MEETINGS_PAGE = 50;

/** The mission's meetings (pairs accepted, requested, declined …), must-meet and larger potential first. */
export async function listMeetings(eventId: string, filters: z.output<typeof meetingFilters>) {
  const db = await getDb();
  const where: Prisma.MeetingWhereInput = { eventId, ...(filters.status ? { status: filters.status } : {}) };
  const [total, rows] = await Promise.all([
    db.meeting.count({ where }),
    db.meeting.findMany({
      where,
      orderBy: [{ mustMeet: "desc" }, { potential: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: (filters.page - 1) * MEETINGS_PAGE,
      take: MEETINGS_PAGE,
      select: meetingView,
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / MEETINGS_PAGE)) };
}

/** One meeting of the mission, for the signing form it opens (both parties filled in). */
export async function meetingDetail(eventId: string, meetingId: string) {
  const db = await getDb();
  return db.meeting.findFirst({ where: { id: meetingId, eventId }, select: meetingView });
}

/** A business's meetings (either side), in the order of their rounds: its agenda, and its page's list. */
export async function meetingsOfBusiness(eventId: string, businessId: string, options: { publishedOnly?: boolean } = {}) {
  const db = await getDb();
  return db.meeting.findMany({
    where: {
      eventId,
      OR: [{ visitingBusinessId: businessId }, { hostBusinessId: businessId }],
      ...(options.publishedOnly ? { publishedAt: { not: null }, status: { in: ["ACCEPTED", "HELD", "NO_SHOW"] } } : {}),
    },
    orderBy: [{ round: { number: "asc" } }, { createdAt: "asc" }],
    select: meetingView,
  });
}

/** The schedule's tables and rounds, in number order, and when the mission starts (the rounds' default day). */
export async function scheduleSetup(eventId: string) {
  const db = await getDb();
  const [rounds, tables, event] = await Promise.all([
    db.meetingRound.findMany({ where: { eventId }, orderBy: { number: "asc" } }),
    db.meetingTable.findMany({ where: { eventId }, orderBy: { number: "asc" } }),
    db.event.findUniqueOrThrow({ where: { id: eventId }, select: { startsAt: true } }),
  ]);
  return { rounds, tables, startsAt: event.startsAt };
}

/** Every placed meeting (at a table, in a round), for the schedule's grid, the table hosts and the printed sheets. */
export async function placedMeetings(eventId: string, options: { roundNumber?: number; tableNumber?: number; publishedOnly?: boolean } = {}) {
  const db = await getDb();
  return db.meeting.findMany({
    where: {
      eventId,
      roundId: { not: null },
      ...(options.roundNumber ? { round: { number: options.roundNumber } } : {}),
      ...(options.tableNumber ? { table: { number: options.tableNumber } } : {}),
      ...(options.publishedOnly ? { publishedAt: { not: null } } : {}),
    },
    orderBy: [{ round: { number: "asc" } }, { table: { number: "asc" } }],
    select: meetingView,
  });
}

/** Accepted meetings without a table yet: what the next run of the scheduler is for. */
export async function unplacedMeetings(eventId: string) {
  const db = await getDb();
  return db.meeting.findMany({
    where: { eventId, status: "ACCEPTED", roundId: null },
    orderBy: [{ mustMeet: "desc" }, { potential: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: meetingView,
  });
}

/** Agendas to print: each business (of a side, or one) with its placed meetings, in round order. */
export async function agendas(eventId: string, filters: { side?: string; businessId?: string }) {
  const db = await getDb();
  const businesses = await db.business.findMany({
    where: {
      eventId,
      ...(filters.side ? { side: { code: filters.side } } : {}),
      ...(filters.businessId ? { id: filters.businessId } : {}),
      OR: [{ visitingMeetings: { some: { roundId: { not: null } } } }, { hostMeetings: { some: { roundId: { not: null } } } }],
    },
    orderBy: [{ side: { role: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, representative: true, badgeCode: true, side: { select: { shortName: true, province: true, role: true } } },
  });
  const meetings = await placedMeetings(eventId);
  return businesses.map((business) => ({
    business,
    meetings: meetings.filter((m) => m.visitingBusiness.id === business.id || m.hostBusiness.id === business.id),
  }));
}

/** Counts of every stage of the funnel, and by sector, from offers and needs to what was realised. */
export interface FunnelStage {
  suggested: number;
  accepted: number;
  scheduled: number;
  held: number;
  noShow: number;
  /** Signed, non-void commitments recorded from a meeting, and their value and realisation. */
  deals: number;
  committed: bigint;
  realised: bigint;
}
export interface Funnel extends FunnelStage {
  potential: bigint;
  bySector: (FunnelStage & { sector: string })[];
}

const ACCEPTED: MeetingStatus[] = ["ACCEPTED", "HELD", "NO_SHOW"];

/**
 * The business matching's funnel: pairs suggested (from the lines as they stand), accepted, scheduled
 * (placed at a table), held, deals signed from those meetings, rupiah committed by those deals and
 * realised since; overall and by the sector of the pair.
 */
export async function matchingFunnel(eventId: string): Promise<Funnel> {
  const db = await getDb();
  const [suggestions, meetings, placed, deals, potential] = await Promise.all([
    readLineMatches(db, eventId).then(rankPairs),
    db.meeting.groupBy({
      by: ["sector", "status"],
      where: { eventId, status: { in: ACCEPTED } },
      _count: { _all: true },
    }),
    db.meeting.groupBy({ by: ["sector"], where: { eventId, status: { in: ACCEPTED }, roundId: { not: null } }, _count: { _all: true } }),
    db.$queryRaw<{ sector: string; deals: number; committed: string; realised: string }[]>`
      SELECT m.sector, count(c.id)::int AS deals, coalesce(sum(c.value), 0)::text AS committed,
        coalesce(sum((SELECT sum(r.amount) FROM "Realisation" r WHERE r."commitmentId" = c.id)), 0)::text AS realised
      FROM "Meeting" m JOIN "Commitment" c ON c."meetingId" = m.id AND c."eventId" = m."eventId" AND c.status = 'SIGNED'
      WHERE m."eventId" = ${eventId}
      GROUP BY m.sector`,
    acceptedPotential(db, eventId),
  ]);
  const empty = (): FunnelStage => ({ suggested: 0, accepted: 0, scheduled: 0, held: 0, noShow: 0, deals: 0, committed: 0n, realised: 0n });
  const sectors = new Map<string, FunnelStage>();
  const of = (sector: string) => sectors.get(sector) ?? sectors.set(sector, empty()).get(sector)!;
  for (const pair of suggestions) of(pair.sector).suggested++;
  for (const row of meetings) {
    const stage = of(row.sector);
    stage.accepted += row._count._all;
    if (row.status === "HELD") stage.held += row._count._all;
    if (row.status === "NO_SHOW") stage.noShow += row._count._all;
  }
  for (const row of placed) of(row.sector).scheduled += row._count._all;
  for (const row of deals) {
    const stage = of(row.sector);
    stage.deals += row.deals;
    stage.committed += BigInt(row.committed);
    stage.realised += BigInt(row.realised);
  }
  const bySector = [...sectors]
    .map(([sector, stage]) => ({ sector, ...stage }))
    .sort((a, b) => (b.committed > a.committed ? 1 : b.committed < a.committed ? -1 : b.accepted - a.accepted || a.sector.localeCompare(b.sector)));
  const total = bySector.reduce(
    (sum, s) => ({
      suggested: sum.suggested + s.suggested,
      accepted: sum.accepted + s.accepted,
      scheduled: sum.scheduled + s.scheduled,
      held: sum.held + s.held,
      noShow: sum.noShow + s.noShow,
      deals: sum.deals + s.deals,
      committed: sum.committed + s.committed,
      realised: sum.realised + s.realised,
    }),
    empty(),
  );
  return { ...total, potential: potential.potential, bySector };
}

/** Held meetings with the deals signed there, for recording what came of them. */
export async function heldMeetings(eventId: string, page: number) {
  const db = await getDb();
  const where: Prisma.MeetingWhereInput = { eventId, status: "HELD" };
  const [total, rows] = await Promise.all([
    db.meeting.count({ where }),
    db.meeting.findMany({
      where,
      orderBy: [{ round: { number: "asc" } }, { table: { number: "asc" } }],
      skip: (page - 1) * MEETINGS_PAGE,
      take: MEETINGS_PAGE,
      select: {
        ...meetingView,
        commitments: { where: { status: "SIGNED" }, select: { id: true, value: true, realisations: { select: { amount: true } } } },
      },
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / MEETINGS_PAGE)) };
}

/**
 * The hall screen's rounds: the one under way (or none), and the next, with their published meetings:
 * table, and the two businesses' names and sides. Public: no contact data, no values.
 */
export async function hallScreen(slug: string, now: Date) {
  const parsed = eventSlug.safeParse(slug);
  if (!parsed.success) return null;
  const db = await getDb();
  const event = await db.event.findUnique({
    where: { slug: parsed.data },
    select: { id: true, name: true, slug: true, timeZone: true, status: true, sides: { select: { role: true, shortName: true } } },
  });
  if (!event || event.status === "ARCHIVED") return null;
  const rounds = await db.meetingRound.findMany({
    where: { eventId: event.id },
    orderBy: { number: "asc" },
    select: { id: true, number: true, startsAt: true, endsAt: true },
  });
  const current = rounds.find((r) => r.startsAt <= now && now < r.endsAt) ?? null;
  const next = rounds.find((r) => r.startsAt > now) ?? null;
  const shown = [current, next].filter((r): r is NonNullable<typeof r> => r !== null);
  const meetings = await db.meeting.findMany({
    where: { eventId: event.id, publishedAt: { not: null }, status: { in: ACCEPTED }, roundId: { in: shown.map((r) => r.id) } },
    orderBy: { table: { number: "asc" } },
    select: {
      roundId: true,
      status: true,
      table: { select: { number: true, name: true } },
      visitingBusiness: { select: { name: true } },
      hostBusiness: { select: { name: true } },
    },
  });
  const withMeetings = (round: (typeof rounds)[number] | null) =>
    round && {
      ...round,
      meetings: meetings
        .filter((m) => m.roundId === round.id)
        .map((m) => ({ table: m.table!, visiting: m.visitingBusiness.name, host: m.hostBusiness.name, status: m.status })),
    };
  return {
    event: { name: event.name, slug: event.slug, timeZone: event.timeZone, sides: event.sides },
    current: withMeetings(current),
    next: withMeetings(next),
    rounds: rounds.length,
    over: rounds.length > 0 && now >= rounds.at(-1)!.endsAt,
  };
}

/** The matching page's counts: lines by kind, the businesses that listed any, meetings by status and how many are placed and published. */
export async function matchingCounts(eventId: string) {
  const db = await getDb();
  const [lines, businesses, meetings, placed, published] = await Promise.all([
    db.tradeLine.groupBy({ by: ["kind"], where: { eventId, removedAt: null }, _count: { _all: true } }),
    db.tradeLine.findMany({ where: { eventId, removedAt: null }, distinct: ["businessId"], select: { businessId: true } }),
    db.meeting.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } }),
    db.meeting.count({ where: { eventId, status: { in: ACCEPTED }, roundId: { not: null } } }),
    db.meeting.count({ where: { eventId, status: { in: ACCEPTED }, roundId: { not: null }, publishedAt: { not: null } } }),
  ]);
  const byStatus = (status: MeetingStatus) => meetings.find((m) => m.status === status)?._count._all ?? 0;
  const byKind = (kind: string) => lines.find((l) => l.kind === kind)?._count._all ?? 0;
  return {
    lines: { OFFER: byKind("OFFER"), NEED: byKind("NEED"), INVEST: byKind("INVEST") },
    businessesWithLines: businesses.length,
    meetings: {
      REQUESTED: byStatus("REQUESTED"),
      ACCEPTED: byStatus("ACCEPTED"),
      DECLINED: byStatus("DECLINED"),
      HELD: byStatus("HELD"),
      NO_SHOW: byStatus("NO_SHOW"),
      CANCELLED: byStatus("CANCELLED"),
    },
    placed,
    published,
  };
}

/** The accepted pairs' potential next to the mission's target, for setting one from the other. */
export async function potentialAndTarget(eventId: string) {
  const db = await getDb();
  const [accepted, event] = await Promise.all([
    acceptedPotential(db, eventId),
    db.event.findUniqueOrThrow({ where: { id: eventId }, select: { targetAmount: true } }),
  ]);
  return { ...accepted, target: event.targetAmount };
}
