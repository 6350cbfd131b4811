import "server-only";
import { z } from "zod";
import { fieldCodes } from "@/lib/kernel/form";
import { done, fail, invalid, type Outcome } from "@/lib/kernel/outcome";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";

export const freezeInput = z.object({
  note: z.string().trim().max(300, "noteTooLong300").default(""),
  /** The figure the organizer saw and confirmed: the freeze takes exactly that one, or none. */
  seenTotal: z.string().regex(/^\d{1,20}$/),
  seenCommitments: z.coerce.number().int().min(0),
});

/**
 * The organizer freezes the official figure (total, per category, counts) at the announced time. It
 * can never be changed or taken back; a later freeze supersedes it, and both stay in the record.
 * It freezes the figure the organizer confirmed: if a signing or a void landed since, it is refused
 * with the figure as it now is, to confirm again.
 */
export async function freezeOfficialFigure(
  event: { id: string },
  input: z.input<typeof freezeInput>,
  actor: Actor,
): Promise<Outcome<{ id: string; total: string }, { total: string; commitments: number }>> {
  const parsed = freezeInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const signed = await tx.commitment.groupBy({
        by: ["category"],
        where: { eventId: event.id, status: "SIGNED" },
        _sum: { value: true },
        _count: { _all: true },
      });
      const sum = (category: "SELL" | "BUY" | "INVEST") => signed.find((row) => row.category === category)?._sum.value ?? 0n;
      const total = sum("SELL") + sum("BUY") + sum("INVEST");
      const commitments = signed.reduce((n, row) => n + row._count._all, 0);
      if (total !== BigInt(parsed.data.seenTotal) || commitments !== parsed.data.seenCommitments)
        return fail("FIGURE_MOVED", { total: total.toString(), commitments }, undefined, { total: total.toString(), commitments });
      const agreements = await tx.agreement.count({ where: { eventId: event.id, status: "ACTIVE" } });
      const previous = await tx.officialFigure.findFirst({ where: { eventId: event.id }, orderBy: { frozenAt: "desc" }, select: { id: true, total: true } });
      const figure = await tx.officialFigure.create({
        data: {
          eventId: event.id,
          frozenAt: new Date(),
          sell: sum("SELL"),
          buy: sum("BUY"),
          invest: sum("INVEST"),
          total,
          commitments,
          agreements,
          frozenById: actor.id,
          note: parsed.data.note || null,
        },
      });
      await recordAudit(tx, {
        ...auditedBy(actor),
        eventId: event.id,
        action: "official_figure.frozen",
        targetType: "OfficialFigure",
        targetId: figure.id,
        before: previous ? { supersedes: previous.id, total: previous.total } : undefined,
        after: {
          total: figure.total,
          sell: figure.sell,
          buy: figure.buy,
          invest: figure.invest,
          commitments: figure.commitments,
          agreements: figure.agreements,
          frozenAt: figure.frozenAt.toISOString(),
        },
      });
      return done(previous ? "OFFICIAL_FIGURE_SUPERSEDED" : "OFFICIAL_FIGURE_FROZEN", {
        id: figure.id,
        total: figure.total.toString(),
      });
    },
    // One consistent snapshot: the figure's parts always add up to its total.
    { isolationLevel: "RepeatableRead" },
  );
}
