import "server-only";
import { z } from "zod";
import { customIssue, fieldCodes, formText } from "@/lib/kernel/form";
import { done, fail, invalid, type Outcome } from "@/lib/kernel/outcome";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { EVENT_TIME_ZONES, isCalendarDateTime, utcOffset } from "@/lib/format/datetime";
import { parseRupiah } from "@/lib/money/rupiah";
import { eventSlug } from "./schema";
import { lines, sideForm, sideSetup } from "./setup";

// Events administration for the organizer: create a mission, change its details, archive it (never
// delete: its figures stay published and countable), and bring it back.

const optionalRupiah = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (!text) return null;
    const parsed = parseRupiah(text);
    if (!parsed.ok) {
      ctx.addIssue(customIssue(parsed.error));
      return z.NEVER;
    }
    return parsed.value;
  });
const localDateTime = z.string().refine(isCalendarDateTime, "dateTimeRequired");

const details = z.object({
  name: z.string().trim().min(5, "missionNameTooShort").max(150),
  venue: z.string().trim().min(3, "venueRequired").max(150),
  city: z.string().trim().min(3, "cityRequired").max(80),
  timeZone: z.string().pipe(z.enum(EVENT_TIME_ZONES, { message: "timeZoneRequired" })),
  startsAt: localDateTime,
  endsAt: localDateTime,
  targetAmount: optionalRupiah,
  valueCeiling: optionalRupiah,
});

/** "2025-05-08T08:00" read on the event's own clock. */
const instant = (local: string, timeZone: string) => new Date(`${local}:00${utcOffset(timeZone)}`);

function checkDates<T extends { startsAt: string; endsAt: string; timeZone: string }>(value: T, ctx: z.RefinementCtx) {
  if (instant(value.endsAt, value.timeZone) <= instant(value.startsAt, value.timeZone))
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "endsBeforeStart" });
}

/** Cross-field checks run even when another field is wrong, so every mistake is shown at once. */
const datesReadable = {
  when: (payload: { value: unknown }) => details.pick({ startsAt: true, endsAt: true, timeZone: true }).safeParse(payload.value).success,
};

export const eventDetailsInput = details
  .extend({
    status: z.string().pipe(z.enum(["PLANNED", "LIVE", "CLOSED"], { message: "statusRequired" })),
    /** Why a closed mission is opened again (required then, and kept in the audit trail). */
    statusReason: z.string().trim().max(500).default(""),
  })
  .superRefine(checkDates, datesReadable);
export type EventDetailsInput = z.input<typeof eventDetailsInput>;

const newSide = sideSetup.extend({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,12}$/, "sideCodeInvalid"),
});
export const newEventInput = details
  .extend({ slug: eventSlug, sectors: lines(50, "sector"), visiting: newSide, host: newSide })
  .superRefine(checkDates, datesReadable)
  .superRefine(
    (value, ctx) => {
      if (value.visiting.code === value.host.code) ctx.addIssue({ code: "custom", path: ["host", "code"], message: "sideCodesEqual" });
    },
    { when: (payload) => z.object({ visiting: newSide.pick({ code: true }), host: newSide.pick({ code: true }) }).safeParse(payload.value).success },
  );
export type NewEventInput = z.input<typeof newEventInput>;

/** The mission forms' fields as they are sent (text), read by the inputs above. */
const detailsForm = {
  name: formText(200),
  venue: formText(200),
  city: formText(100),
  timeZone: formText(60),
  startsAt: formText(30),
  endsAt: formText(30),
  targetAmount: formText(100),
  valueCeiling: formText(100),
};
export const eventDetailsForm = z.object({ ...detailsForm, status: formText(20), statusReason: formText(500) });
export const newEventForm = z.object({ ...detailsForm, slug: formText(100), sectors: formText(20_000), visiting: sideForm, host: sideForm });

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

export async function createEvent(input: NewEventInput, actor: AuditActor): Promise<Outcome<{ slug: string }>> {
  const parsed = newEventInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const { slug, sectors, visiting, host } = parsed.data;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if (await tx.event.findUnique({ where: { slug }, select: { id: true } }))
      return fail("SLUG_TAKEN", { slug }, { slug: [{ key: "slugTaken", params: { slug } }] });
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
    return done("MISSION_CREATED", { slug }, { name: event.name });
  });
}

export async function updateEventDetails(eventId: string, input: EventDetailsInput, actor: AuditActor): Promise<Outcome> {
  const parsed = eventDetailsInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.event.findUniqueOrThrow({
      where: { id: eventId },
      select: { name: true, venue: true, city: true, timeZone: true, startsAt: true, endsAt: true, targetAmount: true, valueCeiling: true, status: true },
    });
    if (before.status === "ARCHIVED") return fail("EVENT_ARCHIVED");
    const reopening = before.status === "CLOSED" && parsed.data.status !== "CLOSED";
    if (reopening && parsed.data.statusReason.length < 5) return invalid({ statusReason: ["reopenReasonRequired"] });
    const data = { ...detailsData(parsed.data), status: parsed.data.status };
    await tx.event.update({ where: { id: eventId }, data });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId,
      action: "event.updated",
      targetType: "Event",
      targetId: eventId,
      before: auditable(before),
      after: { ...auditable(data), ...(reopening ? { reopenedBecause: parsed.data.statusReason } : {}) },
    });
    return done("MISSION_SAVED", undefined);
  });
}

const archiveInput = z.object({ reason: z.string().trim().min(5, "reasonTooShort").max(500) });
/** The archive form: archive (the default) or restore, with a reason either way. */
export const archiveForm = z.object({ intent: z.enum(["archive", "restore"]).default("archive"), reason: formText(1000) });

/** Archived missions leave the public home page and the desk lists; their figures stay as they are. */
export async function setEventArchived(eventId: string, archived: boolean, input: { reason: string }, actor: AuditActor): Promise<Outcome> {
  const parsed = archiveInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { status: true } });
    if ((event.status === "ARCHIVED") === archived) return fail(archived ? "ALREADY_ARCHIVED" : "NOT_ARCHIVED");
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
    return done(archived ? "MISSION_ARCHIVED" : "MISSION_RESTORED", undefined);
  });
}
