import "server-only";
import { z } from "zod";
import { fieldCodes } from "@/lib/kernel/form";
import { done, fail, invalid, type Outcome } from "@/lib/kernel/outcome";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { formatEventTime } from "@/lib/format/datetime";
import { notOpenFor } from "@/lib/events/open-for";
import { badgeCodeFrom } from "./desk-list";

export const checkInInput = z.object({
  /** What the scanner typed or the camera read: the badge code, alone or at the end of a URL. */
  code: z.string().trim().max(300).default(""),
  businessId: z.string().trim().max(64).default(""),
  desk: z.string().trim().max(40).default(""),
});

export interface CheckInOutcome {
  /** CHECKED_IN: this request recorded it. ALREADY: someone had, and when and where is said. */
  status: "CHECKED_IN" | "ALREADY";
  business: { id: string; name: string; representative: string; side: string; sector: string };
  at: string;
  desk: string | null;
}

/**
 * Checks a business in, exactly once: the update only applies while it is not checked in, so two
 * desks scanning the same badge at once record one check-in, and the second is told who did it.
 */
export async function checkIn(event: { id: string; timeZone: string }, input: z.input<typeof checkInInput>, actor: Actor): Promise<Outcome<CheckInOutcome>> {
  const parsed = checkInInput.parse(input);
  const code = badgeCodeFrom(parsed.code);
  if (!code && !parsed.businessId) return fail("SCAN_REQUIRED");
  const desk = parsed.desk || actor.name;
  const db = await getDb();
  const where = parsed.businessId ? { id: parsed.businessId, eventId: event.id } : { badgeCode: code, eventId: event.id };

  return db.$transaction(async (tx) => {
    const closed = await notOpenFor(tx, event.id, "checkIn");
    if (closed) return closed;
    const business = await tx.business.findFirst({
      where,
      select: { id: true, name: true, representative: true, sector: true, side: { select: { shortName: true } } },
    });
    if (!business) {
      const elsewhere = code ? await tx.business.count({ where: { badgeCode: code } }) : 0;
      if (parsed.businessId) return fail("NOT_FOUND", { what: "business" });
      return elsewhere ? fail("BADGE_OF_OTHER_EVENT", { code }) : fail("UNKNOWN_BADGE", { code });
    }
    const now = new Date();
    const { count } = await tx.business.updateMany({
      where: { id: business.id, checkedInAt: null },
      data: { checkedInAt: now, checkedInById: actor.id, checkedInDesk: desk },
    });
    const summary = { id: business.id, name: business.name, representative: business.representative, side: business.side.shortName, sector: business.sector };
    if (count === 0) {
      const earlier = await tx.business.findUniqueOrThrow({ where: { id: business.id }, select: { checkedInAt: true, checkedInDesk: true } });
      const at = formatEventTime(earlier.checkedInAt!, event.timeZone);
      const outcome = { status: "ALREADY" as const, business: summary, at, desk: earlier.checkedInDesk };
      return done("ALREADY_CHECKED_IN", outcome, { name: business.name, at, hasDesk: earlier.checkedInDesk ? "yes" : "no", desk: earlier.checkedInDesk ?? "" });
    }
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "business.checked_in",
      targetType: "Business",
      targetId: business.id,
      after: { name: business.name, desk, checkedInAt: now.toISOString() },
    });
    const at = formatEventTime(now, event.timeZone);
    return done("CHECKED_IN", { status: "CHECKED_IN" as const, business: summary, at, desk }, { name: business.name, side: business.side.shortName, at });
  });
}

export const undoCheckInInput = z.object({
  businessId: z.string().trim().min(1).max(64),
  reason: z.string().trim().min(5, "undoReasonTooShort").max(300),
});

/** Takes back a check-in made by mistake; the reason goes into the audit trail. */
export async function undoCheckIn(eventId: string, input: z.input<typeof undoCheckInInput>, actor: Actor): Promise<Outcome> {
  const parsed = undoCheckInInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const closed = await notOpenFor(tx, eventId, "checkIn");
    if (closed) return closed;
    const business = await tx.business.findFirst({
      where: { id: parsed.data.businessId, eventId },
      select: { id: true, name: true, checkedInAt: true, checkedInDesk: true },
    });
    if (!business) return fail("NOT_FOUND", { what: "business" });
    const { count } = await tx.business.updateMany({
      where: { id: business.id, checkedInAt: { not: null } },
      data: { checkedInAt: null, checkedInById: null, checkedInDesk: null },
    });
    if (count === 0) return fail("NOT_CHECKED_IN", { name: business.name });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId,
      action: "business.check_in_undone",
      targetType: "Business",
      targetId: business.id,
      before: { checkedInAt: business.checkedInAt?.toISOString(), desk: business.checkedInDesk },
      after: { checkedInAt: null, reason: parsed.data.reason },
    });
    return done("CHECK_IN_UNDONE", undefined, { name: business.name });
  });
}
