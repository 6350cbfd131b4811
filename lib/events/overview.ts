import "server-only";
import { getDb } from "@/lib/db/client";
import { rankPairs } from "@/lib/matching/rank";
import { readLineMatches } from "@/lib/matching/suggest";

export interface EventSummary {
  slug: string;
  name: string;
  city: string;
  startsAt: Date;
  timeZone: string;
  status: "PLANNED" | "LIVE" | "CLOSED" | "ARCHIVED";
  visitingProvince: string;
  /** The province the mission met: the host side's. */
  partnerProvince: string;
  year: number;
  commitments: number;
  total: bigint;
  official: bigint | null;
  realised: bigint;
  /** The business matching's funnel: pairs suggested (from the lines now), accepted, held, and the signed deals from those meetings. */
  matching: { suggested: number; accepted: number; held: number; deals: number; committed: bigint };
}

export interface Rollup {
  key: string;
  events: number;
  commitments: number;
  total: bigint;
  realised: bigint;
}

/** Every mission with its figures from the ledger (signed commitments, realisations), and the same summed by partner province and by year. Organizers only. */
export async function eventsOverview(): Promise<{ events: EventSummary[]; byPartner: Rollup[]; byYear: Rollup[] }> {
  const db = await getDb();
  const rows = await db.$queryRaw<
    {
      slug: string;
      name: string;
      city: string;
      startsAt: Date;
      timeZone: string;
      status: EventSummary["status"];
      visiting: string | null;
      partner: string | null;
      commitments: number;
      total: string;
      official: string | null;
      realised: string;
      id: string;
      hasLines: boolean;
      accepted: number;
      held: number;
      deals: number;
      fromMeetings: string;
    }[]
  >`
    SELECT e.slug, e.name, e.city, e."startsAt", e."timeZone", e.status,
      (SELECT province FROM "EventSide" WHERE "eventId" = e.id AND role = 'VISITING') AS visiting,
      (SELECT province FROM "EventSide" WHERE "eventId" = e.id AND role = 'HOST') AS partner,
      coalesce((SELECT sum(count) FROM "CommitmentTotal" WHERE "eventId" = e.id), 0)::int AS commitments,
      coalesce((SELECT sum(total) FROM "CommitmentTotal" WHERE "eventId" = e.id), 0)::text AS total,
      (SELECT total::text FROM "OfficialFigure" WHERE "eventId" = e.id ORDER BY "frozenAt" DESC LIMIT 1) AS official,
      coalesce((SELECT sum(r.amount) FROM "Realisation" r JOIN "Commitment" c ON c.id = r."commitmentId" WHERE c."eventId" = e.id AND c.status = 'SIGNED'), 0)::text AS realised,
      e.id, EXISTS (SELECT 1 FROM "TradeLine" l WHERE l."eventId" = e.id AND l."removedAt" IS NULL) AS "hasLines",
      (SELECT count(*) FROM "Meeting" m WHERE m."eventId" = e.id AND m.status IN ('ACCEPTED', 'HELD', 'NO_SHOW'))::int AS accepted,
      (SELECT count(*) FROM "Meeting" m WHERE m."eventId" = e.id AND m.status = 'HELD')::int AS held,
      (SELECT count(*) FROM "Commitment" c WHERE c."eventId" = e.id AND c.status = 'SIGNED' AND c."meetingId" IS NOT NULL)::int AS deals,
      coalesce((SELECT sum(c.value) FROM "Commitment" c WHERE c."eventId" = e.id AND c.status = 'SIGNED' AND c."meetingId" IS NOT NULL), 0)::text AS "fromMeetings"
    FROM "Event" e
    ORDER BY e."startsAt" DESC, e.name`;
  // Suggested pairs come from each mission's lines as they stand: worked out only where there are lines.
  const suggested = new Map(
    await Promise.all(rows.filter((r) => r.hasLines).map(async (r) => [r.id, rankPairs(await readLineMatches(db, r.id)).length] as const)),
  );
  const events = rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    city: r.city,
    startsAt: new Date(r.startsAt),
    timeZone: r.timeZone,
    status: r.status,
    visitingProvince: r.visiting ?? "",
    partnerProvince: r.partner ?? "",
    year: Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: r.timeZone }).format(new Date(r.startsAt))),
    commitments: r.commitments,
    total: BigInt(r.total),
    official: r.official === null ? null : BigInt(r.official),
    realised: BigInt(r.realised),
    matching: { suggested: suggested.get(r.id) ?? 0, accepted: r.accepted, held: r.held, deals: r.deals, committed: BigInt(r.fromMeetings) },
  }));
  const rollup = (key: (m: EventSummary) => string) => {
    const groups = new Map<string, Rollup>();
    for (const m of events) {
      const k = key(m);
      const group = groups.get(k) ?? { key: k, events: 0, commitments: 0, total: 0n, realised: 0n };
      group.events += 1;
      group.commitments += m.commitments;
      group.total += m.total;
      group.realised += m.realised;
      groups.set(k, group);
    }
    return [...groups.values()];
  };
  return {
    events,
    byPartner: rollup((m) => m.partnerProvince).sort((a, b) => (b.total > a.total ? 1 : b.total < a.total ? -1 : a.key.localeCompare(b.key))),
    byYear: rollup((m) => String(m.year)).sort((a, b) => b.key.localeCompare(a.key)),
  };
}
