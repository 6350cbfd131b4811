import "server-only";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { likeness } from "./likeness";
import type { TradeLineKindCode } from "./lines";
import { rankLineMatches, rankPairs, type LineMatch, type MatchedLine, type SuggestedPair } from "./rank";

type Row = {
  vId: string;
  vBusiness: string;
  vKind: TradeLineKindCode;
  vCommodity: string;
  vSector: string;
  vValue: string | null;
  hId: string;
  hBusiness: string;
  hKind: TradeLineKindCode;
  hCommodity: string;
  hSector: string;
  hValue: string | null;
};

/** pg_trgm's word similarity every match reaches ("pakna ikan" and "pakan ikan": 0.67; "batu bara" and "batubara": 0.7). */
const CANDIDATE_THRESHOLD = 0.3;

/**
 * The pairs of lines (a visiting business's and a host business's, of answering kinds) whose
 * commodities match, with how alike they are. The database finds the candidates by pg_trgm's word
 * similarity both ways (so "udang" finds "udang vaname", and typos are forgiven, as at the desk's
 * search), through its trigram index; likeness.ts decides, word by word, which are matches.
 * `businessId` keeps the lines of one business.
 */
export async function lineMatches(tx: Tx, eventId: string, options: { businessId?: string } = {}): Promise<LineMatch[]> {
  const oneBusiness = options.businessId ? Prisma.sql`AND (v."businessId" = ${options.businessId} OR h."businessId" = ${options.businessId})` : Prisma.empty;
  // Loose on purpose: every pair of commodities likeness.ts calls a match is at least this alike in trigrams.
  // The threshold is set for the caller's transaction only (is_local).
  await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(CANDIDATE_THRESHOLD)}, true)`;
  const rows = await tx.$queryRaw<Row[]>`
      WITH lines AS MATERIALIZED (
        SELECT l.id, l."businessId", l.kind, l.commodity, l.sector, l."estimatedValue"::text AS value, l."matchKey", s.role
        FROM "TradeLine" l JOIN "Business" b ON b.id = l."businessId" JOIN "EventSide" s ON s.id = b."sideId"
        WHERE l."eventId" = ${eventId} AND l."removedAt" IS NULL
      ), answers (visiting, host) AS (VALUES ('OFFER'::"TradeLineKind", 'NEED'::"TradeLineKind"), ('NEED', 'OFFER'), ('INVEST', 'INVEST'))
      SELECT v.id AS "vId", v."businessId" AS "vBusiness", v.kind AS "vKind", v.commodity AS "vCommodity", v.sector AS "vSector", v.value AS "vValue",
        h.id AS "hId", h."businessId" AS "hBusiness", h.kind AS "hKind", h.commodity AS "hCommodity", h.sector AS "hSector", h.value AS "hValue"
      FROM lines v
      JOIN answers a ON a.visiting = v.kind
      JOIN lines h ON h.kind = a.host AND h.role = 'HOST'
      -- The cheap conditions first: only lines of answering kinds, of the business asked about, are compared.
      WHERE v.role = 'VISITING' ${oneBusiness} AND (v."matchKey" <% h."matchKey" OR h."matchKey" <% v."matchKey")`;
  const line = (id: string, businessId: string, kind: TradeLineKindCode, commodity: string, sector: string, value: string | null): MatchedLine => ({
    id,
    businessId,
    kind,
    commodity,
    sector,
    estimatedValue: value === null ? null : BigInt(value),
  });
  return rows
    .map((r) => ({
      visiting: line(r.vId, r.vBusiness, r.vKind, r.vCommodity, r.vSector, r.vValue),
      host: line(r.hId, r.hBusiness, r.hKind, r.hCommodity, r.hSector, r.hValue),
      similarity: likeness(r.vCommodity, r.hCommodity),
    }))
    .filter((m) => m.similarity > 0);
}

/**
 * lineMatches in a transaction of its own, for a caller outside one. (Not nested in a caller's: the
 * embedded database has no savepoints.)
 */
export function readLineMatches(db: Db, eventId: string, options: { businessId?: string } = {}): Promise<LineMatch[]> {
  return db.$transaction((tx) => lineMatches(tx, eventId, options));
}

export interface BusinessBrief {
  id: string;
  name: string;
  sector: string;
  regency: string;
  checkedIn: boolean;
}

export interface PairView extends SuggestedPair {
  visiting: BusinessBrief;
  host: BusinessBrief;
  /** The meeting this pair already has (requested, accepted, declined, …), if any. */
  meeting: { id: string; status: string } | null;
}

/** What an organizer or a representative reads of a business: no contact data. */
const brief = { id: true, name: true, sector: true, regency: true, checkedInAt: true } as const;

async function withBusinesses(db: Tx, eventId: string, pairs: SuggestedPair[]): Promise<PairView[]> {
  if (pairs.length === 0) return [];
  const ids = [...new Set(pairs.flatMap((p) => [p.visitingBusinessId, p.hostBusinessId]))];
  const [businesses, meetings] = await Promise.all([
    db.business.findMany({ where: { eventId, id: { in: ids } }, select: brief }),
    db.meeting.findMany({
      where: { eventId, OR: [{ visitingBusinessId: { in: ids } }, { hostBusinessId: { in: ids } }] },
      select: { id: true, status: true, visitingBusinessId: true, hostBusinessId: true },
    }),
  ]);
  const byId = new Map(businesses.map((b) => [b.id, { id: b.id, name: b.name, sector: b.sector, regency: b.regency, checkedIn: b.checkedInAt !== null }]));
  const meetingOf = new Map(meetings.map((m) => [`${m.visitingBusinessId}|${m.hostBusinessId}`, { id: m.id, status: m.status }]));
  return pairs.map((p) => ({
    ...p,
    visiting: byId.get(p.visitingBusinessId)!,
    host: byId.get(p.hostBusinessId)!,
    meeting: meetingOf.get(`${p.visitingBusinessId}|${p.hostBusinessId}`) ?? null,
  }));
}

/** The mission's suggested pairs, ranked, each with its reason, potential and the meeting it already has. */
export async function suggestedPairs(eventId: string, options: { businessId?: string } = {}): Promise<PairView[]> {
  const db = await getDb();
  return withBusinesses(db, eventId, rankPairs(await readLineMatches(db, eventId, options)));
}

/** For each of a business's lines, the businesses of the other side whose lines match it, ranked (each partner once, by its best match with that line). */
export async function matchesByLine(eventId: string, businessId: string): Promise<Map<string, PairView[]>> {
  const db = await getDb();
  const own = (m: LineMatch) => (m.visiting.businessId === businessId ? m.visiting : m.host);
  const partner = (m: LineMatch) => (m.visiting.businessId === businessId ? m.host : m.visiting).businessId;
  const perLine = new Map<string, LineMatch[]>();
  for (const match of rankLineMatches(await readLineMatches(db, eventId, { businessId }))) {
    const list = perLine.get(own(match).id) ?? [];
    if (!list.some((m) => partner(m) === partner(match))) list.push(match);
    perLine.set(own(match).id, list);
  }
  const lines = [...perLine];
  // Each line match is a suggestion of its own (rankPairs of one), shown with its partner's name.
  const views = await withBusinesses(
    db,
    eventId,
    lines.flatMap(([, matches]) => matches.flatMap((m) => rankPairs([m]))),
  );
  let next = 0;
  return new Map(lines.map(([lineId, matches]) => [lineId, matches.map(() => views[next++])]));
}

/** Whether two businesses are a suggested pair now (their lines match), and the suggestion. */
export async function suggestionFor(db: Tx, eventId: string, visitingBusinessId: string, hostBusinessId: string): Promise<SuggestedPair | null> {
  const pairs = rankPairs(await lineMatches(db, eventId, { businessId: visitingBusinessId }));
  return pairs.find((p) => p.hostBusinessId === hostBusinessId) ?? null;
}
