import "server-only";
import { z } from "zod";
import { failure, INVALID_INPUT, success, type ActionResult } from "@/lib/actions/result";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { EVENT_TIME_ZONES, utcOffset } from "@/lib/format/datetime";
import { parseRupiah } from "@/lib/money/rupiah";
import { eventSlug } from "./schema";
import { lines, sideSetup } from "./setup";

// Events administration for the organizer: create a mission, change its details, archive it (never
// delete: its figures stay published and countable), and bring it back.

const optionalRupiah = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (!text) return null;
    const parsed = parseRupiah(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.value;
  });
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Isi tanggal dan jam.");

const details = z.object({
  name: z.string().trim().min(5, "Nama misi dagang minimal 5 huruf.").max(150),
  venue: z.string().trim().min(3, "Tulis tempatnya.").max(150),
  city: z.string().trim().min(3, "Tulis kotanya.").max(80),
  timeZone: z.string().pipe(z.enum(EVENT_TIME_ZONES, { message: "Pilih zona waktu." })),
  startsAt: localDateTime,
  endsAt: localDateTime,
  targetAmount: optionalRupiah,
  valueCeiling: optionalRupiah,
});

/** "2025-05-08T08:00" read on the event's own clock. */
const instant = (local: string, timeZone: string) => new Date(`${local}:00${utcOffset(timeZone)}`);

function checkDates<T extends { startsAt: string; endsAt: string; timeZone: string }>(value: T, ctx: z.RefinementCtx) {
  if (instant(value.endsAt, value.timeZone) <= instant(value.startsAt, value.timeZone))
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Selesai harus sesudah mulai." });
}

/** Cross-field checks run even when another field is wrong, so every mistake is shown at once. */
const datesReadable = {
  when: (payload: { value: unknown }) => details.pick({ startsAt: true, endsAt: true, timeZone: true }).safeParse(payload.value).success,
};

export const eventDetailsInput = details
  .extend({ status: z.string().pipe(z.enum(["PLANNED", "LIVE", "CLOSED"], { message: "Pilih status." })) })
  .superRefine(checkDates, datesReadable);
export type EventDetailsInput = z.input<typeof eventDetailsInput>;

const newSide = sideSetup.extend({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,12}$/, "Kode 2–12 huruf, misalnya JATIM."),
});
export const newEventInput = details
  .extend({ slug: eventSlug, sectors: lines(50, "sektor"), visiting: newSide, host: newSide })
  .superRefine(checkDates, datesReadable)
  .superRefine(
    (value, ctx) => {
      if (value.visiting.code === value.host.code) ctx.addIssue({ code: "custom", path: ["host", "code"], message: "Kode kedua pihak harus berbeda." });
    },
    { when: (payload) => z.object({ visiting: newSide.pick({ code: true }), host: newSide.pick({ code: true }) }).safeParse(payload.value).success },
  );
export type NewEventInput = z.input<typeof newEventInput>;

function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.map(String).join(".")] ??= []).push(issue.message);
  return errors;
}

const detailsData = (d: z.infer<typeof details>) => ({
  name: d.name,
  venue: d.venue,
  city: d.city,
  timeZone: d.timeZone,
  startsAt: instant(d.startsAt, d.timeZone),
  endsAt: instant(d.endsAt, d.timeZone),
  targetAmount: d.targetAmount,
  valueCeiling: d.valueCeiling,
});

/** Money in the audit trail is a decimal string. */
const auditable = <T extends { targetAmount: bigint | null; valueCeiling: bigint | null }>(data: T) => ({
  ...data,
  targetAmount: data.targetAmount?.toString() ?? null,
  valueCeiling: data.valueCeiling?.toString() ?? null,
});

export async function createEvent(input: NewEventInput, actor: AuditActor): Promise<ActionResult<{ slug: string }>> {
  const parsed = newEventInput.safeParse(input);
  if (!parsed.success) return failure("INVALID", INVALID_INPUT, fieldErrors(parsed.error));
  const { slug, sectors, visiting, host } = parsed.data;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if (await tx.event.findUnique({ where: { slug }, select: { id: true } }))
      return failure("CONFLICT", INVALID_INPUT, { slug: [`Alamat "${slug}" sudah dipakai misi dagang lain.`] });
    const data = detailsData(parsed.data);
    const event = await tx.event.create({
      data: {
        ...data,
        slug,
        sectors,
        status: "PLANNED",
        sides: {
          create: [
            { role: "VISITING" as const, ...visiting },
            { role: "HOST" as const, ...host },
          ],
        },
      },
    });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "event.created",
      targetType: "Event",
      targetId: event.id,
      after: { ...auditable(data), slug, sectors, visiting, host },
    });
    return success(`Misi dagang "${event.name}" dibuat.`, { slug });
  });
}

export async function updateEventDetails(eventId: string, input: EventDetailsInput, actor: AuditActor): Promise<ActionResult> {
  const parsed = eventDetailsInput.safeParse(input);
  if (!parsed.success) return failure("INVALID", INVALID_INPUT, fieldErrors(parsed.error));
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.event.findUniqueOrThrow({
      where: { id: eventId },
      select: { name: true, venue: true, city: true, timeZone: true, startsAt: true, endsAt: true, targetAmount: true, valueCeiling: true, status: true },
    });
    if (before.status === "ARCHIVED") return failure("CONFLICT", "Misi dagang ini diarsipkan: pulihkan dulu untuk mengubahnya.");
    const data = { ...detailsData(parsed.data), status: parsed.data.status };
    await tx.event.update({ where: { id: eventId }, data });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId,
      action: "event.updated",
      targetType: "Event",
      targetId: eventId,
      before: auditable(before),
      after: auditable(data),
    });
    return success("Data misi dagang disimpan.", undefined);
  });
}

const archiveInput = z.object({ reason: z.string().trim().min(5, "Tulis alasannya (minimal 5 huruf).").max(500) });

/** Archived missions leave the public home page and the desk lists; their figures stay as they are. */
export async function setEventArchived(eventId: string, archived: boolean, input: { reason: string }, actor: AuditActor): Promise<ActionResult> {
  const parsed = archiveInput.safeParse(input);
  if (!parsed.success) return failure("INVALID", INVALID_INPUT, fieldErrors(parsed.error));
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { status: true } });
    if ((event.status === "ARCHIVED") === archived)
      return failure("CONFLICT", archived ? "Misi dagang ini sudah diarsipkan." : "Misi dagang ini tidak diarsipkan.");
    // Brought back as closed: the organizer reopens it explicitly if needed.
    const status = archived ? "ARCHIVED" : "CLOSED";
    await tx.event.update({ where: { id: eventId }, data: { status } });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId,
      action: archived ? "event.archived" : "event.restored",
      targetType: "Event",
      targetId: eventId,
      before: { status: event.status },
      after: { status, reason: parsed.data.reason },
    });
    return success(archived ? "Misi dagang diarsipkan." : "Misi dagang dipulihkan.", undefined);
  });
}
