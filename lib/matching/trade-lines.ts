import "server-only";
import { z } from "zod";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { notOpenFor } from "@/lib/events/open-for";
import { done, fail, invalid, type Outcome } from "@/lib/kernel/outcome";
import { checkTradeLine, matchKey, MAX_LINES_PER_BUSINESS, tradeLineFields } from "./lines";

/** Who changed a list: a staff member, or the business's representative through the badge's link (no account: the audit row says so). */
export type LineEditor = AuditActor & { via: "staff" | "badge" };

/** A new line, or a change to one of the business's lines (`lineId`). */
export const tradeLineInput = tradeLineFields.extend({ lineId: z.string().trim().max(64).default("") });
export const removeLineInput = z.object({ lineId: z.string().trim().min(1).max(64) });

/**
 * Adds a line to what a business offers or needs, or changes one, checked as the signing form checks
 * its fields. The mission must still be matching (planned or live).
 */
export async function saveTradeLine(
  event: { id: string },
  businessId: string,
  input: z.input<typeof tradeLineInput>,
  by: LineEditor,
): Promise<Outcome<{ id: string }>> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const closed = await notOpenFor(tx, event.id, "matching");
    if (closed) return closed;
    const business = await tx.business.findFirst({
      where: { id: businessId, eventId: event.id },
      select: { sector: true, event: { select: { sectors: true } } },
    });
    if (!business) return fail("NOT_FOUND", { what: "business" });
    const checked = checkTradeLine(input, { sectors: business.event.sectors, businessSector: business.sector });
    if (!checked.ok) return invalid(checked.fieldErrors);
    const line = { ...checked.value, matchKey: matchKey(checked.value.commodity) };
    const lineId = input.lineId?.trim();
    if (lineId) {
      const before = await tx.tradeLine.findFirst({ where: { id: lineId, businessId, eventId: event.id, removedAt: null } });
      if (!before) return fail("NOT_FOUND", { what: "line" });
      await tx.tradeLine.update({ where: { id: lineId }, data: line });
      await recordAudit(tx, {
        ...auditedBy(by),
        eventId: event.id,
        action: "trade_line.updated",
        targetType: "TradeLine",
        targetId: lineId,
        before: { kind: before.kind, commodity: before.commodity, sector: before.sector, estimatedValue: before.estimatedValue },
        after: { kind: line.kind, commodity: line.commodity, sector: line.sector, estimatedValue: line.estimatedValue, via: by.via },
      });
      return done("LINE_SAVED", { id: lineId });
    }
    // One change to a business's list at a time, so two additions never both pass the count.
    await tx.$queryRaw`SELECT id FROM "Business" WHERE id = ${businessId} FOR NO KEY UPDATE`;
    const count = await tx.tradeLine.count({ where: { businessId, removedAt: null } });
    if (count >= MAX_LINES_PER_BUSINESS) return fail("TOO_MANY_LINES", { max: MAX_LINES_PER_BUSINESS });
    const created = await tx.tradeLine.create({ data: { ...line, eventId: event.id, businessId }, select: { id: true } });
    await recordAudit(tx, {
      ...auditedBy(by),
      eventId: event.id,
      action: "trade_line.added",
      targetType: "TradeLine",
      targetId: created.id,
      after: { businessId, kind: line.kind, commodity: line.commodity, sector: line.sector, estimatedValue: line.estimatedValue, via: by.via },
    });
    return done("LINE_SAVED", created);
  });
}

/** Takes a line off a business's list. It is kept (a meeting's reason may quote it), marked removed. */
export async function removeTradeLine(event: { id: string }, businessId: string, lineId: string, by: LineEditor): Promise<Outcome> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const closed = await notOpenFor(tx, event.id, "matching");
    if (closed) return closed;
    const { count } = await tx.tradeLine.updateMany({ where: { id: lineId, businessId, eventId: event.id, removedAt: null }, data: { removedAt: new Date() } });
    if (count === 0) return fail("NOT_FOUND", { what: "line" });
    await recordAudit(tx, {
      ...auditedBy(by),
      eventId: event.id,
      action: "trade_line.removed",
      targetType: "TradeLine",
      targetId: lineId,
      after: { via: by.via },
    });
    return done("LINE_REMOVED", undefined);
  });
}
