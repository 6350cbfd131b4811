import "server-only";
import { z } from "zod";
import { customIssue, fieldCodes, formText } from "@/lib/kernel/form";
import { done, fail, invalid, type Outcome } from "@/lib/kernel/outcome";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { localIsoDateTime } from "@/lib/format/datetime";
import { parseRupiah } from "@/lib/money/rupiah";
import type { ScopedEvent } from "./record-commitment";

// Realisasi: after the mission, the organizer records what a signed commitment actually turned into
// (a delivery, a payment, an investment made), as many times as it happens. Reports compare them.

export const realisationInput = z.object({
  commitmentId: z.string().min(1),
  realisedOn: z.iso.date({ message: "realisedOnRequired" }),
  amount: z.string().transform((text, ctx) => {
    const parsed = parseRupiah(text);
    if (!parsed.ok) {
      ctx.addIssue(customIssue(parsed.error));
      return z.NEVER;
    }
    return parsed.value;
  }),
  note: z
    .string()
    .trim()
    .max(500, "noteTooLong")
    .transform((n) => n || null),
});
export type RealisationInput = z.input<typeof realisationInput>;
/** The organizer's form: its fields as typed, read by realisationInput. */
export const realisationForm = z.object({ commitmentId: formText(64), realisedOn: formText(20), amount: formText(100), note: formText(1000) });

export async function recordRealisation(event: ScopedEvent, input: RealisationInput, actor: AuditActor): Promise<Outcome<{ id: string }>> {
  const parsed = realisationInput.safeParse(input);
  if (!parsed.success) return invalid(fieldCodes(parsed.error));
  const { commitmentId, realisedOn, amount, note } = parsed.data;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Within the event, and only what counts in its figure.
    const commitment = await tx.commitment.findFirst({ where: { id: commitmentId, eventId: event.id }, select: { status: true, signedAt: true } });
    if (!commitment) return fail("NOT_FOUND", { what: "commitment" });
    if (commitment.status !== "SIGNED") return fail("NOT_SIGNED", { what: "realise" });
    const day = new Date(`${realisedOn}T00:00:00Z`);
    // The signing day as the mission's clock had it (a deal signed at 06.30 WIB on the 11th was not signed on the 10th).
    if (commitment.signedAt && realisedOn < localIsoDateTime(commitment.signedAt, event.timeZone).slice(0, 10))
      return invalid({ realisedOn: ["realisedBeforeSigning"] });
    if (day.getTime() > Date.now() + 86_400_000) return invalid({ realisedOn: ["realisedInFuture"] });
    const realisation = await tx.realisation.create({ data: { commitmentId, realisedOn: day, amount, note, createdById: actor.id } });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "realisation.recorded",
      targetType: "Commitment",
      targetId: commitmentId,
      after: { realisationId: realisation.id, realisedOn, amount: amount.toString(), note },
    });
    return done("REALISATION_RECORDED", { id: realisation.id });
  });
}
