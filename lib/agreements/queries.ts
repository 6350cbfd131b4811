import "server-only";
import { getDb } from "@/lib/db/client";

/** An event's agreements and the register of parties (agencies, BUMD, associations…) of both its provinces. */
export async function agreementsPage(eventId: string) {
  const db = await getDb();
  const sides = await db.eventSide.findMany({ where: { eventId }, orderBy: { role: "asc" }, select: { role: true, province: true, shortName: true } });
  const [agreements, parties] = await Promise.all([
    db.agreement.findMany({
      where: { eventId },
      orderBy: [{ status: "asc" }, { signedOn: "desc" }, { createdAt: "desc" }],
      include: { visitingParty: true, hostParty: true, document: { select: { fileName: true, size: true } } },
    }),
    db.agreementParty.findMany({ where: { province: { in: sides.map((s) => s.province) } }, orderBy: [{ province: "asc" }, { kind: "asc" }, { name: "asc" }] }),
  ]);
  return { sides, agreements, parties };
}

/** The scanned PDF of an agreement of the event. */
export async function agreementDocument(eventId: string, agreementId: string) {
  const db = await getDb();
  const agreement = await db.agreement.findFirst({ where: { id: agreementId, eventId }, select: { document: true } });
  return agreement?.document ?? null;
}
