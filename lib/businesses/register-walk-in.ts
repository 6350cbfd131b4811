import "server-only";
import { z } from "zod";
import { fieldCodes, formFlag } from "@/lib/kernel/form";
import { done, fail, invalid, type Outcome } from "@/lib/kernel/outcome";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { cleanBusiness, searchTerm } from "./fields";
import { businessRow } from "./import";
import { notOpenFor } from "@/lib/events/open-for";

export const walkInInput = z.object({
  sideCode: z.string().trim().min(1, "sideRequired"),
  name: z.string().max(200),
  representative: z.string().max(200),
  phone: z.string().max(40),
  sector: z.string().max(100),
  regency: z.string().max(100),
  nib: z.string().max(40).default(""),
  /** The desk saw the possible duplicates and registers anyway. */
  confirmDuplicate: formFlag,
  /** Organizers only: register beyond the side's quota, with a reason for the audit trail. */
  overrideReason: z.string().trim().max(300).default(""),
});
export type WalkInInput = z.input<typeof walkInInput>;

export interface RegisteredBusiness {
  id: string;
  name: string;
  badgeCode: string;
}

export interface WalkInRefusal {
  /** Businesses already registered with the same phone number or a similar name. */
  duplicates?: { id: string; name: string; representative: string; side: string }[];
  quotaFull?: { shortName: string; quota: number; registered: number };
}

/**
 * Registers a business that arrived without pre-registration. Within the event's lock: refuses a
 * full side unless an organizer overrides it with a reason, and warns about likely duplicates.
 */
export async function registerWalkIn(eventId: string, input: WalkInInput, actor: Actor): Promise<Outcome<RegisteredBusiness, WalkInRefusal>> {
  const parsed = walkInInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const data = parsed.data;
  if (!data.phone.trim()) return invalid({ phone: ["phoneRequiredWalkIn"] });
  if (!data.regency.trim()) return invalid({ regency: ["regencyRequired"] });
  if (data.overrideReason && actor.role !== "ADMIN") return fail("ORGANIZER_ONLY", { what: "overQuota" });

  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      // Serialises walk-ins and imports of the event: two desks cannot both take the last place
      // (NO KEY UPDATE lets signings, which only reference the row, go on meanwhile: see import.ts).
      await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR NO KEY UPDATE`;
      const closed = await notOpenFor(tx, eventId, "registration");
      if (closed) return closed;
      const side = await tx.eventSide.findFirst({
        where: { eventId, code: data.sideCode },
        select: { id: true, shortName: true, quota: true, regencies: true, event: { select: { sectors: true } }, _count: { select: { businesses: true } } },
      });
      if (!side) return invalid({ sideCode: ["sideRequired"] });

      const cleaned = cleanBusiness(data, { sectors: side.event.sectors, regencies: side.regencies });
      if (!cleaned.ok) return invalid(Object.fromEntries(Object.entries(cleaned.errors).map(([field, code]) => [field, [code]])));
      const business = cleaned.value;

      if (business.nib) {
        const sameNib = await tx.business.findFirst({ where: { eventId, nib: business.nib }, select: { name: true } });
        if (sameNib) return fail("NIB_TAKEN", { name: sameNib.name }, { nib: ["nibRegisteredTo"] });
      }
      if (!data.confirmDuplicate) {
        const duplicates = await likelyDuplicates(tx, eventId, business.phone, business.name);
        if (duplicates.length > 0) {
          return fail("POSSIBLE_DUPLICATE", undefined, undefined, { duplicates });
        }
      }

      const registered = side._count.businesses;
      const overQuota = registered >= side.quota;
      if (overQuota && !data.overrideReason) {
        const quotaFull = { shortName: side.shortName, quota: side.quota, registered };
        return fail("QUOTA_FULL", { side: side.shortName, quota: side.quota, registered, organizer: actor.role === "ADMIN" ? "yes" : "no" }, undefined, {
          quotaFull,
        });
      }

      const created = await tx.business.create({ data: businessRow(business, eventId, side.id, "WALK_IN"), select: { id: true, name: true, badgeCode: true } });
      await recordAudit(tx, {
        ...auditedBy(actor),
        eventId,
        action: "business.registered_walk_in",
        targetType: "Business",
        targetId: created.id,
        after: {
          name: business.name,
          side: data.sideCode,
          sector: business.sector,
          regency: business.regency,
          ...(overQuota ? { overQuota: `${registered + 1} > ${side.quota}`, overrideReason: data.overrideReason } : {}),
          ...(data.confirmDuplicate ? { duplicateConfirmed: true } : {}),
        },
      });
      return done("BUSINESS_REGISTERED", created, { name: created.name });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return fail("NIB_JUST_TAKEN", undefined, { nib: ["nibJustRegistered"] });
    throw error;
  }
}

async function likelyDuplicates(tx: Prisma.TransactionClient, eventId: string, phone: string | null, name: string) {
  const rows = await tx.$queryRaw<{ id: string; name: string; representative: string; side: string }[]>`
    SELECT b.id, b.name, b.representative, s."shortName" AS side
    FROM "Business" b JOIN "EventSide" s ON s.id = b."sideId"
    WHERE b."eventId" = ${eventId}
      AND (b.phone = ${phone} OR word_similarity(${searchTerm(name)}, b."searchKey") >= 0.8)
    LIMIT 5`;
  return rows;
}
