import { describe, expect, it } from "vitest";
import { SAMPLE_LETTER } from "@/tests/support/letters";
import { formatQuantity, letterText, valueInFiguresAndWords } from "./letter-text";

const letter = SAMPLE_LETTER;

describe("the letter's figures and words", () => {
  it("writes edge amounts in figures and in words", () => {
    expect(valueInFiguresAndWords(1n)).toEqual({ figures: "Rp1", words: "(satu rupiah)" });
    expect(valueInFiguresAndWords(1_000_000_000_000n)).toEqual({ figures: "Rp1.000.000.000.000", words: "(satu triliun rupiah)" });
    expect(valueInFiguresAndWords(598_900_000_000n)).toEqual({
      figures: "Rp598.900.000.000",
      words: "(lima ratus sembilan puluh delapan miliar sembilan ratus juta rupiah)",
    });
    expect(valueInFiguresAndWords(1_053_146_943_500n).words).toBe(
      "(satu triliun lima puluh tiga miliar seratus empat puluh enam juta sembilan ratus empat puluh tiga ribu lima ratus rupiah)",
    );
    expect(valueInFiguresAndWords(999_999n)).toEqual({
      figures: "Rp999.999",
      words: "(sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan rupiah)",
    });
  });

  it("writes quantities the Indonesian way", () => {
    expect(formatQuantity("2.5")).toBe("2,5");
    expect(formatQuantity("1500")).toBe("1.500");
    expect(formatQuantity("1234567.125")).toBe("1.234.567,125");
  });

  it("names the parties by the category and dates the signing in the event's zone", () => {
    const text = letterText(letter);
    expect(text.opening).toBe(
      "Pada Kamis, 8 Mei 2025, pukul 11.12 WITA, bertempat di Swiss-Belhotel Balikpapan, Balikpapan, yang bertanda tangan di bawah ini:",
    );
    expect(text.parties).toEqual([
      "Pembeli: CV Segara Jaya (Jawa Timur), diwakili oleh Hadi Santoso",
      "Penjual: UD Tambak Mahakam (Kalimantan Timur), diwakili oleh Rina Wati",
    ]);
    expect(text.terms).toEqual([
      ["Kategori", "Jatim membeli"],
      ["Komoditas", "Udang vaname beku"],
      ["Sektor", "Perikanan"],
      ["Jumlah", "2,5 ton"],
      ["Jenis dokumen", "Kontrak / transaksi final"],
      ["Nilai", "Rp1.250.000.000"],
      ["Terbilang", "(satu miliar dua ratus lima puluh juta rupiah)"],
    ]);
    expect(text.stamp).toBeNull();
    expect(letterText({ ...letter, status: "VOID" }).stamp).toBe("DIBATALKAN");
  });

  it("says a recurring value's period, in figures and in words, as it was announced", () => {
    const yearly = letterText({ ...letter, value: 124_000_000_000n, recurrence: "YEARLY", recurrenceYears: 3 });
    expect(yearly.terms).toContainEqual(["Nilai", "Rp124.000.000.000 per tahun, selama 3 tahun"]);
    expect(yearly.terms).toContainEqual(["Terbilang", "(seratus dua puluh empat miliar rupiah) per tahun, selama 3 tahun"]);
    expect(letterText({ ...letter, recurrence: "MONTHLY", recurrenceYears: null }).terms).toContainEqual(["Nilai", "Rp1.250.000.000 per bulan"]);
  });

  it("writes a draft in full: not yet signed, the parties without representatives, no quantity, and its stamp", () => {
    const draft = letterText({
      ...letter,
      category: "INVEST",
      status: "DRAFT",
      signedAt: null,
      quantity: null,
      unit: null,
      visiting: { ...letter.visiting, signerName: null },
      host: { ...letter.host, signerName: null },
    });
    expect(draft).toEqual({
      title: "SURAT KOMITMEN TRANSAKSI",
      subtitle: "Misi Dagang Jawa Timur – Kalimantan Timur",
      number: "Nomor verifikasi: 7K3Q9X2P1A4B",
      opening: "Pada (belum ditandatangani), bertempat di Swiss-Belhotel Balikpapan, Balikpapan, yang bertanda tangan di bawah ini:",
      parties: ["Investor: CV Segara Jaya (Jawa Timur)", "Mitra penerima investasi: UD Tambak Mahakam (Kalimantan Timur)"],
      statement: "menyatakan komitmen transaksi sebagai berikut:",
      terms: [
        ["Kategori", "Jatim berinvestasi"],
        ["Komoditas", "Udang vaname beku"],
        ["Sektor", "Perikanan"],
        ["Jenis dokumen", "Kontrak / transaksi final"],
        ["Nilai", "Rp1.250.000.000"],
        ["Terbilang", "(satu miliar dua ratus lima puluh juta rupiah)"],
      ],
      closing: "Demikian surat komitmen ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.",
      signers: [
        { role: "Investor", business: "CV Segara Jaya", name: null },
        { role: "Mitra penerima investasi", business: "UD Tambak Mahakam", name: null },
      ],
      stamp: "DRAF - BELUM DITANDATANGANI",
    });
    // A quantity without its unit is the number alone.
    expect(letterText({ ...letter, quantity: "3", unit: null }).terms).toContainEqual(["Jumlah", "3"]);
  });
});
