// The lines of the business matching (temu bisnis): what a business offers (produk yang ditawarkan),
// what it needs (kebutuhan), and the investment it plans or seeks. Their rules, shared by the staff's
// business page, the representative's badge page and the import. Plain module: no database here.
import { z } from "zod";
import { fieldCodes } from "@/lib/kernel/form";
import type { FieldCode, FieldCodes } from "@/lib/kernel/outcome";
import { parseQuantity, type Category } from "@/lib/commitments/rules";
import { matchChoice, simplify, type BusinessField } from "@/lib/businesses/fields";
import { parseRupiah } from "@/lib/money/rupiah";

export const TRADE_LINE_KINDS = ["OFFER", "NEED", "INVEST"] as const;
export type TradeLineKindCode = (typeof TRADE_LINE_KINDS)[number];

/** A business lists at most this many lines: enough for a catalogue's main products, few enough to read at a table. */
export const MAX_LINES_PER_BUSINESS = 20;

/**
 * The kind of line of the other side that answers this one: an offer meets a need and a need an
 * offer; a visiting business's plan to invest meets a host business's opportunity (both INVEST).
 */
export function answeringKind(kind: TradeLineKindCode): TradeLineKindCode {
  return kind === "OFFER" ? "NEED" : kind === "NEED" ? "OFFER" : "INVEST";
}

/**
 * The deal a pair of lines would make, read from the visiting side as every commitment is: the
 * visiting business's offer is "Jatim menjual", its need "Jatim membeli", its investment "Jatim berinvestasi".
 */
export function categoryOf(visitingKind: TradeLineKindCode): Category {
  return visitingKind === "OFFER" ? "SELL" : visitingKind === "NEED" ? "BUY" : "INVEST";
}

/** What the matching compares: the commodity lower-cased, without accents or punctuation. */
export function matchKey(commodity: string): string {
  return simplify(commodity);
}

/** A line's fields as the forms and the import send them. */
export const tradeLineFields = z.object({
  kind: z.enum(TRADE_LINE_KINDS, { message: "lineKindRequired" }),
  commodity: z.string().trim().min(2, "commodityRequired").max(200),
  sector: z.string().trim().max(100).default(""),
  quantity: z.string().max(40).default(""),
  unit: z.string().trim().max(30).default(""),
  estimatedValue: z.string().max(100).default(""),
});
export type TradeLineInput = z.input<typeof tradeLineFields>;

export interface CleanTradeLine {
  kind: TradeLineKindCode;
  commodity: string;
  sector: string;
  quantity: string | null;
  unit: string | null;
  estimatedValue: bigint | null;
}

/**
 * A line checked and cleaned, or what is wrong with each field. Its sector is one of the mission's
 * (the business's own when left empty); volume and value are read the Indonesian way ("2,5" ton,
 * "1,2 miliar"), as on the signing form.
 */
export function checkTradeLine(
  input: TradeLineInput,
  context: { sectors: readonly string[]; businessSector: string },
): { ok: true; value: CleanTradeLine } | { ok: false; fieldErrors: FieldCodes } {
  const parsed = tradeLineFields.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldCodes(parsed.error) };
  const line = parsed.data;
  const fieldErrors: FieldCodes = {};
  const add = (field: string, code: FieldCode) => (fieldErrors[field] ??= []).push(code);
  const sector = matchChoice(line.sector || context.businessSector, context.sectors);
  if (!sector) add("sector", { key: "sectorUnknown", params: { sector: line.sector, choices: context.sectors.join(", ") } });
  const quantity = parseQuantity(line.quantity);
  if (!quantity.ok) add("quantity", quantity.error);
  else if (quantity.value && !line.unit) add("unit", "unitRequired");
  const value = line.estimatedValue.trim() ? parseRupiah(line.estimatedValue) : null;
  if (value && !value.ok) add("estimatedValue", value.error);
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return {
    ok: true,
    value: {
      kind: line.kind,
      commodity: line.commodity.replace(/\s+/g, " "),
      sector: sector!,
      quantity: quantity.ok ? quantity.value : null,
      unit: line.unit || null,
      estimatedValue: value?.ok ? value.value : null,
    },
  };
}

/** A pair's potential: the smaller of its two lines' estimated values, or none when either has none. */
export function potentialOf(a: bigint | null, b: bigint | null): bigint | null {
  if (a === null || b === null) return null;
  return a < b ? a : b;
}

/** The import's columns for the business matching: one offer, one need, one investment per row. */
const IMPORTED_LINES = [
  { kind: "OFFER", commodity: "offer", volume: "offerVolume", value: "offerValue" },
  { kind: "NEED", commodity: "need", volume: "needVolume", value: "needValue" },
  { kind: "INVEST", commodity: "investment", volume: null, value: "investmentValue" },
] as const satisfies readonly { kind: TradeLineKindCode; commodity: BusinessField; volume: BusinessField | null; value: BusinessField }[];

/** "100 ton" or "2,5 kontainer" → the quantity and its unit, as the signing form has them apart. */
export function splitVolume(text: string): { quantity: string; unit: string } {
  const match = /^([\d.,\s]*\d)\s*(.*)$/.exec(text.trim());
  return match ? { quantity: match[1], unit: match[2].trim() } : { quantity: text.trim(), unit: "" };
}

/**
 * The lines a row of the import names, checked as a line typed on the business page is (its sector is
 * the business's), or what is wrong with them. A volume or value without its commodity is a mistake.
 */
export function linesOfRow(
  values: Partial<Record<BusinessField, string>>,
  context: { sectors: readonly string[]; businessSector: string },
): { lines: CleanTradeLine[]; errors: FieldCode[] } {
  const lines: CleanTradeLine[] = [];
  const errors: FieldCode[] = [];
  for (const columns of IMPORTED_LINES) {
    const commodity = (values[columns.commodity] ?? "").trim();
    const volume = columns.volume ? (values[columns.volume] ?? "").trim() : "";
    const value = (values[columns.value] ?? "").trim();
    if (!commodity) {
      if (volume || value) errors.push({ key: "lineCommodityMissing", params: { kind: columns.kind } });
      continue;
    }
    const checked = checkTradeLine({ kind: columns.kind, commodity, sector: "", ...splitVolume(volume), estimatedValue: value }, context);
    if (checked.ok) lines.push(checked.value);
    else errors.push(...Object.values(checked.fieldErrors).flat());
  }
  return { lines, errors };
}
