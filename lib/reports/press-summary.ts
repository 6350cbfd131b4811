// The press paragraph (ringkasan untuk media) organizers hand out after the cut-off, in the style
// officials use: the exact headline, then the categories in the units they announce.
// Plain module (no server-only): pure text from figures, tested on its own.
import { CATEGORIES } from "@/lib/commitments/rules";
import type { CommitmentCategory } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { abbreviateRupiah, formatRupiah, SCALES } from "@/lib/money/rupiah";
import { formatEventDate, formatEventTime } from "@/lib/format/datetime";
import { PARTY_KINDS, type PartyKindCode } from "@/lib/agreements/party-kinds";
import type { Recap } from "./recap";

/** How the releases count agreement parties, by kind. */
const PARTY_WORDS: Record<Locale, Record<PartyKindCode, (n: number) => string>> = {
  id: { PERANGKAT_DAERAH: (n) => `${n} perangkat daerah`, BUMD: (n) => `${n} BUMD`, ASOSIASI: (n) => `${n} asosiasi`, LAINNYA: (n) => `${n} pihak lain` },
  en: {
    PERANGKAT_DAERAH: (n) => `${n} regional agenc${n === 1 ? "y" : "ies"}`,
    BUMD: (n) => `${n} regional compan${n === 1 ? "y" : "ies"} (BUMD)`,
    ASOSIASI: (n) => `${n} association${n === 1 ? "" : "s"}`,
    LAINNYA: (n) => `${n} other part${n === 1 ? "y" : "ies"}`,
  },
};

export interface PressFigures {
  eventName: string;
  city: string;
  startsAt: Date;
  timeZone: string;
  visitingShortName: string;
  hostShortName: string;
  /** True when this is the frozen official figure ("final"); otherwise the running, provisional total. */
  final: boolean;
  /** An announced interim figure's moment ("hingga pukul 12.00 WITA"): the paragraph says it. */
  interimAt?: Date;
  total: bigint;
  byCategory: Record<CommitmentCategory, bigint>;
  commitments: number;
  agreements: number;
  /** The agreements' distinct parties by kind ("6 perangkat daerah, 10 BUMD dan 4 asosiasi"). */
  agreementParties: Record<PartyKindCode, number>;
}

/** Three decimals: "Rp598,953 miliar", "Rp1,053 triliun", as the releases write them. */
const PRESS_DIGITS = 3;

const PHRASES: Record<Locale, Record<CommitmentCategory, (side: string, amount: string) => string>> = {
  id: { SELL: (s, a) => `${s} menjual ${a}`, BUY: (s, a) => `${s} membeli ${a}`, INVEST: (s, a) => `${s} berinvestasi ${a}` },
  en: { SELL: (s, a) => `${s} sales of ${a}`, BUY: (s, a) => `${s} purchases of ${a}`, INVEST: (s, a) => `${s} investment of ${a}` },
};

/**
 * "Misi Dagang … di Balikpapan pada Kamis, 8 Mei 2025 mencatat total transaksi final
 * Rp1.053.146.943.500 (Rp1,05 triliun), terdiri dari Jatim menjual Rp598,953 miliar, …": the
 * categories to three decimals, the releases' convention (to the million in miliar).
 * Throws if the categories do not add up to the headline or a figure could be read in the wrong unit:
 * a wrong paragraph must never reach the press.
 */
export function pressSummary(figures: PressFigures, locale: Locale): string {
  const { total, byCategory } = figures;
  const sum = CATEGORIES.reduce((s, c) => s + byCategory[c], 0n);
  if (sum !== total) throw new Error(`Kategori (${sum}) tidak sama dengan total (${total}).`);
  const date = formatEventDate(figures.startsAt, figures.timeZone, locale);
  if (total === 0n) {
    return locale === "id"
      ? `${figures.eventName} di ${figures.city} pada ${date} belum mencatat transaksi.`
      : `${figures.eventName} in ${figures.city} on ${date} has not recorded any transactions yet.`;
  }
  const shown = CATEGORIES.filter((c) => byCategory[c] > 0n).map((c) => ({
    value: byCategory[c],
    text: abbreviateRupiah(byCategory[c], { locale, fractionDigits: PRESS_DIGITS }),
    category: c,
  }));
  const problem = checkShownFigures(total, shown, locale);
  if (problem) throw new Error(problem);
  const parts = listOf(
    shown.map((s) => PHRASES[locale][s.category](figures.visitingShortName, s.text)),
    locale,
  );
  const headline = `${formatRupiah(total, locale)} (${abbreviateRupiah(total, { locale })})`;
  const sides = `${figures.visitingShortName} ${locale === "id" ? "dan" : "and"} ${figures.hostShortName}`;
  const until = figures.interimAt ? formatEventTime(figures.interimAt, figures.timeZone, locale) : null;
  const parties = listOf(
    PARTY_KINDS.filter((kind) => figures.agreementParties[kind] > 0).map((kind) => PARTY_WORDS[locale][kind](figures.agreementParties[kind])),
    locale,
  );
  if (locale === "id") {
    const agreements =
      figures.agreements > 0 ? ` Selain itu, ditandatangani ${figures.agreements} perjanjian kerja sama (PKS) oleh ${parties} kedua provinsi.` : "";
    return `${figures.eventName} di ${figures.city} pada ${date} mencatat total transaksi ${figures.final ? "final" : "sementara"}${until ? ` hingga pukul ${until}` : ""} ${headline}, terdiri dari ${parts}, dari ${figures.commitments} komitmen yang ditandatangani pelaku usaha ${sides}.${agreements}`;
  }
  const agreements =
    figures.agreements > 0
      ? ` In addition, ${parties} of the two provinces signed ${figures.agreements} cooperation agreement${figures.agreements === 1 ? "" : "s"} (PKS).`
      : "";
  return `${figures.eventName} in ${figures.city} on ${date} recorded ${figures.final ? "final" : "provisional"} transactions${until ? ` up to ${until}` : ""} of ${headline}, consisting of ${parts}, from ${figures.commitments} commitment${figures.commitments === 1 ? "" : "s"} signed by businesses of ${sides}.${agreements}`;
}

function listOf(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join("");
  const and = locale === "id" ? "dan" : "and";
  // Indonesian officials write "a, b, dan c"; English press style drops the serial comma.
  return `${items.slice(0, -1).join(", ")}${locale === "id" && items.length > 2 ? "," : ""} ${and} ${items.at(-1)}`;
}

/**
 * Reads each shown figure back from its text, independently of how it was written, and checks that
 * it is its exact value within the rounding it shows (so "Rp598,9 juta" for 598,9 miliar is caught),
 * and that together they make the headline within the sum of those roundings. Returns the problem, or null.
 */
export function checkShownFigures(total: bigint, shown: { value: bigint; text: string }[], locale: Locale): string | null {
  let sum = 0n;
  let tolerance = 0n;
  for (const { value, text } of shown) {
    const read = readShownAmount(text, locale);
    if ("problem" in read) return read.problem;
    // Twice the amount and twice the tolerance: a half unit stays an integer.
    if (abs(read.twice - 2n * value) > read.unit) return `"${text}" bukan ${formatRupiah(value)}: periksa satuannya.`;
    sum += read.twice;
    tolerance += read.unit;
  }
  if (abs(sum - 2n * total) > tolerance) return `Kategori yang ditampilkan tidak berjumlah ${formatRupiah(total)}.`;
  return null;
}

/**
 * "Rp598,9 miliar" → twice its value, and the unit of its last digit (twice the rounding allowed);
 * or why it cannot be read the one way it must be.
 */
function readShownAmount(text: string, locale: Locale): { twice: bigint; unit: bigint } | { problem: string } {
  const [group, mark] = locale === "id" ? [".", ","] : [",", "."];
  const unreadable = { problem: `Angka "${text}" tidak terbaca.` };
  const match = /^Rp([\d.,]+)(?: (\p{L}+))?$/u.exec(text);
  if (!match) return unreadable;
  // "Rp834.496.700 Miliar": a number grouped in thousands and a unit word at once is read 1000× apart
  // by different readers; a unit word goes with a short number only ("Rp834,497 miliar").
  if (match[2] !== undefined && match[1].includes(group))
    return { problem: `"${text}" memakai pemisah ribuan sekaligus kata satuan: tulis angkanya penuh atau singkat dengan satuan, bukan keduanya.` };
  // Only digits are left around the decimal mark; "Rp1,2,3 miliar" has two marks and is no number.
  const [integer, fraction = "", ...more] = match[1].split(group).join("").split(mark);
  if (integer === "" || more.length > 0) return unreadable;
  const word = match[2]?.toLowerCase();
  const scale = word === undefined ? { exponent: 0 } : SCALES.find((s) => s.word[locale] === word);
  if (!scale || fraction.length > scale.exponent) return unreadable;
  const unit = 10n ** BigInt(scale.exponent - fraction.length);
  return { twice: 2n * BigInt(integer + fraction) * unit, unit };
}

const abs = (n: bigint) => (n < 0n ? -n : n);

/** The figures the press paragraph states: the frozen official figure once there is one ("final"), else the running ledger. */
export function pressFiguresOf(recap: Recap): PressFigures {
  const { totals } = recap;
  const visiting = recap.sides.find((s) => s.role === "VISITING");
  const host = recap.sides.find((s) => s.role === "HOST");
  const figures = totals.official ?? totals;
  return {
    eventName: totals.event.name,
    city: totals.event.city,
    startsAt: totals.event.startsAt,
    timeZone: totals.event.timeZone,
    visitingShortName: visiting?.shortName ?? "",
    hostShortName: host?.shortName ?? "",
    final: totals.official !== null,
    total: figures.total,
    byCategory: figures.byCategory,
    commitments: figures.commitments,
    agreements: figures.agreements,
    agreementParties: totals.agreementParties,
  };
}

/** The figures of the latest interim announcement ("sampai dengan siang"), for its own paragraph; null if there is none. */
export function interimPressFiguresOf(recap: Recap): PressFigures | null {
  const interim = recap.totals.interim;
  if (!interim) return null;
  // Agreements are counted at the cut-off, not at an interim moment: the interim paragraph is about the figure.
  return {
    ...pressFiguresOf(recap),
    final: false,
    interimAt: interim.asOf,
    total: interim.total,
    byCategory: interim.byCategory,
    commitments: interim.commitments,
    agreements: 0,
  };
}
