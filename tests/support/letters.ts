// A signed letter's content as the tests read it: a Jatim buyer and a Kaltim seller in Balikpapan.
import type { LetterInput } from "@/lib/commitments/letter-text";

export const SAMPLE_LETTER: LetterInput = {
  verificationCode: "7K3Q9X2P1A4B",
  category: "BUY",
  commodity: "Udang vaname beku",
  sector: "Perikanan",
  quantity: "2.5",
  unit: "ton",
  instrument: "CONTRACT",
  value: 1_250_000_000n,
  recurrence: "ONE_OFF",
  recurrenceYears: null,
  status: "SIGNED",
  signedAt: new Date("2025-05-08T03:12:00Z"),
  event: { name: "Misi Dagang Jawa Timur – Kalimantan Timur", venue: "Swiss-Belhotel Balikpapan", city: "Balikpapan", timeZone: "Asia/Makassar" },
  visiting: { name: "CV Segara Jaya", side: { shortName: "Jatim", province: "Jawa Timur" }, signerName: "Hadi Santoso" },
  host: { name: "UD Tambak Mahakam", side: { shortName: "Kaltim", province: "Kalimantan Timur" }, signerName: "Rina Wati" },
};
