import "server-only";
import { getDb } from "@/lib/db/client";

/** An event's agreements and the OPD register of both its provinces. */
export async function agreementsPage(eventId: string) {
  const db = await getDb();
  const sides = await db.eventSide.findMany({ where: { eventId }, orderBy: { role: "asc" }, select: { role: true, province: true, shortName: true } });
  const [agreements, opds] = await Promise.all([
    db.agreement.findMany({
      where: { eventId },
      orderBy: [{ status: "asc" }, { signedOn: "desc" }, { createdAt: "desc" }],
      include: { visitingOpd: true, hostOpd: true, document: { select: { fileName: true, size: true } } },
    }),
    db.opd.findMany({ where: { province: { in: sides.map((s) => s.province) } }, orderBy: [{ province: "asc" }, { name: "asc" }] }),
  ]);
  return { sides, agreements, opds };
}

/** The scanned PDF of an agreement of the event. */
export async function agreementDocument(eventId: string, agreementId: string) {
  const db = await getDb();
  const agreement = await db.agreement.findFirst({ where: { id: agreementId, eventId }, select: { document: true } });
  return agreement?.document ?? null;
}
