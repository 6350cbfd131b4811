// The words of the signed letter (Surat Komitmen Transaksi), apart from its layout, so that the
// figures and their words can be checked without reading a PDF.
import { formatEventDate, formatEventTime } from "@/lib/format/datetime";
import { formatRupiah, terbilang } from "@/lib/money/rupiah";
import { categoryLabel } from "@/lib/totals/labels";
import { messagesFor } from "@/lib/i18n/messages";
import { createTranslator } from "use-intl/core";
import { periodPhrase } from "./recurrence";
import { partyRoles, type Category, type InstrumentCode, type RecurrenceCode } from "./rules";

export interface LetterParty {
  name: string;
  side: { shortName: string; province: string };
  signerName: string | null;
}

export interface LetterInput {
  verificationCode: string;
  category: Category;
  commodity: string;
  sector: string;
  quantity: string | null;
  unit: string | null;
  instrument: InstrumentCode;
  value: bigint;
  recurrence: RecurrenceCode;
  recurrenceYears: number | null;
  status: "DRAFT" | "SIGNED" | "VOID";
  signedAt: Date | null;
  event: { name: string; venue: string; city: string; timeZone: string };
  visiting: LetterParty;
  host: LetterParty;
}

/** "Rp598.900.000.000" and "(lima ratus sembilan puluh delapan miliar sembilan ratus juta rupiah)". */
export function valueInFiguresAndWords(value: bigint): { figures: string; words: string } {
  return { figures: formatRupiah(value), words: `(${terbilang(value)})` };
}

/** A quantity as Indonesians write it: 2.5 → "2,5"; 1500 → "1.500". */
export function formatQuantity(quantity: string): string {
  const [whole, fraction] = quantity.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return fraction ? `${grouped},${fraction}` : grouped;
}

export function letterText(letter: LetterInput) {
  const roles = partyRoles(letter.category);
  const when = letter.signedAt
    ? `${formatEventDate(letter.signedAt, letter.event.timeZone)}, pukul ${formatEventTime(letter.signedAt, letter.event.timeZone)}`
    : "(belum ditandatangani)";
  const { figures, words } = valueInFiguresAndWords(letter.value);
  const period = periodPhrase(
    createTranslator({ locale: "id", messages: messagesFor("id"), namespace: "recurrences" }),
    letter.recurrence,
    letter.recurrenceYears,
  );
  const partyLine = (role: string, p: LetterParty) => `${role}: ${p.name} (${p.side.province})${p.signerName ? `, diwakili oleh ${p.signerName}` : ""}`;
  return {
    title: "SURAT KOMITMEN TRANSAKSI",
    subtitle: letter.event.name,
    number: `Nomor verifikasi: ${letter.verificationCode}`,
    opening: `Pada ${when}, bertempat di ${letter.event.venue}, ${letter.event.city}, yang bertanda tangan di bawah ini:`,
    parties: [partyLine(roles.visiting, letter.visiting), partyLine(roles.host, letter.host)],
    statement: "menyatakan komitmen transaksi sebagai berikut:",
    terms: [
      ["Kategori", categoryLabel(letter.category, letter.visiting.side.shortName)],
      ["Komoditas", letter.commodity],
      ["Sektor", letter.sector],
      ...(letter.quantity ? [["Jumlah", `${formatQuantity(letter.quantity)} ${letter.unit ?? ""}`.trim()]] : []),
      // The letter is an Indonesian document, whatever the reader's language.
      ["Jenis dokumen", messagesFor("id").instruments[letter.instrument]],
      ["Nilai", period ? `${figures} ${period}` : figures],
      ["Terbilang", period ? `${words} ${period}` : words],
    ] as [string, string][],
    closing: "Demikian surat komitmen ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.",
    signers: [
      { role: roles.visiting, business: letter.visiting.name, name: letter.visiting.signerName },
      { role: roles.host, business: letter.host.name, name: letter.host.signerName },
    ],
    stamp: letter.status === "VOID" ? "DIBATALKAN" : letter.status === "DRAFT" ? "DRAF - BELUM DITANDATANGANI" : null,
  };
}
