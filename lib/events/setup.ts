import "server-only";
import { z } from "zod";
import { failure, success, type ActionResult } from "@/lib/actions/result";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";

export const lines = (max: number, label: string) =>
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
        .array(z.string().max(100, `Setiap ${label} paling panjang 100 huruf.`))
        .min(1, `Tulis minimal satu ${label}.`)
        .max(max, `Paling banyak ${max} ${label}.`),
    );

export const sideSetup = z.object({
  code: z.string().trim().min(1),
  province: z.string().trim().min(3, "Nama provinsi minimal 3 huruf.").max(100),
  shortName: z.string().trim().min(2, "Singkatan minimal 2 huruf.").max(20),
  quota: z.coerce.number({ message: "Kuota harus angka." }).int("Kuota harus bilangan bulat.").min(1, "Kuota minimal 1.").max(100_000),
  regencies: lines(200, "kabupaten/kota"),
});

export const eventSetupInput = z.object({ sectors: lines(50, "sektor"), sides: z.array(sideSetup).length(2) });
export type EventSetupInput = z.input<typeof eventSetupInput>;

/** The organizer sets up the two sides (province, quota, kabupaten/kota) and the sectors offered. */
export async function updateEventSetup(eventId: string, input: EventSetupInput, actor: AuditActor): Promise<ActionResult> {
  const parsed = eventSetupInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join(".");
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return failure("INVALID", "Periksa kembali isian yang ditandai.", fieldErrors);
  }
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
    const event = await tx.event.findUniqueOrThrow({
      where: { id: eventId },
      select: {
        sectors: true,
        sides: { select: { id: true, code: true, province: true, shortName: true, quota: true, regencies: true, _count: { select: { businesses: true } } } },
      },
    });
    const errors: Record<string, string[]> = {};
    parsed.data.sides.forEach((wanted, i) => {
      const side = event.sides.find((s) => s.code === wanted.code);
      if (!side) errors[`sides.${i}.code`] = ["Pihak tidak dikenal."];
      else if (wanted.quota < side._count.businesses)
        errors[`sides.${i}.quota`] = [`Sudah ${side._count.businesses} terdaftar: kuota tidak boleh lebih kecil.`];
    });
    if (Object.keys(errors).length) return failure("INVALID", "Periksa kembali isian yang ditandai.", errors);

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
    return success("Pengaturan misi dagang disimpan.", undefined);
  });
}
