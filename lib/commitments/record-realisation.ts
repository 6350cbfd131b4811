import "server-only";
import { z } from "zod";
import { failure, INVALID_INPUT, success, type ActionResult } from "@/lib/actions/result";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { parseRupiah } from "@/lib/money/rupiah";
import type { ScopedEvent } from "./record-commitment";

// Realisasi: after the mission, the organizer records what a signed commitment actually turned into
// (a delivery, a payment, an investment made), as many times as it happens. Reports compare them.

export const realisationInput = z.object({
  commitmentId: z.string().min(1),
  realisedOn: z.iso.date({ message: "Isi tanggal realisasi." }),
  amount: z.string().transform((text, ctx) => {
    const parsed = parseRupiah(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.value;
  }),
  note: z
    .string()
    .trim()
    .max(500, "Catatan paling panjang 500 huruf.")
    .transform((n) => n || null),
});
export type RealisationInput = z.input<typeof realisationInput>;

export async function recordRealisation(event: ScopedEvent, input: RealisationInput, actor: AuditActor): Promise<ActionResult<{ id: string }>> {
  const parsed = realisationInput.safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (errors[issue.path.map(String).join(".")] ??= []).push(issue.message);
    return failure("INVALID", INVALID_INPUT, errors);
  }
  const { commitmentId, realisedOn, amount, note } = parsed.data;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Within the event, and only what counts in its figure.
    const commitment = await tx.commitment.findFirst({ where: { id: commitmentId, eventId: event.id }, select: { status: true, signedAt: true } });
    if (!commitment) return failure("NOT_FOUND", "Komitmen tidak ditemukan di misi dagang ini.");
    if (commitment.status !== "SIGNED") return failure("CONFLICT", "Realisasi hanya dicatat untuk komitmen yang ditandatangani dan tidak dibatalkan.");
    const day = new Date(`${realisedOn}T00:00:00Z`);
    if (commitment.signedAt && day.getTime() < new Date(commitment.signedAt.toISOString().slice(0, 10)).getTime())
      return failure("INVALID", INVALID_INPUT, { realisedOn: ["Realisasi tidak bisa sebelum komitmen ditandatangani."] });
    if (day.getTime() > Date.now() + 86_400_000)
      return failure("INVALID", INVALID_INPUT, { realisedOn: ["Realisasi belum bisa dicatat untuk tanggal yang akan datang."] });
    const realisation = await tx.realisation.create({ data: { commitmentId, realisedOn: day, amount, note, createdById: actor.id } });
    await recordAudit(tx, {
      ...auditedBy(actor),
      eventId: event.id,
      action: "realisation.recorded",
      targetType: "Commitment",
      targetId: commitmentId,
      after: { realisationId: realisation.id, realisedOn, amount: amount.toString(), note },
    });
    return success("Realisasi dicatat.", { id: realisation.id });
  });
}
