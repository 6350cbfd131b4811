import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { done, fail, type Outcome } from "@/lib/kernel/outcome";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";

/** The link in a badge's QR code: the desk reads the code from it; the representative opens their letters. */
export function badgeLink(origin: string, business: { badgeCode: string; accessSecret: string }): string {
  return `${origin}/b/${business.badgeCode}?k=${business.accessSecret}`;
}

function sameSecret(given: string, stored: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The business a badge's link opens, with its mission: only with the right secret. A wrong or revoked secret finds nothing. */
export async function representativeAccess(badgeCode: string, secret: string) {
  if (!/^[0-9A-Z]{6,20}$/.test(badgeCode) || !secret) return null;
  const db = await getDb();
  const business = await db.business.findUnique({
    where: { badgeCode },
    select: {
      id: true,
      name: true,
      sector: true,
      badgeCode: true,
      accessSecret: true,
      unavailableRounds: true,
      side: { select: { shortName: true, province: true, role: true } },
      event: { select: { id: true, name: true, slug: true, timeZone: true, status: true, sectors: true } },
    },
  });
  if (!business || !sameSecret(secret, business.accessSecret)) return null;
  const { accessSecret, ...shown } = business;
  return shown;
}
export type RepresentativeAccess = NonNullable<Awaited<ReturnType<typeof representativeAccess>>>;

/**
 * What a representative sees through their badge's link, only with the right secret: their business
 * and its signed (or voided) commitments.
 */
export async function representativeView(badgeCode: string, secret: string) {
  const business = await representativeAccess(badgeCode, secret);
  if (!business) return null;
  const db = await getDb();
  const commitments = await db.commitment.findMany({
    where: { status: { in: ["SIGNED", "VOID"] }, OR: [{ visitingBusinessId: business.id }, { hostBusinessId: business.id }] },
    orderBy: { signedAt: "desc" },
    select: {
      id: true,
      category: true,
      commodity: true,
      value: true,
      status: true,
      signedAt: true,
      verificationCode: true,
      visitingBusiness: { select: { id: true, name: true, side: { select: { shortName: true } } } },
      hostBusiness: { select: { name: true } },
    },
  });
  return { business, commitments };
}

/** The organizer revokes a badge's link: a new secret, so the old QR code no longer opens anything. */
export async function revokeRepresentativeAccess(event: { id: string }, businessId: string, actor: Actor): Promise<Outcome> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { count } = await tx.business.updateMany({ where: { id: businessId, eventId: event.id }, data: { accessSecret: randomBytes(16).toString("hex") } });
    if (count === 0) return fail("NOT_FOUND", { what: "business" });
    await recordAudit(tx, { ...auditedBy(actor), eventId: event.id, action: "business.access_revoked", targetType: "Business", targetId: businessId });
    return done("BADGE_LINK_REVOKED", undefined);
  });
}
