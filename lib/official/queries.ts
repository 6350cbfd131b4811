import "server-only";
import { getDb } from "@/lib/db/client";

/** Every freeze of an event, newest first: the first is the official figure, the others superseded. */
export async function officialFigures(eventId: string) {
  const db = await getDb();
  return db.officialFigure.findMany({ where: { eventId }, orderBy: { frozenAt: "desc" }, include: { frozenBy: { select: { name: true } } } });
}
