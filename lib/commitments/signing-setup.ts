import "server-only";
import { eventSides } from "@/lib/businesses/queries";
import { newIdempotencyKey } from "./new-key";
import { valueCeiling } from "./rules";

/** What a signing form needs to know about the event. */
export async function signingSetup(eventId: string) {
  const event = await eventSides(eventId);
  const side = (role: "VISITING" | "HOST") => {
    const { code, shortName, province } = event.sides.find((s) => s.role === role)!;
    return { code, shortName, province };
  };
  return {
    visiting: side("VISITING"),
    host: side("HOST"),
    sectors: event.sectors,
    ceiling: valueCeiling(event.valueCeiling).toString(),
    initialKey: newIdempotencyKey(),
  };
}
