// A mission of a test's own, set up as the seeded practice mission is (open, both sides, the demo's
// sectors and regencies), so the test relies on nothing another test left there.
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newPublicCode } from "@/lib/codes";
import { DEMO_SIDES, PRACTICE_EVENT } from "@/lib/demo/demo-event";

export async function newPracticeMission(extra: { targetAmount?: bigint } = {}) {
  const db = await getDb();
  return db.event.create({
    data: { ...PRACTICE_EVENT, slug: `latihan-${newPublicCode().toLowerCase()}`, sides: { create: DEMO_SIDES }, ...extra },
    select: { id: true, slug: true, timeZone: true },
  });
}

/** A business of one side of a mission, written straight to the database as an import would, with whatever else the test needs. */
export async function newBusiness(eventId: string, role: "VISITING" | "HOST", name: string, extra: Partial<Prisma.BusinessUncheckedCreateInput> = {}) {
  const db = await getDb();
  const side = await db.eventSide.findFirstOrThrow({ where: { eventId, role } });
  return db.business.create({
    data: {
      eventId,
      sideId: side.id,
      name,
      representative: `Wakil ${name}`,
      sector: "Kuliner",
      regency: "",
      source: "PRE_REGISTERED",
      badgeCode: newPublicCode(),
      ...extra,
    },
  });
}
