import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/authorize";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { getDb, type Tx } from "@/lib/db/client";
import { notOpenFor } from "@/lib/events/open-for";
import { done, fail, type Outcome } from "@/lib/kernel/outcome";

/** The pairs accepted for meeting (whether since held or missed), and the sum of their potentials. */
export async function acceptedPotential(db: Tx, eventId: string): Promise<{ pairs: number; potential: bigint }> {
  const { _count, _sum } = await db.meeting.aggregate({
    where: { eventId, status: { in: ["ACCEPTED", "HELD", "NO_SHOW"] } },
    _count: { _all: true },
    _sum: { potential: true },
  });
  return { pairs: _count._all, potential: _sum.potential ?? 0n };
}

export const targetInput = z.object({
  /** The potential on the organizer's screen: the target takes exactly that figure, or none. */
  seenPotential: z.string().regex(/^\d{1,20}$/),
});

/**
 * Sets the mission's target from the business matching ("berdasarkan business matching … ditargetkan
 * sebesar Rp650 miliar"): the sum of the accepted pairs' potentials, as the organizer saw it. If it
 * moved meanwhile (a pair accepted or cancelled), nothing is set and the figure now is returned.
 */
export async function setTargetFromMatching(event: { id: string }, input: z.output<typeof targetInput>, actor: Actor): Promise<Outcome<{ target: string }>> {
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const closed = await notOpenFor(tx, event.id, "matching");
      if (closed) return closed;
      const { pairs, potential } = await acceptedPotential(tx, event.id);
      if (potential === 0n) return fail("NO_POTENTIAL");
      if (potential !== BigInt(input.seenPotential)) return fail("POTENTIAL_MOVED", { potential: potential.toString(), pairs });
      const before = await tx.event.findUniqueOrThrow({ where: { id: event.id }, select: { targetAmount: true } });
      await tx.event.update({ where: { id: event.id }, data: { targetAmount: potential } });
      await recordAudit(tx, {
        ...auditedBy(actor),
        eventId: event.id,
        action: "event.target_set",
        targetType: "Event",
        targetId: event.id,
        before: { targetAmount: before.targetAmount },
        after: { targetAmount: potential, from: "matching", pairs },
      });
      return done("TARGET_SET", { target: potential.toString() }, { target: potential.toString() });
    },
    { isolationLevel: "RepeatableRead" },
  );
}
