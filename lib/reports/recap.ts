import "server-only";
import { getDb } from "@/lib/db/client";
import type { CommitmentCategory, Instrument, Recurrence } from "@/lib/generated/prisma/enums";
import { repeatPartners } from "@/lib/businesses/queries";
import { matchingFunnel, type Funnel } from "@/lib/matching/queries";
import { eventTotals, type EventTotals } from "@/lib/totals/queries";

export interface RecapRow {
  label: string;
  count: number;
  total: bigint;
}

/** Rekapitulasi Transaksi Misi Dagang: everything the governor's office and the press are handed, from the ledger. */
export interface Recap {
  totals: EventTotals;
  sides: { role: "VISITING" | "HOST"; code: string; shortName: string; province: string }[];
  bySector: RecapRow[];
  byInstrument: (RecapRow & { instrument: Instrument })[];
  /** Signed commitments by the kabupaten/kota of each side's business. */
  byRegency: { sideCode: string; rows: RecapRow[] }[];
  top: {
    visiting: string;
    host: string;
    category: CommitmentCategory;
    commodity: string;
    instrument: Instrument;
    value: bigint;
    recurrence: Recurrence;
    recurrenceYears: number | null;
  }[];
  agreements: { visitingParty: string; hostParty: string; title: string; signedOn: Date }[];
  /** This mission's businesses that took part in earlier missions (known by NIB), with those missions' names. */
  repeatPartners: { name: string; side: string; missions: string[] }[];
  /** Realisasi: what signed commitments have turned into so far, as recorded after the event. */
  realisation: { committed: bigint; realised: bigint; commitmentsFollowedUp: number };
  /** The business matching's funnel: pairs suggested, accepted, scheduled, held, the deals signed from them, realised; by sector too. */
  funnel: Funnel;
}

const TOP = 10;

/** The recap of an event the caller was authorized for (by id, so it is scoped); null if there is none. */
export async function eventRecap(event: { id: string; slug: string }): Promise<Recap | null> {
  const db = await getDb();
  const signed = { eventId: event.id, status: "SIGNED" as const };
  const [totals, sides, sectorSums, instruments, regencies, top, agreements, realised, repeats, funnel] = await Promise.all([
    eventTotals(event.slug),
    db.eventSide.findMany({ where: { eventId: event.id }, orderBy: { role: "asc" }, select: { role: true, code: true, shortName: true, province: true } }),
    db.commitmentTotal.findMany({ where: { eventId: event.id, count: { gt: 0 } } }),
    db.commitment.groupBy({ by: ["instrument"], where: signed, _count: { _all: true }, _sum: { value: true } }),
    db.$queryRaw<{ sideCode: string; regency: string; count: number; total: string }[]>`
      SELECT s.code AS "sideCode", b.regency, count(*)::int AS count, sum(c.value)::text AS total
      FROM "Commitment" c
      JOIN "Business" b ON b.id IN (c."visitingBusinessId", c."hostBusinessId")
      JOIN "EventSide" s ON s.id = b."sideId"
      WHERE c."eventId" = ${event.id} AND c.status = 'SIGNED'
      GROUP BY s.code, b.regency`,
    db.commitment.findMany({
      where: signed,
      orderBy: [{ value: "desc" }, { signedAt: "asc" }],
      take: TOP,
      select: {
        category: true,
        commodity: true,
        instrument: true,
        value: true,
        recurrence: true,
        recurrenceYears: true,
        visitingBusiness: { select: { name: true } },
        hostBusiness: { select: { name: true } },
      },
    }),
    db.agreement.findMany({
      where: { eventId: event.id, status: "ACTIVE" },
      orderBy: { signedOn: "asc" },
      select: { title: true, signedOn: true, visitingParty: { select: { name: true } }, hostParty: { select: { name: true } } },
    }),
    db.realisation.groupBy({ by: ["commitmentId"], where: { commitment: signed }, _sum: { amount: true } }),
    repeatPartners(event.id),
    matchingFunnel(event.id),
  ]);
  if (!totals) return null;

  const bySector = new Map<string, RecapRow>();
  for (const row of sectorSums) {
    const entry = bySector.get(row.sector) ?? { label: row.sector, count: 0, total: 0n };
    entry.count += row.count;
    entry.total += row.total;
    bySector.set(row.sector, entry);
  }
  return {
    totals,
    sides,
    bySector: largestFirst([...bySector.values()]),
    byInstrument: largestFirst(
      instruments.map((row) => ({ instrument: row.instrument, label: row.instrument, count: row._count._all, total: row._sum.value ?? 0n })),
    ),
    byRegency: sides.map((side) => ({
      sideCode: side.code,
      rows: largestFirst(regencies.filter((r) => r.sideCode === side.code).map((r) => ({ label: r.regency, count: r.count, total: BigInt(r.total) }))),
    })),
    top: top.map((c) => ({
      visiting: c.visitingBusiness.name,
      host: c.hostBusiness.name,
      category: c.category,
      commodity: c.commodity,
      instrument: c.instrument,
      value: c.value,
      recurrence: c.recurrence,
      recurrenceYears: c.recurrenceYears,
    })),
    agreements: agreements.map((a) => ({ visitingParty: a.visitingParty.name, hostParty: a.hostParty.name, title: a.title, signedOn: a.signedOn })),
    realisation: { committed: totals.total, realised: realised.reduce((sum, r) => sum + (r._sum.amount ?? 0n), 0n), commitmentsFollowedUp: realised.length },
    repeatPartners: repeats.map((p) => ({ name: p.name, side: p.side, missions: p.missions.map((m) => m.name) })),
    funnel,
  };
}

function largestFirst<T extends RecapRow>(rows: T[]): T[] {
  return rows.sort((a, b) => (b.total > a.total ? 1 : b.total < a.total ? -1 : a.label.localeCompare(b.label)));
}
