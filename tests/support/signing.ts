// What the signing tests need: businesses on both sides of an event and a valid signature image.
import { getDb } from "@/lib/db/client";
import { newPublicCode } from "@/lib/codes";

export { SIGNATURE } from "./signature";

export async function twoBusinesses(eventId: string) {
  const db = await getDb();
  const sides = await db.eventSide.findMany({ where: { eventId } });
  const make = async (role: "VISITING" | "HOST", name: string) =>
    db.business.create({
      data: {
        eventId,
        sideId: sides.find((s) => s.role === role)!.id,
        name,
        representative: `Wakil ${name}`,
        sector: "Kuliner",
        regency: "",
        source: "PRE_REGISTERED",
        badgeCode: newPublicCode(),
      },
    });
  return { visiting: await make("VISITING", `Usaha Jatim ${newPublicCode(4)}`), host: await make("HOST", `Usaha Kaltim ${newPublicCode(4)}`) };
}
