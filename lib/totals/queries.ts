import "server-only";
import { PARTY_KINDS } from "@/lib/agreements/party-kinds";
import { getDb } from "@/lib/db/client";
import { eventSlug } from "@/lib/events/schema";
import { Prisma, type CommitmentCategory, type PartyKind } from "@/lib/generated/prisma/client";

export const CATEGORIES = ["SELL", "BUY", "INVEST"] as const satisfies readonly CommitmentCategory[];

export interface EventTotals {
  event: { slug: string; name: string; venue: string; city: string; timeZone: string; startsAt: Date; endsAt: Date };
  total: bigint;
  byCategory: Record<CommitmentCategory, bigint>;
  /** Signed, non-void commitments. */
  commitments: number;
  /** Active (non-void) cooperation agreements (PKS). */
  agreements: number;
  /** The distinct parties of those agreements, by kind (agencies, BUMD, associations, others). */
  agreementParties: Record<PartyKind, number>;
  businesses: { code: string; shortName: string; province: string; role: "VISITING" | "HOST"; registered: number; checkedIn: number; quota: number }[];
  /** The latest frozen official figure, if the organizer has frozen one. */
  official: OfficialSnapshot | null;
  /** The latest interim figure announced ("hingga pukul 12.00 WITA"), if any: the ledger as it stood at `asOf`. */
  interim: InterimSnapshot | null;
  /** The event's target, if it has one. */
  target: bigint | null;
  /** This mission's place among the missions not archived (its figure: official once frozen, else running). */
  milestones: { rank: { position: number; of: number } };
  /** Signed, non-void commitments by sector, largest first. */
  bySector: { sector: string; total: bigint }[];
  /** Signed commitments announced per month or per year: their count and values (one period each), already inside the total. */
  recurring: { count: number; total: bigint };
  /** The business matching's meetings: published at a table, held, and missed (counts only). */
  meetings: { scheduled: number; held: number; noShow: number };
  /** The latest signings, newest first, for the board's ticker: business names, category, value only. */
  latest: { visiting: string; host: string; category: CommitmentCategory; value: bigint; signedAt: Date }[];
  updatedAt: Date;
}

export interface InterimSnapshot {
  asOf: Date;
  publishedAt: Date;
  total: bigint;
  byCategory: Record<CommitmentCategory, bigint>;
  commitments: number;
  note: string | null;
}

export interface OfficialSnapshot {
  frozenAt: Date;
  total: bigint;
  byCategory: Record<CommitmentCategory, bigint>;
  commitments: number;
  agreements: number;
  note: string | null;
  /**
   * By sector as frozen, largest first: worked out from the ledger (today's sums, less what was
   * signed after the freeze, plus what was in it and voided since), so it adds up to the total.
   */
  bySector: { sector: string; total: bigint }[];
  /** Since the freeze: commitments signed after it (counted now, not in the official figure), and ones in it voided after it. */
  since: { signed: { count: number; total: bigint }; voided: { count: number; total: bigint } };
}

/**
 * Which commitments the figure counts, as a condition on "Commitment": signed and not void (now),
 * or, at `asOf`, signed by then and not yet voided then. One rule for the totals, their `asOf`, the
 * target's moment and the interim announcements.
 */
export function countedInFigure(asOf?: Date | null): Prisma.Sql {
  return asOf ? Prisma.sql`"signedAt" <= ${asOf} AND (status = 'SIGNED' OR (status = 'VOID' AND "voidedAt" > ${asOf}))` : Prisma.sql`status = 'SIGNED'`;
}

/**
 * The event's figures from the ledger: the sums of signed (not void) commitments, which the database
 * maintains in the same transaction as every change (CommitmentTotal), and the counts. One SQL
 * statement: one round trip, and one snapshot, so the parts always agree with each other.
 *
 * `asOf`: the ledger as it stood at that moment instead, summed from the rows themselves: what was
 * signed by then and not yet voided then, the businesses registered and checked in by then, the
 * agreements in force then, and the official figure frozen by then (the midday figure, a recap).
 */
export async function eventTotals(slug: string, options: { asOf?: Date } = {}): Promise<EventTotals | null> {
  const parsed = eventSlug.safeParse(slug);
  if (!parsed.success) return null; // cannot name an event: no query needed
  const db = await getDb();
  const asOf = options.asOf ?? null;
  // A commitment counted in the figure (at asOf, or now).
  const counted = countedInFigure(asOf);
  const sums = asOf
    ? Prisma.sql`SELECT category, sector, count(*)::int AS count, sum(value) AS total, ${asOf}::timestamptz AS "updatedAt" FROM "Commitment"
        WHERE "eventId" = (SELECT id FROM e) AND ${counted} GROUP BY category, sector`
    : Prisma.sql`SELECT category, sector, count, total, "updatedAt" FROM "CommitmentTotal" WHERE "eventId" = (SELECT id FROM e) AND count > 0`;
  const registeredBy = asOf ? Prisma.sql`AND b."createdAt" <= ${asOf}` : Prisma.empty;
  const checkedInBy = asOf ? Prisma.sql`AND b."checkedInAt" <= ${asOf}` : Prisma.sql`AND b."checkedInAt" IS NOT NULL`;
  const frozenBy = asOf ? Prisma.sql`AND "frozenAt" <= ${asOf}` : Prisma.empty;
  const publishedBy = asOf ? Prisma.sql`AND "publishedAt" <= ${asOf}` : Prisma.empty;
  const voidedBy = asOf ? Prisma.sql`AND "voidedAt" <= ${asOf}` : Prisma.empty;
  const inForce = asOf ? Prisma.sql`"createdAt" <= ${asOf} AND (status = 'ACTIVE' OR "voidedAt" > ${asOf})` : Prisma.sql`status = 'ACTIVE'`;
  const meetingPublishedBy = asOf ? Prisma.sql`AND "publishedAt" <= ${asOf}` : Prisma.empty;
  const meetingMarkedBy = asOf ? Prisma.sql`AND "attendanceAt" <= ${asOf}` : Prisma.empty;
  const [row] = await db.$queryRaw<{ snapshot: string | null }[]>`
    WITH e AS (
      SELECT id, slug, name, venue, city, "timeZone", "startsAt", "endsAt", "updatedAt", "targetAmount"::text AS target FROM "Event" WHERE slug = ${parsed.data}
    ), sums AS (
      ${sums}
    ), sides AS (
      SELECT s.code, s."shortName", s.province, s.role, s.quota,
        (SELECT count(*) FROM "Business" b WHERE b."eventId" = s."eventId" AND b."sideId" = s.id ${registeredBy}) AS registered,
        (SELECT count(*) FROM "Business" b WHERE b."eventId" = s."eventId" AND b."sideId" = s.id ${checkedInBy}) AS "checkedIn",
        (SELECT max(b."updatedAt") FROM "Business" b WHERE b."eventId" = s."eventId" AND b."sideId" = s.id) AS changed
      FROM "EventSide" s WHERE s."eventId" = (SELECT id FROM e)
    ), official AS (
      SELECT * FROM "OfficialFigure" WHERE "eventId" = (SELECT id FROM e) ${frozenBy} ORDER BY "frozenAt" DESC LIMIT 1
    ), latest AS (
      -- By the index (eventId, status, signedAt): the newest few, with no sort of the ledger.
      SELECT c.category, c.value, c."signedAt", c."visitingBusinessId", c."hostBusinessId" FROM "Commitment" c
      WHERE c."eventId" = (SELECT id FROM e) AND ${counted} ORDER BY c."signedAt" DESC LIMIT 8
    )
    SELECT json_build_object(
      'event', (SELECT row_to_json(e) FROM e),
      'sums', (SELECT coalesce(json_agg(json_build_object('category', category, 'sector', sector, 'count', count, 'total', total::text, 'updatedAt', "updatedAt")), '[]') FROM sums),
      'sides', (SELECT coalesce(json_agg(json_build_object('code', code, 'shortName', "shortName", 'province', province, 'role', role, 'quota', quota, 'registered', registered, 'checkedIn', "checkedIn", 'changed', changed) ORDER BY role), '[]') FROM sides),
      'recurring', (SELECT json_build_object('count', count(*), 'total', coalesce(sum(value), 0)::text) FROM "Commitment"
        WHERE "eventId" = (SELECT id FROM e) AND ${counted} AND recurrence <> 'ONE_OFF'),
      'interim', (SELECT json_build_object('asOf', i."asOf", 'publishedAt', i."publishedAt", 'total', i.total::text, 'sell', i.sell::text, 'buy', i.buy::text,
          'invest', i.invest::text, 'commitments', i.commitments, 'note', i.note)
        FROM "InterimFigure" i WHERE i."eventId" = (SELECT id FROM e) ${publishedBy} ORDER BY i."asOf" DESC, i."publishedAt" DESC LIMIT 1),
      -- Each mission's figure (official once frozen, else running) against the others not archived.
      'rank', (SELECT json_build_object('position', 1 + count(*) FILTER (WHERE other.total > mine.total), 'of', 1 + count(*)) FROM (
          SELECT coalesce((SELECT o.total FROM "OfficialFigure" o WHERE o."eventId" = ev.id ORDER BY o."frozenAt" DESC LIMIT 1),
                          (SELECT sum(t.total) FROM "CommitmentTotal" t WHERE t."eventId" = ev.id), 0) AS total
          FROM "Event" ev WHERE ev.status <> 'ARCHIVED' AND ev.id <> (SELECT id FROM e)) other,
        (SELECT coalesce((SELECT total FROM official), (SELECT sum(total) FROM sums), 0) AS total) mine),
      'agreementParties', (SELECT coalesce(json_object_agg(kind, parties), '{}') FROM (
        SELECT p.kind, count(DISTINCT p.id) AS parties FROM "Agreement" a JOIN "AgreementParty" p ON p.id IN (a."visitingPartyId", a."hostPartyId")
        WHERE a."eventId" = (SELECT id FROM e) AND ${inForce} GROUP BY p.kind) kinds),
      'agreements', (SELECT json_build_object('active', count(*) FILTER (WHERE ${inForce}), 'changed', max("updatedAt")) FROM "Agreement" WHERE "eventId" = (SELECT id FROM e)),
      'meetings', (SELECT json_build_object(
          -- At a table: published, or already held or missed there.
          'scheduled', count(*) FILTER (WHERE "roundId" IS NOT NULL AND (
            (status IN ('ACCEPTED', 'HELD', 'NO_SHOW') AND "publishedAt" IS NOT NULL ${meetingPublishedBy}) OR (status IN ('HELD', 'NO_SHOW') ${meetingMarkedBy}))),
          'held', count(*) FILTER (WHERE status = 'HELD' ${meetingMarkedBy}),
          'noShow', count(*) FILTER (WHERE status = 'NO_SHOW' ${meetingMarkedBy}),
          'changed', max("updatedAt"))
        FROM "Meeting" WHERE "eventId" = (SELECT id FROM e)),
      'official', (SELECT json_build_object(
          'frozenAt', o."frozenAt", 'total', o.total::text, 'sell', o.sell::text, 'buy', o.buy::text, 'invest', o.invest::text, 'commitments', o.commitments, 'agreements', o.agreements, 'note', o.note,
          'signedAfter', (SELECT json_build_object('count', count(*), 'total', coalesce(sum(value), 0)::text) FROM "Commitment" WHERE "eventId" = o."eventId" AND ${counted} AND "signedAt" > o."frozenAt"),
          'voidedAfter', (SELECT json_build_object('count', count(*), 'total', coalesce(sum(value), 0)::text) FROM "Commitment" WHERE "eventId" = o."eventId" AND status = 'VOID' AND "signedAt" <= o."frozenAt" AND "voidedAt" > o."frozenAt" ${voidedBy}),
          -- Two reads, each by the index (eventId, status, signedAt), of rows that cannot be in both
          -- (signed after the freeze, or before it): an OR of the two times read the whole ledger.
          'sectorsAfter', (SELECT coalesce(json_agg(json_build_object('sector', sector, 'signed', signed::text, 'voided', voided::text)), '[]') FROM (
            SELECT sector, sum(signed) AS signed, sum(voided) AS voided FROM (
              SELECT sector, value AS signed, 0 AS voided FROM "Commitment" WHERE "eventId" = o."eventId" AND ${counted} AND "signedAt" > o."frozenAt"
              UNION ALL
              SELECT sector, 0, value FROM "Commitment"
              WHERE "eventId" = o."eventId" AND status = 'VOID' AND "signedAt" <= o."frozenAt" AND "voidedAt" > o."frozenAt" ${voidedBy}
            ) after GROUP BY sector) changed)
        ) FROM official o),
      'latest', (SELECT coalesce(json_agg(json_build_object('category', l.category, 'value', l.value::text, 'signedAt', l."signedAt", 'visiting', v.name, 'host', h.name) ORDER BY l."signedAt" DESC), '[]')
        FROM latest l JOIN "Business" v ON v.id = l."visitingBusinessId" JOIN "Business" h ON h.id = l."hostBusinessId")
    )::text AS snapshot
    WHERE EXISTS (SELECT 1 FROM e)`;
  if (!row?.snapshot) return null;
  return fromSnapshot(JSON.parse(row.snapshot) as Snapshot);
}

function largestFirst(sectors: Map<string, bigint>): { sector: string; total: bigint }[] {
  return [...sectors]
    .filter(([, total]) => total > 0n)
    .map(([sector, total]) => ({ sector, total }))
    .sort((a, b) => (b.total > a.total ? 1 : b.total < a.total ? -1 : a.sector.localeCompare(b.sector)));
}

interface Snapshot {
  event: {
    slug: string;
    name: string;
    venue: string;
    city: string;
    timeZone: string;
    startsAt: string;
    endsAt: string;
    updatedAt: string;
    target: string | null;
  };
  sums: { category: CommitmentCategory; sector: string; count: number; total: string; updatedAt: string }[];
  sides: {
    code: string;
    shortName: string;
    province: string;
    role: "VISITING" | "HOST";
    quota: number;
    registered: number;
    checkedIn: number;
    changed: string | null;
  }[];
  agreements: { active: number; changed: string | null };
  meetings: { scheduled: number; held: number; noShow: number; changed: string | null };
  agreementParties: Partial<Record<PartyKind, number>>;
  rank: { position: number; of: number };
  interim: { asOf: string; publishedAt: string; total: string; sell: string; buy: string; invest: string; commitments: number; note: string | null } | null;
  recurring: { count: number; total: string };
  official: {
    frozenAt: string;
    total: string;
    sell: string;
    buy: string;
    invest: string;
    commitments: number;
    agreements: number;
    note: string | null;
    signedAfter: { count: number; total: string };
    voidedAfter: { count: number; total: string };
    sectorsAfter: { sector: string; signed: string; voided: string }[];
  } | null;
  latest: { category: CommitmentCategory; value: string; signedAt: string; visiting: string; host: string }[];
}

function fromSnapshot(snap: Snapshot): EventTotals {
  const byCategory = Object.fromEntries(
    CATEGORIES.map((c) => [c, snap.sums.filter((row) => row.category === c).reduce((sum, row) => sum + BigInt(row.total), 0n)]),
  ) as Record<CommitmentCategory, bigint>;
  const bySector = new Map<string, bigint>();
  for (const row of snap.sums) bySector.set(row.sector, (bySector.get(row.sector) ?? 0n) + BigInt(row.total));
  const o = snap.official;
  const frozenSectors = new Map(bySector);
  for (const row of o?.sectorsAfter ?? []) frozenSectors.set(row.sector, (frozenSectors.get(row.sector) ?? 0n) - BigInt(row.signed) + BigInt(row.voided));
  const official: OfficialSnapshot | null = o && {
    frozenAt: new Date(o.frozenAt),
    total: BigInt(o.total),
    byCategory: { SELL: BigInt(o.sell), BUY: BigInt(o.buy), INVEST: BigInt(o.invest) },
    commitments: o.commitments,
    agreements: o.agreements,
    note: o.note,
    bySector: largestFirst(frozenSectors),
    since: {
      signed: { count: o.signedAfter.count, total: BigInt(o.signedAfter.total) },
      voided: { count: o.voidedAfter.count, total: BigInt(o.voidedAfter.total) },
    },
  };
  const changes = [
    snap.event.updatedAt,
    snap.agreements.changed,
    snap.meetings.changed,
    o?.frozenAt ?? null,
    snap.interim?.publishedAt ?? null,
    ...snap.sums.map((row) => row.updatedAt),
    ...snap.sides.map((side) => side.changed),
  ];
  return {
    event: {
      slug: snap.event.slug,
      name: snap.event.name,
      venue: snap.event.venue,
      city: snap.event.city,
      timeZone: snap.event.timeZone,
      startsAt: new Date(snap.event.startsAt),
      endsAt: new Date(snap.event.endsAt),
    },
    total: CATEGORIES.reduce((sum, c) => sum + byCategory[c], 0n),
    byCategory,
    commitments: snap.sums.reduce((n, row) => n + row.count, 0),
    agreements: snap.agreements.active,
    agreementParties: Object.fromEntries(PARTY_KINDS.map((kind) => [kind, snap.agreementParties[kind] ?? 0])) as Record<PartyKind, number>,
    businesses: snap.sides.map(({ changed, ...side }) => side),
    official,
    interim: snap.interim && {
      asOf: new Date(snap.interim.asOf),
      publishedAt: new Date(snap.interim.publishedAt),
      total: BigInt(snap.interim.total),
      byCategory: { SELL: BigInt(snap.interim.sell), BUY: BigInt(snap.interim.buy), INVEST: BigInt(snap.interim.invest) },
      commitments: snap.interim.commitments,
      note: snap.interim.note,
    },
    target: snap.event.target === null ? null : BigInt(snap.event.target),
    milestones: { rank: snap.rank },
    bySector: largestFirst(bySector),
    recurring: { count: snap.recurring.count, total: BigInt(snap.recurring.total) },
    meetings: { scheduled: snap.meetings.scheduled, held: snap.meetings.held, noShow: snap.meetings.noShow },
    latest: snap.latest.map((c) => ({ visiting: c.visiting, host: c.host, category: c.category, value: BigInt(c.value), signedAt: new Date(c.signedAt) })),
    updatedAt: new Date(Math.max(...changes.filter((d): d is string => d !== null).map((d) => new Date(d).getTime()))),
  };
}

/** The public totals contract (GET /api/events/{slug}/totals): rupiah as decimal strings, no contact data. */
export function totalsToJson(totals: EventTotals, passed?: Date | null) {
  return {
    event: {
      slug: totals.event.slug,
      name: totals.event.name,
      venue: totals.event.venue,
      timeZone: totals.event.timeZone,
      startsAt: totals.event.startsAt.toISOString(),
    },
    currency: "IDR" as const,
    total: totals.total.toString(),
    byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, totals.byCategory[c].toString()])) as Record<CommitmentCategory, string>,
    commitments: totals.commitments,
    agreements: totals.agreements,
    agreementParties: totals.agreementParties,
    businesses: Object.fromEntries(totals.businesses.map((b) => [b.code, { registered: b.registered, checkedIn: b.checkedIn, quota: b.quota }])),
    interim: totals.interim && {
      asOf: totals.interim.asOf.toISOString(),
      publishedAt: totals.interim.publishedAt.toISOString(),
      total: totals.interim.total.toString(),
      byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, totals.interim!.byCategory[c].toString()])) as Record<CommitmentCategory, string>,
      commitments: totals.interim.commitments,
      note: totals.interim.note,
    },
    official: totals.official && {
      frozenAt: totals.official.frozenAt.toISOString(),
      total: totals.official.total.toString(),
      byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, totals.official!.byCategory[c].toString()])) as Record<CommitmentCategory, string>,
      commitments: totals.official.commitments,
      agreements: totals.official.agreements,
      note: totals.official.note,
      bySector: totals.official.bySector.map((row) => ({ sector: row.sector, total: row.total.toString() })),
      sinceCutOff: {
        signed: { count: totals.official.since.signed.count, total: totals.official.since.signed.total.toString() },
        voided: { count: totals.official.since.voided.count, total: totals.official.since.voided.total.toString() },
      },
    },
    target: totals.target?.toString() ?? null,
    // The moment the target was passed is asked for apart (targetPassedAt below): the API and a page's
    // first render carry it, the pushes do not.
    milestones: { rank: totals.milestones.rank, ...(passed === undefined ? {} : { targetPassedAt: passed?.toISOString() ?? null }) },
    bySector: totals.bySector.map((row) => ({ sector: row.sector, total: row.total.toString() })),
    recurring: { count: totals.recurring.count, total: totals.recurring.total.toString() },
    meetings: totals.meetings,
    latest: totals.latest.map((c) => ({
      visiting: c.visiting,
      host: c.host,
      category: c.category,
      value: c.value.toString(),
      signedAt: c.signedAt.toISOString(),
    })),
    updatedAt: totals.updatedAt.toISOString(),
  };
}
export type TotalsJson = ReturnType<typeof totalsToJson>;

/**
 * When the ledger passed the event's target: the signing that took the signed commitments, in signing
 * order, past it (as the ledger stood at `asOf`, if given); null before that or without a target. It
 * walks the ledger by its index only as far as that signing, so it is asked for by the totals API and
 * a page's first render, not on every push.
 */
export async function targetPassedAt(totals: EventTotals, asOf?: Date): Promise<Date | null> {
  if (totals.target === null || totals.total < totals.target) return null;
  const db = await getDb();
  const counted = countedInFigure(asOf);
  const [row] = await db.$queryRaw<{ signedAt: Date }[]>`
    SELECT "signedAt" FROM (
      SELECT "signedAt", sum(value) OVER (ORDER BY "signedAt" ROWS UNBOUNDED PRECEDING) AS running FROM "Commitment"
      WHERE "eventId" = (SELECT id FROM "Event" WHERE slug = ${totals.event.slug}) AND ${counted}) walked
    WHERE running >= ${totals.target} ORDER BY "signedAt" LIMIT 1`;
  return row?.signedAt ?? null;
}
