import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

const party = { select: { id: true, name: true, representative: true, regency: true, side: { select: { shortName: true, province: true } } } } as const;

export const commitmentFilters = z.object({
  status: z.enum(["SIGNED", "DRAFT", "VOID"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export const COMMITMENTS_PAGE = 50;

/** The signing desk's list of an event's commitments, newest first. */
export async function listCommitments(eventId: string, filters: z.infer<typeof commitmentFilters>) {
  const db = await getDb();
  const where: Prisma.CommitmentWhereInput = { eventId, ...(filters.status ? { status: filters.status } : {}) };
  const [total, rows] = await Promise.all([
    db.commitment.count({ where }),
    db.commitment.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * COMMITMENTS_PAGE,
      take: COMMITMENTS_PAGE,
      select: {
        id: true,
        category: true,
        commodity: true,
        value: true,
        status: true,
        signedAt: true,
        createdAt: true,
        visitingBusiness: party,
        hostBusiness: party,
      },
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / COMMITMENTS_PAGE)) };
}

/** One commitment for staff, with its signatures (staff pages and the letter only). */
export async function commitmentDetail(eventId: string, id: string) {
  const db = await getDb();
  return db.commitment.findFirst({
    where: { id, eventId },
    include: {
      visitingBusiness: party,
      hostBusiness: party,
      event: {
        select: { name: true, venue: true, city: true, timeZone: true, sectors: true, valueCeiling: true, sides: { select: { role: true, shortName: true } } },
      },
      replaces: { select: { id: true, verificationCode: true } },
      replacedBy: { select: { id: true, verificationCode: true } },
      voidedBy: { select: { name: true } },
      createdBy: { select: { name: true } },
    },
  });
}
export type CommitmentDetail = NonNullable<Awaited<ReturnType<typeof commitmentDetail>>>;

/**
 * What the public verification page shows: the parties' business names, category, value and status.
 * Nothing else: no representatives' contact data, no signatures, no reason for a void.
 */
export async function verification(code: string) {
  if (!/^[0-9A-Z]{6,20}$/.test(code)) return null;
  const db = await getDb();
  const found = await db.commitment.findUnique({
    where: { verificationCode: code },
    select: {
      verificationCode: true,
      category: true,
      commodity: true,
      value: true,
      status: true,
      signedAt: true,
      voidedAt: true,
      event: { select: { name: true, city: true, timeZone: true, sides: { select: { role: true, shortName: true } } } },
      visitingBusiness: { select: { name: true, side: { select: { shortName: true } } } },
      hostBusiness: { select: { name: true, side: { select: { shortName: true } } } },
      replacedBy: { select: { verificationCode: true } },
    },
  });
  return found;
}

/** A business's commitments, on either side, for its page. */
export async function commitmentsOfBusiness(eventId: string, businessId: string) {
  const db = await getDb();
  return db.commitment.findMany({
    where: { eventId, OR: [{ visitingBusinessId: businessId }, { hostBusinessId: businessId }] },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      category: true,
      commodity: true,
      value: true,
      status: true,
      signedAt: true,
      verificationCode: true,
      visitingBusiness: party,
      hostBusiness: party,
    },
  });
}

/** What a commitment has turned into so far (realisasi), oldest first. */
export async function realisationsOf(eventId: string, commitmentId: string) {
  const db = await getDb();
  return db.realisation.findMany({
    where: { commitmentId, commitment: { eventId } },
    orderBy: [{ realisedOn: "asc" }, { createdAt: "asc" }],
    select: { id: true, realisedOn: true, amount: true, note: true, createdBy: { select: { name: true } } },
  });
}
