// Rupiah amounts as desk staff type them, as the press prints them, and in words (terbilang).
// Amounts are integer rupiah in BigInt everywhere; nothing here ever goes through a float.
// Plain module (no server-only): the signing form uses it in the browser for its live preview.

import { INTL_TAG, type Locale } from "@/lib/i18n/locale";
import type { FieldCode } from "@/lib/kernel/outcome";

/** Why an amount was refused: a key of the messages' "fieldErrors", with what it quotes. */
export type ParseResult = { ok: true; value: bigint } | { ok: false; error: FieldCode };

/** Largest amount accepted from a person: Rp1.000 triliun. Anything above is a typing slip. */
export const MAX_RUPIAH = 10n ** 15n;

const UNITS: { pattern: RegExp; exponent: number }[] = [
  { pattern: /^(triliun|trilyun|t)$/, exponent: 12 },
  { pattern: /^(miliar|milyar|m)$/, exponent: 9 },
  { pattern: /^(juta|jt)$/, exponent: 6 },
  { pattern: /^(ribu|rb)$/, exponent: 3 },
];

const fail = (key: string, params?: Record<string, string>): ParseResult => ({ ok: false, error: params ? { key, params } : key });

/**
 * Reads an amount such as `Rp1.053.146.943.500`, `598,9 miliar`, `250jt`, `1,2 T`,
 * `1 miliar 250 juta` or `Rp 5.000.000,-`. The dot groups thousands and the comma marks decimals,
 * as Indonesians write them; anything that could be read two ways is refused, never guessed.
 */
export function parseRupiah(input: string): ParseResult {
  let text = input
    .trim()
    .toLowerCase()
    .replace(/\u00a0/g, " ");
  if (/^-|^rp\.?\s*-|^idr\s*-/.test(text)) return fail("amountNegative");
  text = text
    .replace(/^(rp\.?|idr)\s*/, "")
    .replace(/,-$/, "")
    .trim();
  if (text === "") return fail("amountRequired");

  // One or more "number unit" terms, units strictly descending: "1 miliar 250 juta".
  const terms = [...text.matchAll(/([\d.,]+)\s*([a-z]*)\s*/g)];
  if (terms.length === 0 || terms.map((t) => t[0]).join("") !== text) {
    return fail("amountUnreadable");
  }
  let total = 0n;
  let previousExponent = Infinity;
  for (const [, number, unitWord] of terms) {
    let exponent = 0;
    if (unitWord) {
      const unit = UNITS.find((u) => u.pattern.test(unitWord));
      if (!unit) return fail("amountUnknownUnit", { unit: unitWord });
      exponent = unit.exponent;
    } else if (terms.length > 1) {
      return fail("amountNeedsUnits");
    }
    if (exponent >= previousExponent) return fail("amountUnitOrder");
    previousExponent = exponent;
    const term = parseTerm(number, exponent, unitWord);
    if (!term.ok) return term;
    total += term.value;
  }
  if (total === 0n) return fail("amountZero");
  if (total > MAX_RUPIAH) return fail("amountTooLarge", { max: formatRupiah(MAX_RUPIAH) });
  return { ok: true, value: total };
}

function parseTerm(number: string, exponent: number, unitWord: string): ParseResult {
  const [integerPart, fraction = "", ...rest] = number.split(",");
  if (rest.length > 0) return fail("amountSeparators");
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(integerPart)) {
    // "12.5 juta": a decimal point where Indonesian writes a comma. The suggestion keeps the unit typed.
    if (/^\d+\.\d{1,2}$/.test(integerPart) && unitWord) {
      return fail("amountAmbiguousDecimal", { number, decimal: `${integerPart.replace(".", ",")} ${unitWord}` });
    }
    return fail("amountBadGrouping", { number });
  }
  if (!/^\d*$/.test(fraction)) return fail("amountNotANumber", { number });
  if (exponent === 0 && number.includes(",") && /^\d{3}$/.test(fraction) && !integerPart.includes(".")) {
    return fail("amountAmbiguousThousands", { number });
  }
  const digits = BigInt(integerPart.replace(/\./g, "") + fraction);
  const scale = exponent - fraction.length;
  if (scale >= 0) return { ok: true, value: digits * 10n ** BigInt(scale) };
  const divisor = 10n ** BigInt(-scale);
  if (digits % divisor !== 0n) {
    return exponent === 0 ? fail("amountNoCents") : fail("amountFraction", { number });
  }
  return { ok: true, value: digits / divisor };
}

const GROUPING: Record<Locale, Intl.NumberFormat> = {
  id: new Intl.NumberFormat(INTL_TAG.id, { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat(INTL_TAG.en, { maximumFractionDigits: 0 }),
};
const DECIMAL_MARK: Record<Locale, string> = { id: ",", en: "." };

/** `Rp1.053.146.943.500`; in English `Rp1,053,146,943,500`. */
export function formatRupiah(value: bigint, locale: Locale = "id"): string {
  const sign = value < 0n ? "-" : "";
  return `${sign}Rp${GROUPING[locale].format(value < 0n ? -value : value)}`;
}

/** The units figures are announced in; an abbreviation's word always comes from the scale its number was divided by. */
export const SCALES = [
  { exponent: 12, word: { id: "triliun", en: "trillion" }, digits: 2 },
  { exponent: 9, word: { id: "miliar", en: "billion" }, digits: 1 },
  { exponent: 6, word: { id: "juta", en: "million" }, digits: 1 },
] as const;

export interface AbbreviateOptions {
  fractionDigits?: number;
  locale?: Locale;
}

/**
 * `Rp1,05 triliun`, `Rp598,9 miliar`, `Rp230 miliar` (`Rp598.9 billion` in English): the short form
 * officials announce. Rounds half up to `fractionDigits` (2 for triliun, 1 below, unless given) and
 * drops trailing zeros. Amounts under a million are written in full.
 */
export function abbreviateRupiah(value: bigint, options: AbbreviateOptions = {}): string {
  const locale = options.locale ?? "id";
  if (value < 0n) return `-${abbreviateRupiah(-value, options)}`;
  for (let i = 0; i < SCALES.length; i++) {
    const scale = SCALES[i];
    if (value < 10n ** BigInt(scale.exponent)) continue;
    const digits = options.fractionDigits ?? scale.digits;
    const rounded = roundToDigits(value, scale.exponent, digits);
    // 999,96 miliar rounds to 1.000 miliar: say "1 triliun" instead.
    if (i > 0 && rounded >= 1000n * 10n ** BigInt(digits))
      return abbreviateRupiah(10n ** BigInt(SCALES[i - 1].exponent) * (rounded / (1000n * 10n ** BigInt(digits))), options);
    return `Rp${decimalText(rounded, digits, locale)} ${scale.word[locale]}`;
  }
  return formatRupiah(value, locale);
}

/** value / 10^exponent rounded half up, as an integer count of 10^-digits. */
function roundToDigits(value: bigint, exponent: number, digits: number): bigint {
  const unit = 10n ** BigInt(Math.max(exponent - digits, 0));
  return (value + unit / 2n) / unit;
}

function decimalText(scaled: bigint, digits: number, locale: Locale): string {
  const text = scaled.toString().padStart(digits + 1, "0");
  const integer = GROUPING[locale].format(BigInt(text.slice(0, text.length - digits)));
  const fraction = text.slice(text.length - digits).replace(/0+$/, "");
  return fraction ? `${integer}${DECIMAL_MARK[locale]}${fraction}` : integer;
}

const ONES = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];
const GROUPS = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun"];

/** Terbilang: 1053146943500n → "satu triliun lima puluh tiga miliar … lima ratus rupiah". */
export function terbilang(value: bigint): string {
  if (value < 0n) return `minus ${terbilang(-value)}`;
  if (value === 0n) return "nol rupiah";
  const words: string[] = [];
  let rest = value;
  for (let group = 0; rest > 0n; group++) {
    if (group >= GROUPS.length) throw new RangeError("Nilai terlalu besar untuk dieja.");
    const chunk = Number(rest % 1000n);
    rest /= 1000n;
    if (chunk === 0) continue;
    // "seribu", not "satu ribu"; but "satu juta", "satu miliar".
    const spoken = group === 1 && chunk === 1 ? "seribu" : [hundreds(chunk), GROUPS[group]].filter(Boolean).join(" ");
    words.unshift(spoken);
  }
  return `${words.join(" ")} rupiah`;
}

function hundreds(n: number): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const head = h === 0 ? "" : h === 1 ? "seratus" : `${ONES[h]} ratus`;
  return [head, tens(rest)].filter(Boolean).join(" ");
}

function tens(n: number): string {
  if (n < 12) return ONES[n];
  if (n < 20) return `${ONES[n % 10]} belas`;
  return [`${ONES[Math.floor(n / 10)]} puluh`, ONES[n % 10]].filter(Boolean).join(" ");
}

const EN_ONES = [
  "",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const EN_GROUPS = ["", "thousand", "million", "billion", "trillion", "quadrillion"];

/** An amount in words, for letters and the recap: terbilang in Indonesian, short-scale English ("one trillion fifty-three billion … rupiah"). */
export function amountInWords(value: bigint, locale: Locale = "id"): string {
  if (locale === "id") return terbilang(value);
  if (value < 0n) return `minus ${amountInWords(-value, locale)}`;
  if (value === 0n) return "zero rupiah";
  const words: string[] = [];
  let rest = value;
  for (let group = 0; rest > 0n; group++) {
    if (group >= EN_GROUPS.length) throw new RangeError("Amount too large to spell out.");
    const chunk = Number(rest % 1000n);
    rest /= 1000n;
    if (chunk !== 0) words.unshift([englishHundreds(chunk), EN_GROUPS[group]].filter(Boolean).join(" "));
  }
  return `${words.join(" ")} rupiah`;
}

function englishHundreds(n: number): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const tail = rest < 20 ? EN_ONES[rest] : [EN_TENS[Math.floor(rest / 10)], EN_ONES[rest % 10]].filter(Boolean).join("-");
  return [h ? `${EN_ONES[h]} hundred` : "", tail].filter(Boolean).join(" ");
}
