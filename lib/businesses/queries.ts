import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { badgeCodeFrom, type DeskListEntry } from "./desk-list";
import { searchTerm } from "./fields";

export interface FoundBusiness {
  id: string;
  name: string;
  representative: string;
  side: string;
  sector: string;
  regency: string;
  badgeCode: string;
  checkedInAt: Date | null;
  checkedInDesk: string | null;
  /** How it matched: 4 its badge's code, 3 the name as typed (or its first words), 2 the name's start, 1 whole words, 0 only alike (typos). */
  matchRank: number;
}

/** What a desk search reads of each business it finds. */
const FOUND_COLUMNS = Prisma.sql`id, name, representative, "sideId", sector, regency, "badgeCode", "checkedInAt", "checkedInDesk", "searchKey"`;

/**
 * How many of the names nearest to what was typed are ranked (see searchBusinesses). When more are
 * equally near (a city typed alone, a whole word of hundreds of names), the 8 shown are 8 of them;
 * names that start as typed are all read.
 */
const NEAREST = 32;

/** How alike a name must be to be ranked (trigram word similarity, 0–1): below pg_trgm's default 0.6, so "batk sekar" still finds "batik sekar arum". */
const ALIKE = 0.35;

/**
 * Search-as-you-type at the desk: by name or representative, forgiving typos and PT/CV prefixes
 * (trigram word similarity on an indexed key), or by the start of a phone number or NIB. The badge's
 * code first, then exact and prefix and whole-word matches, then the closest typos.
 */
export async function searchBusinesses(eventId: string, query: string, options: { limit?: number; sideCode?: string } = {}): Promise<FoundBusiness[]> {
  const { limit = 8, sideCode = null } = options;
  const term = searchTerm(query);
  const digits = query.replace(/\D/g, "");
  // A scanned badge: its code, alone or at the end of a URL.
  const badge = badgeCodeFrom(query);
  if (term.length < 2 && digits.length < 4) return [];
  const phone = phonePrefix(digits);
  const nibPrefix = digits.length >= 4 && digits.length <= 13 ? digits : null;
  const ofSide = sideCode ? Prisma.sql`AND "sideId" IN (SELECT id FROM "EventSide" WHERE "eventId" = ${eventId} AND code = ${sideCode})` : Prisma.empty;
  const ways = [
    // The mission's names nearest to what was typed, from its own index in order of likeness, of
    // which those alike enough ("batk sekar" for "batik sekar arum") are ranked; asking instead for
    // every name alike enough meant checking about a thousand at 10,000 businesses (npm run bench:desk).
    term
      ? Prisma.sql`SELECT * FROM (
          SELECT ${FOUND_COLUMNS} FROM "Business" WHERE "eventId" = ${eventId} ${ofSide} ORDER BY "searchKey" <->> ${term} LIMIT ${NEAREST}
        ) nearest WHERE word_similarity(${term}, "searchKey") >= ${ALIKE}`
      : null,
    // The names as typed or starting with it, all of them: more may share a first word than the
    // nearest few hold, and these rank first.
    term ? Prisma.sql`SELECT ${FOUND_COLUMNS} FROM "Business" WHERE "eventId" = ${eventId} AND "searchKey" LIKE ${term} || '%'` : null,
    phone ? Prisma.sql`SELECT ${FOUND_COLUMNS} FROM "Business" WHERE "eventId" = ${eventId} AND phone LIKE ${phone} || '%'` : null,
    nibPrefix ? Prisma.sql`SELECT ${FOUND_COLUMNS} FROM "Business" WHERE "eventId" = ${eventId} AND nib LIKE ${nibPrefix} || '%'` : null,
    badge ? Prisma.sql`SELECT ${FOUND_COLUMNS} FROM "Business" WHERE "eventId" = ${eventId} AND "badgeCode" = ${badge}` : null,
  ].filter((way) => way !== null);
  const db = await getDb();
  // Each way of finding a business reads its rows once, with only what the desk is shown (joining the
  // found ids back to the table made PostgreSQL hash the event's every business: 8 ms at 10,000), and
  // only the ways the query calls for are asked (fewer to plan).
  return db.$queryRaw<FoundBusiness[]>`
    WITH candidates AS (${Prisma.join(
      ways.map((way) => Prisma.sql`(${way})`),
      " UNION ",
    )})
    SELECT b.id, b.name, b.representative, s."shortName" AS side, b.sector, b.regency, b."badgeCode", b."checkedInAt", b."checkedInDesk",
      -- What a desk typed from a badge or a list ranks above what only resembles it: the badge's code,
      -- the name (its legal form aside) as typed or its first words, its start, whole words; typos last.
      CASE
        WHEN b."badgeCode" = ${badge} THEN 4
        WHEN ${term} = '' THEN 0
        WHEN b."searchKey" = ${term} OR b."searchKey" LIKE ${term} || ' %' THEN 3
        WHEN b."searchKey" LIKE ${term} || '%' THEN 2
        WHEN ' ' || b."searchKey" || ' ' LIKE '% ' || ${term} || ' %' THEN 1
        ELSE 0
      END::int AS "matchRank"
    FROM candidates b JOIN "EventSide" s ON s.id = b."sideId"
    WHERE ${sideCode}::text IS NULL OR s.code = ${sideCode}
    ORDER BY "matchRank" DESC, CASE WHEN ${term} = '' THEN 0 ELSE word_similarity(${term}, b."searchKey") END DESC, b.name
    LIMIT ${limit}`;
}

/** "0812 34" or "62812 34" → "+6281234": a phone number's start as stored, however it was typed. */
function phonePrefix(digits: string): string | null {
  if (digits.length < 4) return null;
  const rest = digits.replace(/^(62|0)/, "");
  return /^[2-9]/.test(rest) ? `+62${rest}` : null;
}

export const PAGE_SIZE = 50;

export const businessFilters = z.object({
  side: z.string().trim().max(20).optional().catch(undefined),
  sector: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(["hadir", "belum"]).optional().catch(undefined),
  source: z.enum(["PRE_REGISTERED", "WALK_IN"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type BusinessFilters = z.infer<typeof businessFilters>;

/** The staff's list of an event's businesses, filtered and paginated. */
export async function listBusinesses(eventId: string, filters: BusinessFilters) {
  const db = await getDb();
  const where: Prisma.BusinessWhereInput = {
    eventId,
    ...(filters.side ? { side: { code: filters.side } } : {}),
    ...(filters.sector ? { sector: filters.sector } : {}),
    ...(filters.status === "hadir" ? { checkedInAt: { not: null } } : filters.status === "belum" ? { checkedInAt: null } : {}),
    ...(filters.source ? { source: filters.source } : {}),
  };
  const [total, rows] = await Promise.all([
    db.business.count({ where }),
    db.business.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        representative: true,
        sector: true,
        regency: true,
        source: true,
        badgeCode: true,
        checkedInAt: true,
        checkedInDesk: true,
        side: { select: { code: true, shortName: true } },
      },
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** One business of the event; its contact data only for those who may see it (contact-rule.ts), else `contact: null`. */
export async function businessDetail(eventId: string, id: string, options: { withContact: boolean }) {
  const db = await getDb();
  const found = await db.business.findFirst({
    where: { id, eventId },
    include: { side: { select: { code: true, shortName: true, province: true, role: true } }, checkedInBy: { select: { name: true } } },
  });
  if (!found) return null;
  const { nib, phone, email, ...business } = found;
  return { ...business, contact: options.withContact ? { nib, phone, email } : null };
}

export interface RepeatPartner {
  businessId: string;
  name: string;
  side: string;
  /** The earlier missions it took part in, newest first. */
  missions: { slug: string; name: string; city: string; startsAt: Date; timeZone: string }[];
}

/**
 * This event's businesses that took part in earlier missions, known by their NIB (which is not shown):
 * repeat partners, by side and name, each with those missions. Archived missions are no reference.
 * `businessId` asks for one business only (its page).
 */
export async function repeatPartners(eventId: string, options: { businessId?: string } = {}): Promise<RepeatPartner[]> {
  const db = await getDb();
  const one = options.businessId ? Prisma.sql`AND b.id = ${options.businessId}` : Prisma.empty;
  const rows = await db.$queryRaw<
    { businessId: string; name: string; side: string; slug: string; mission: string; city: string; startsAt: Date; timeZone: string }[]
  >`
    SELECT b.id AS "businessId", b.name, s."shortName" AS side, oe.slug, oe.name AS mission, oe.city, oe."startsAt", oe."timeZone"
    FROM "Business" b
    JOIN "EventSide" s ON s.id = b."sideId"
    JOIN "Event" me ON me.id = b."eventId"
    JOIN "Business" o ON o.nib = b.nib AND o."eventId" <> b."eventId"
    JOIN "Event" oe ON oe.id = o."eventId" AND oe."startsAt" < me."startsAt" AND oe.status <> 'ARCHIVED'
    WHERE b."eventId" = ${eventId} AND b.nib IS NOT NULL ${one}
    ORDER BY s.role, b.name, b.id, oe."startsAt" DESC`;
  const partners = new Map<string, RepeatPartner>();
  for (const row of rows) {
    const partner = partners.get(row.businessId) ?? { businessId: row.businessId, name: row.name, side: row.side, missions: [] };
    partner.missions.push({ slug: row.slug, name: row.mission, city: row.city, startsAt: row.startsAt, timeZone: row.timeZone });
    partners.set(row.businessId, partner);
  }
  return [...partners.values()];
}

/** Businesses for a sheet of badges, in the order they are printed. */
export async function badgesToPrint(eventId: string, filters: { side?: string; ids?: string[] }) {
  const db = await getDb();
  return db.business.findMany({
    where: { eventId, ...(filters.side ? { side: { code: filters.side } } : {}), ...(filters.ids ? { id: { in: filters.ids } } : {}) },
    orderBy: [{ side: { role: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      representative: true,
      sector: true,
      regency: true,
      badgeCode: true,
      accessSecret: true,
      side: { select: { shortName: true, province: true, role: true } },
    },
  });
}

/** The sides of an event with their choices (and the value ceiling), for forms and filters. */
export async function eventSides(eventId: string) {
  const db = await getDb();
  const event = await db.event.findUniqueOrThrow({
    where: { id: eventId },
    select: {
      sectors: true,
      valueCeiling: true,
      sides: { orderBy: { role: "asc" }, select: { code: true, shortName: true, province: true, quota: true, regencies: true, role: true } },
    },
  });
  return event;
}

/**
 * Every business of the mission as a desk tablet keeps it for working offline (desk-list.ts), with
 * who is in already. No contact data: a lost tablet gives away names and badge codes, nothing more.
 */
export async function deskList(eventId: string): Promise<DeskListEntry[]> {
  const db = await getDb();
  const rows = await db.business.findMany({
    where: { eventId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      representative: true,
      sector: true,
      regency: true,
      badgeCode: true,
      searchKey: true,
      checkedInAt: true,
      checkedInDesk: true,
      side: { select: { shortName: true, code: true } },
    },
  });
  return rows.map(({ side, checkedInAt, ...row }) => ({ ...row, side: side.shortName, sideCode: side.code, checkedInAt: checkedInAt?.toISOString() ?? null }));
}
