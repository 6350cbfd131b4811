import "server-only";
import { z } from "zod";
import { fieldCodes, formText } from "@/lib/kernel/form";
import { done, invalid, type FieldCodes, type Outcome } from "@/lib/kernel/outcome";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";

export const lines = (max: number, what: "sector" | "regency") =>
  z
    .string()
    .max(20_000)
    .transform((text) => [
      ...new Set(
        text
          .split(/\r?\n/)
          .map((l) => l.trim().replace(/\s+/g, " "))
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().max(100, `${what}TooLong`))
        .min(1, `${what}ListEmpty`)
        .max(max, `${what}TooMany`),
    );

export const sideSetup = z.object({
  code: z.string().trim().min(1),
  province: z.string().trim().min(3, "provinceTooShort").max(100),
  shortName: z.string().trim().min(2, "shortNameTooShort").max(20),
  quota: z.coerce.number({ message: "quotaNotANumber" }).int("quotaNotWhole").min(1, "quotaTooSmall").max(100_000),
  regencies: lines(200, "regency"),
});

export const eventSetupInput = z.object({ sectors: lines(50, "sector"), sides: z.array(sideSetup).length(2) });
/** A side's fields as the forms send them (text), read by sideSetup. */
export const sideForm = z.object({ code: formText(20), province: formText(100), shortName: formText(20), quota: formText(20), regencies: formText(20_000) });
export const eventSetupForm = z.object({ sectors: formText(20_000), sides: z.array(sideForm).length(2) });
export type EventSetupInput = z.input<typeof eventSetupInput>;

/** The organizer sets up the two sides (province, quota, kabupaten/kota) and the sectors offered. */
export async function updateEventSetup(eventId: string, input: EventSetupInput, actor: AuditActor): Promise<Outcome> {
  const parsed = eventSetupInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR NO KEY UPDATE`;
    const event = await tx.event.findUniqueOrThrow({
      where: { id: eventId },
      select: {
        sectors: true,
        sides: { select: { id: true, code: true, province: true, shortName: true, quota: true, regencies: true, _count: { select: { businesses: true } } } },
      },
    });
    const errors: FieldCodes = {};
    parsed.data.sides.forEach((wanted, i) => {
      const side = event.sides.find((s) => s.code === wanted.code);
      if (!side) errors[`sides.${i}.code`] = ["sideUnknown"];
      else if (wanted.quota < side._count.businesses)
        errors[`sides.${i}.quota`] = [{ key: "quotaBelowRegistered", params: { registered: side._count.businesses } }];
    });
    if (Object.keys(errors).length) return invalid(errors);

    await tx.event.update({ where: { id: eventId }, data: { sectors: parsed.data.sectors } });
    for (const wanted of parsed.data.sides) {
      await tx.eventSide.updateMany({
        where: { eventId, code: wanted.code },
        data: { province: wanted.province, shortName: wanted.shortName, quota: wanted.quota, regencies: wanted.regencies },
      });
    }
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId,
      action: "event.setup_changed",
      targetType: "Event",
      targetId: eventId,
      before: { sectors: event.sectors, sides: event.sides.map(({ id, _count, ...s }) => s) },
      after: parsed.data,
    });
    return done("SETUP_SAVED", undefined);
  });
}
