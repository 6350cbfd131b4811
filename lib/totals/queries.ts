import "server-only";
import { getDb } from "@/lib/db/client";
import { eventSlug } from "@/lib/events/schema";
import type { CommitmentCategory, Prisma } from "@/lib/generated/prisma/client";

export const CATEGORIES = ["SELL", "BUY", "INVEST"] as const satisfies readonly CommitmentCategory[];

export interface EventTotals {
  event: { slug: string; name: string; venue: string; city: string; timeZone: string; startsAt: Date; endsAt: Date };
  total: bigint;
  byCategory: Record<CommitmentCategory, bigint>;
  /** Signed, non-void commitments. */
  commitments: number;
  /** Active (non-void) inter-OPD agreements. */
  agreements: number;
  businesses: { code: string; shortName: string; province: string; role: "VISITING" | "HOST"; registered: number; checkedIn: number; quota: number }[];
  /** The latest frozen official figure, if the organizer has frozen one. */
  official: OfficialSnapshot | null;
  /** The event's target, if it has one. */
  target: bigint | null;
  /** Signed, non-void commitments by sector, largest first. */
  bySector: { sector: string; total: bigint }[];
  /** The latest signings, newest first, for the board's ticker: business names, category, value only. */
  latest: { visiting: string; host: string; category: CommitmentCategory; value: bigint; signedAt: Date }[];
  updatedAt: Date;
}

export interface OfficialSnapshot {
  frozenAt: Date;
  total: bigint;
  byCategory: Record<CommitmentCategory, bigint>;
  commitments: number;
  agreements: number;
  note: string | null;
  /** Since the freeze: commitments signed after it (counted now, not in the official figure), and ones in it voided after it. */
  since: { signed: { count: number; total: bigint }; voided: { count: number; total: bigint } };
}

/**
 * The event's figures from the ledger: the sums of signed (not void) commitments, which the database
 * maintains in the same transaction as every change (CommitmentTotal), and the counts. Read in one
 * repeatable-read snapshot so the parts always agree with each other.
 */
export async function eventTotals(slug: string): Promise<EventTotals | null> {
  const parsed = eventSlug.safeParse(slug);
  if (!parsed.success) return null; // cannot name an event: no query needed
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const event = await tx.event.findUnique({
        where: { slug: parsed.data },
        select: { id: true, slug: true, name: true, venue: true, city: true, timeZone: true, startsAt: true, endsAt: true, updatedAt: true, targetAmount: true, sides: { orderBy: { role: "asc" } } },
      });
      if (!event) return null;
      // Signed commitments come summed per category and sector, kept by a trigger in every signing's
      // transaction: a few rows, however long the ledger.
      const sums = await tx.commitmentTotal.findMany({ where: { eventId: event.id, count: { gt: 0 } } });
      const agreements = await tx.agreement.groupBy({ by: ["status"], where: { eventId: event.id }, _count: { _all: true }, _max: { updatedAt: true } });
      const registered = await tx.business.groupBy({ by: ["sideId"], where: { eventId: event.id }, _count: { _all: true }, _max: { updatedAt: true } });
      const checkedIn = await tx.business.groupBy({ by: ["sideId"], where: { eventId: event.id, checkedInAt: { not: null } }, _count: { _all: true } });

      const official = await officialSnapshot(tx, event.id);
      const latest = await tx.commitment.findMany({
        where: { eventId: event.id, status: "SIGNED" },
        // By the index (eventId, status, signedAt) alone: no sort of the ledger.
        orderBy: { signedAt: "desc" },
        take: 8,
        select: { category: true, value: true, signedAt: true, visitingBusiness: { select: { name: true } }, hostBusiness: { select: { name: true } } },
      });
      const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, sums.filter((row) => row.category === c).reduce((sum, row) => sum + row.total, 0n)])) as Record<CommitmentCategory, bigint>;
      const bySector = new Map<string, bigint>();
      for (const row of sums) bySector.set(row.sector, (bySector.get(row.sector) ?? 0n) + row.total);
      const changes = [event.updatedAt, ...sums.map((row) => row.updatedAt), ...[...agreements, ...registered].map((row) => row._max.updatedAt)];
      return {
        event: { slug: event.slug, name: event.name, venue: event.venue, city: event.city, timeZone: event.timeZone, startsAt: event.startsAt, endsAt: event.endsAt },
        total: CATEGORIES.reduce((sum, c) => sum + byCategory[c], 0n),
        byCategory,
        commitments: sums.reduce((n, row) => n + row.count, 0),
        agreements: agreements.find((row) => row.status === "ACTIVE")?._count._all ?? 0,
        businesses: event.sides.map((side) => ({
          code: side.code,
          shortName: side.shortName,
          province: side.province,
          role: side.role,
          registered: registered.find((r) => r.sideId === side.id)?._count._all ?? 0,
          checkedIn: checkedIn.find((r) => r.sideId === side.id)?._count._all ?? 0,
          quota: side.quota,
        })),
        official,
        target: event.targetAmount,
        bySector: [...bySector].map(([sector, total]) => ({ sector, total })).sort((a, b) => (b.total > a.total ? 1 : b.total < a.total ? -1 : a.sector.localeCompare(b.sector))),
        latest: latest.map((c) => ({ visiting: c.visitingBusiness.name, host: c.hostBusiness.name, category: c.category, value: c.value, signedAt: c.signedAt! })),
        updatedAt: new Date(Math.max(...changes.filter((d): d is Date => d !== null).map((d) => d.getTime()), official?.frozenAt.getTime() ?? 0)),
      };
    },
    { isolationLevel: "RepeatableRead" },
  );
}

async function officialSnapshot(tx: Prisma.TransactionClient, eventId: string): Promise<OfficialSnapshot | null> {
  const figure = await tx.officialFigure.findFirst({ where: { eventId }, orderBy: { frozenAt: "desc" } });
  if (!figure) return null;
  const [signedAfter, voidedAfter] = await Promise.all([
    tx.commitment.aggregate({ where: { eventId, status: "SIGNED", signedAt: { gt: figure.frozenAt } }, _sum: { value: true }, _count: { _all: true } }),
    tx.commitment.aggregate({ where: { eventId, status: "VOID", signedAt: { lte: figure.frozenAt }, voidedAt: { gt: figure.frozenAt } }, _sum: { value: true }, _count: { _all: true } }),
  ]);
  return {
    frozenAt: figure.frozenAt,
    total: figure.total,
    byCategory: { SELL: figure.sell, BUY: figure.buy, INVEST: figure.invest },
    commitments: figure.commitments,
    agreements: figure.agreements,
    note: figure.note,
    since: {
      signed: { count: signedAfter._count._all, total: signedAfter._sum.value ?? 0n },
      voided: { count: voidedAfter._count._all, total: voidedAfter._sum.value ?? 0n },
    },
  };
}

/** The public totals contract (GET /api/events/{slug}/totals): rupiah as decimal strings, no contact data. */
export function totalsToJson(totals: EventTotals) {
  return {
    event: { slug: totals.event.slug, name: totals.event.name, venue: totals.event.venue, timeZone: totals.event.timeZone, startsAt: totals.event.startsAt.toISOString() },
    currency: "IDR" as const,
    total: totals.total.toString(),
    byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, totals.byCategory[c].toString()])) as Record<CommitmentCategory, string>,
    commitments: totals.commitments,
    agreements: totals.agreements,
    businesses: Object.fromEntries(totals.businesses.map((b) => [b.code, { registered: b.registered, checkedIn: b.checkedIn, quota: b.quota }])),
    official: totals.official && {
      frozenAt: totals.official.frozenAt.toISOString(),
      total: totals.official.total.toString(),
      byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, totals.official!.byCategory[c].toString()])) as Record<CommitmentCategory, string>,
      commitments: totals.official.commitments,
      agreements: totals.official.agreements,
      note: totals.official.note,
      sinceCutOff: {
        signed: { count: totals.official.since.signed.count, total: totals.official.since.signed.total.toString() },
        voided: { count: totals.official.since.voided.count, total: totals.official.since.voided.total.toString() },
      },
    },
    target: totals.target?.toString() ?? null,
    bySector: totals.bySector.map((row) => ({ sector: row.sector, total: row.total.toString() })),
    latest: totals.latest.map((c) => ({ visiting: c.visiting, host: c.host, category: c.category, value: c.value.toString(), signedAt: c.signedAt.toISOString() })),
    updatedAt: totals.updatedAt.toISOString(),
  };
}
export type TotalsJson = ReturnType<typeof totalsToJson>;
