import "server-only";
import { z } from "zod";
import { fieldCodes } from "@/lib/kernel/form";
import { done, invalid, type Outcome } from "@/lib/kernel/outcome";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { getDb, type Tx } from "@/lib/db/client";
import { isCalendarDateTime, utcOffset } from "@/lib/format/datetime";
import { countedInFigure } from "@/lib/totals/queries";

export const interimInput = z.object({
  /** "2025-05-08T12:00": the moment the figure stands at ("hingga pukul 12.00 WITA"), on the mission's clock. */
  asOf: z.string().refine(isCalendarDateTime, "dateTimeRequired"),
  note: z.string().trim().max(300, "noteTooLong300").default(""),
});

/**
 * The organizer announces an interim figure ("sampai dengan siang"): the ledger as it stood at a moment
 * that has passed, which no later signing or void can change, so it is exactly what the hall was told.
 * Kept as announced; the board and the public page show the latest until the official freeze.
 */
export async function publishInterimFigure(
  event: { id: string; timeZone: string },
  input: z.input<typeof interimInput>,
  actor: Actor,
): Promise<Outcome<{ id: string; total: string }>> {
  const parsed = interimInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const asOf = new Date(`${parsed.data.asOf}:00${utcOffset(event.timeZone)}`);
  // A moment still to come has no figure yet: what is signed until then would not be in it.
  if (asOf.getTime() > Date.now()) return invalid({ asOf: ["interimInFuture"] });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const figure = await tx.interimFigure.create({
      data: { eventId: event.id, asOf, ...(await ledgerAsOf(tx, event.id, asOf)), note: parsed.data.note || null, publishedById: actor.id },
    });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "interim_figure.published",
      targetType: "InterimFigure",
      targetId: figure.id,
      after: { asOf: asOf.toISOString(), total: figure.total, sell: figure.sell, buy: figure.buy, invest: figure.invest, commitments: figure.commitments },
    });
    return done("INTERIM_FIGURE_PUBLISHED", { id: figure.id, total: figure.total.toString() });
  });
}

/** The ledger's figure at a moment, by the totals' own rule (countedInFigure). */
export async function ledgerAsOf(tx: Tx, eventId: string, asOf: Date) {
  const rows = await tx.$queryRaw<{ category: "SELL" | "BUY" | "INVEST"; total: bigint; count: number }[]>`
    SELECT category, coalesce(sum(value), 0)::bigint AS total, count(*)::int AS count FROM "Commitment"
    WHERE "eventId" = ${eventId} AND ${countedInFigure(asOf)}
    GROUP BY category`;
  const sum = (category: "SELL" | "BUY" | "INVEST") => rows.find((r) => r.category === category)?.total ?? 0n;
  return {
    sell: sum("SELL"),
    buy: sum("BUY"),
    invest: sum("INVEST"),
    total: sum("SELL") + sum("BUY") + sum("INVEST"),
    commitments: rows.reduce((n, r) => n + r.count, 0),
  };
}
