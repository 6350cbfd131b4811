// The rules of a trade commitment that both the signing form (in the browser) and the server apply.
// No database here.
import { z } from "zod";
import { fieldCodes, formFlag } from "@/lib/kernel/form";
import type { FieldCode, FieldCodes } from "@/lib/kernel/outcome";
import { parseRupiah } from "@/lib/money/rupiah";
import { signatureWithinBudget } from "./signature-image";

export const CATEGORIES = ["SELL", "BUY", "INVEST"] as const;
export type Category = (typeof CATEGORIES)[number];
/** The document a commitment is signed as; their names are in the messages (`instruments`). */
export const INSTRUMENTS = ["LOI", "MOU", "CONTRACT"] as const;
export type InstrumentCode = (typeof INSTRUMENTS)[number];
/** One-off, or announced per month or per year ("Rp124 miliar per tahun"): the value is one period's. */
export const RECURRENCES = ["ONE_OFF", "MONTHLY", "YEARLY"] as const;
export type RecurrenceCode = (typeof RECURRENCES)[number];
export const MAX_RECURRENCE_YEARS = 50;

/**
 * Who is who in each category, read from the visiting delegation: in "Jatim menjual" the Jatim
 * business sells to the host business; in "Jatim membeli" it buys from it; in "Jatim berinvestasi"
 * it invests in it. The letter names the parties this way.
 */
export function partyRoles(category: Category): { visiting: string; host: string } {
  switch (category) {
    case "SELL":
      return { visiting: "Penjual", host: "Pembeli" };
    case "BUY":
      return { visiting: "Pembeli", host: "Penjual" };
    case "INVEST":
      return { visiting: "Investor", host: "Mitra penerima investasi" };
  }
}

/**
 * The ceiling of a mission that has none of its own: above Rp1 triliun a single deal of a provincial
 * mission is a unit slip far more often than a deal (Balikpapan 2025 signed Rp1,05 triliun in all).
 */
export const DEFAULT_VALUE_CEILING = 1_000_000_000_000n;

/** The ceiling a mission's signings are checked against: its own, or the default. */
export function valueCeiling(own: bigint | null | undefined): bigint {
  return own ?? DEFAULT_VALUE_CEILING;
}

/** Above the mission's ceiling a value needs a second confirmation: the usual sign of a unit slip. */
export function exceedsCeiling(value: bigint, ceiling: bigint): boolean {
  return value > ceiling;
}

/** "2,5" or "2.5" (a quantity, not money) → "2.5"; up to 3 decimals. */
export function parseQuantity(raw: string): { ok: true; value: string | null } | { ok: false; error: FieldCode } {
  const text = raw.trim();
  if (!text) return { ok: true, value: null };
  const normalised = text
    .replace(/\s/g, "")
    .replace(/\.(?=\d{3}(\D|$))/g, "")
    .replace(",", ".");
  if (!/^\d{1,15}(\.\d{1,3})?$/.test(normalised) || Number(normalised) <= 0)
    return { ok: false, error: { key: "quantityInvalid", params: { quantity: text } } };
  return { ok: true, value: normalised };
}

const MAX_SIGNATURE_CHARS = 400_000;
const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/;

/** A signature from the pad: a PNG data URL of sensible size, in bytes and in pixels. */
export const signature = z
  .string()
  .max(MAX_SIGNATURE_CHARS, { message: "signatureTooLarge", abort: true })
  .regex(PNG_DATA_URL, { message: "signatureMissing", abort: true })
  .refine((image) => signatureWithinBudget(image), "signatureTooLarge");

const signerName = z.string().trim().min(2, "signerNameRequired").max(120);

export const commitmentFields = z.object({
  visitingBusinessId: z.string().trim().min(1, "visitingBusinessRequired").max(64),
  hostBusinessId: z.string().trim().min(1, "hostBusinessRequired").max(64),
  category: z.enum(CATEGORIES, { message: "categoryRequired" }),
  commodity: z.string().trim().min(2, "commodityRequired").max(200),
  sector: z.string().trim().min(1, "sectorRequired").max(100),
  quantity: z.string().max(40).default(""),
  unit: z.string().trim().max(30).default(""),
  instrument: z.enum(INSTRUMENTS, { message: "instrumentRequired" }),
  value: z.string().max(100),
  recurrence: z.enum(RECURRENCES, { message: "recurrenceRequired" }).default("ONE_OFF"),
  /** For how many years a recurring deal runs, if the parties said ("" when not). */
  recurrenceYears: z.union([z.string().trim().max(10), z.number()]).default(""),
  confirmAboveCeiling: formFlag,
});

/** "3" → 3 years; empty → not said. Only for a recurring deal; a one-off has none. */
export function parseRecurrenceYears(raw: string | number, recurrence: RecurrenceCode): { ok: true; value: number | null } | { ok: false; error: FieldCode } {
  const text = String(raw).trim();
  if (!text || recurrence === "ONE_OFF") return { ok: true, value: null };
  const years = Number(text);
  if (!/^\d{1,2}$/.test(text) || years < 1 || years > MAX_RECURRENCE_YEARS)
    return { ok: false, error: { key: "recurrenceYearsInvalid", params: { years: text, max: MAX_RECURRENCE_YEARS } } };
  return { ok: true, value: years };
}

export const signatures = z.object({
  visitingSignerName: signerName,
  visitingSignature: signature,
  hostSignerName: signerName,
  hostSignature: signature,
  deskConfirmed: z.literal(true, { message: "deskConfirmationRequired" }),
});

export type FieldErrors = FieldCodes;

/** The commitment's fields checked and cleaned, or what is wrong with each. */
export function checkCommitment(
  input: z.input<typeof commitmentFields>,
  ceiling: bigint | null,
):
  | {
      ok: true;
      value: Omit<z.output<typeof commitmentFields>, "value" | "quantity" | "recurrenceYears"> & {
        value: bigint;
        quantity: string | null;
        recurrenceYears: number | null;
      };
    }
  | { ok: false; fieldErrors: FieldErrors } {
  const parsed = commitmentFields.safeParse(input);
  const fieldErrors: FieldErrors = parsed.success ? {} : fieldCodes(parsed.error);
  const value = parseRupiah(input.value ?? "");
  if (!value.ok) fieldErrors.value = [value.error];
  const quantity = parseQuantity(input.quantity ?? "");
  if (!quantity.ok) fieldErrors.quantity = [quantity.error];
  if (quantity.ok && quantity.value && !input.unit?.trim()) fieldErrors.unit = ["unitRequired"];
  const years = parseRecurrenceYears(input.recurrenceYears ?? "", parsed.success ? parsed.data.recurrence : "ONE_OFF");
  if (!years.ok) fieldErrors.recurrenceYears = [years.error];
  if (value.ok && exceedsCeiling(value.value, valueCeiling(ceiling)) && !input.confirmAboveCeiling) fieldErrors.confirmAboveCeiling = ["aboveCeiling"];
  if (!parsed.success || !value.ok || !quantity.ok || !years.ok || Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  return { ok: true, value: { ...parsed.data, value: value.value, quantity: quantity.value, recurrenceYears: years.value } };
}

/**
 * What the server would refuse in a signing that the tablet can tell by itself, for a signing made
 * offline: every field's rule and, to sign, both names and signatures and the desk's confirmation.
 * Whether the parties and the meeting exist, and whether the mission is open, only the server knows.
 */
export function checkSigningOffline(input: Record<string, string | boolean>, ceiling: bigint | null): FieldCodes {
  const fields = input as z.input<typeof commitmentFields>;
  const checked = checkCommitment(fields, ceiling);
  const errors: FieldCodes = checked.ok ? {} : { ...checked.fieldErrors };
  if (input.intent === "sign") {
    const parsed = signatures.safeParse(input);
    if (!parsed.success) Object.assign(errors, fieldCodes(parsed.error));
  }
  return errors;
}
