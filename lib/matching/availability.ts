import "server-only";
import { z } from "zod";
import { formList } from "@/lib/kernel/form";
import { auditedBy, recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { notOpenFor } from "@/lib/events/open-for";
import { done, fail, invalid, type Outcome } from "@/lib/kernel/outcome";
import type { LineEditor } from "./trade-lines";

/** The rounds (by number) in which a business cannot meet anyone; the scheduler leaves them free. */
export const availabilityInput = z.object({
  unavailableRounds: formList(z.string().regex(/^\d{1,3}$/, "roundUnknown")).transform((rounds) => rounds.map(Number)),
});

export async function setUnavailableRounds(event: { id: string }, businessId: string, rounds: number[], by: LineEditor): Promise<Outcome> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const closed = await notOpenFor(tx, event.id, "matching");
    if (closed) return closed;
    const business = await tx.business.findFirst({ where: { id: businessId, eventId: event.id }, select: { unavailableRounds: true } });
    if (!business) return fail("NOT_FOUND", { what: "business" });
    const known = new Set((await tx.meetingRound.findMany({ where: { eventId: event.id }, select: { number: true } })).map((r) => r.number));
    const unknown = rounds.filter((n) => !known.has(n));
    if (unknown.length > 0) return invalid({ unavailableRounds: [{ key: "roundUnknown", params: { round: unknown[0] } }] });
    const chosen = [...new Set(rounds)].sort((a, b) => a - b);
    await tx.business.update({ where: { id: businessId }, data: { unavailableRounds: chosen } });
    await recordAudit(tx, {
      ...auditedBy(by),
      eventId: event.id,
      action: "business.availability_changed",
      targetType: "Business",
      targetId: businessId,
      before: { unavailableRounds: business.unavailableRounds },
      after: { unavailableRounds: chosen, via: by.via },
    });
    return done("AVAILABILITY_SAVED", undefined);
  });
}
