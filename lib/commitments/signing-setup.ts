import "server-only";
import { getDb } from "@/lib/db/client";
import { newIdempotencyKey } from "./new-key";

/** What a signing form needs to know about the event. */
export async function signingSetup(eventId: string) {
  const db = await getDb();
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { sectors: true, valueCeiling: true, sides: { select: { role: true, code: true, shortName: true, province: true } } } });
  const side = (role: "VISITING" | "HOST") => {
    const { code, shortName, province } = event.sides.find((s) => s.role === role)!;
    return { code, shortName, province };
  };
  return { visiting: side("VISITING"), host: side("HOST"), sectors: event.sectors, ceiling: event.valueCeiling?.toString() ?? null, initialKey: newIdempotencyKey() };
}
