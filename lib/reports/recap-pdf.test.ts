// The recap PDF for missions unlike the demo: still running, frozen with changes since, with nothing
// in some of its parts, in either language. Read back as a reader's viewer reads it (pdf.js).
import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pdfText } from "@/tests/support/pdf";
import type { Funnel } from "@/lib/matching/queries";
import type { EventTotals } from "@/lib/totals/queries";
import type { Recap } from "./recap";
import { recapPdf } from "./recap-pdf";

const GENERATED = new Date("2026-12-10T08:00:00Z");
/** The document's language, as its catalogue declares it for screen readers. */
const language = (document: PDFDocument) => document.catalog.lookup(PDFName.of("Lang"), PDFString).decodeText();
const noFunnel: Funnel = { suggested: 0, accepted: 0, scheduled: 0, held: 0, noShow: 0, deals: 0, committed: 0n, realised: 0n, potential: 0n, bySector: [] };

function totals(extra: Partial<EventTotals> = {}): EventTotals {
  return {
    event: {
      slug: "misi-uji",
      name: "Misi Dagang Uji",
      venue: "Gedung Uji",
      city: "Tenggarong",
      timeZone: "Asia/Makassar",
      startsAt: new Date("2026-12-10T00:00:00Z"),
      endsAt: new Date("2026-12-10T09:00:00Z"),
    },
    total: 3_000_000_000n,
    byCategory: { SELL: 2_000_000_000n, BUY: 1_000_000_000n, INVEST: 0n },
    commitments: 3,
    agreements: 0,
    agreementParties: { PERANGKAT_DAERAH: 0, BUMD: 0, ASOSIASI: 0, LAINNYA: 0 },
    businesses: [],
    official: null,
    interim: null,
    target: null,
    milestones: { rank: { position: 1, of: 1 } },
    bySector: [],
    recurring: { count: 0, total: 0n },
    meetings: { scheduled: 0, held: 0, noShow: 0 },
    latest: [],
    updatedAt: GENERATED,
    ...extra,
  };
}

function recap(extra: Partial<Recap> = {}): Recap {
  return {
    totals: totals(),
    // The host side first: the visiting side is found by its role, not its place.
    sides: [
      { role: "HOST", code: "KALTIM", shortName: "Kaltim", province: "Kalimantan Timur" },
      { role: "VISITING", code: "JATIM", shortName: "Jatim", province: "Jawa Timur" },
    ],
    bySector: [],
    byInstrument: [],
    byRegency: [{ sideCode: "LAIN", rows: [] }],
    top: [],
    agreements: [],
    repeatPartners: [],
    realisation: { committed: 3_000_000_000n, realised: 0n, commitmentsFollowedUp: 0 },
    funnel: noFunnel,
    ...extra,
  };
}

describe("the recap of a mission still running, with parts still empty", () => {
  it("says the figure is provisional, reads the visiting side by its role, and says 'none yet' where there is nothing", async () => {
    const bytes = await recapPdf(recap(), "id", GENERATED);
    const text = await pdfText(bytes);
    expect(text).toContain("Total transaksi sementara (belum ada angka resmi)");
    expect(text).toContain("Rp3.000.000.000 (Rp3 miliar)");
    expect(text).toContain("Terbilang: tiga miliar rupiah");
    expect(text).toContain("Jatim menjual Rp2.000.000.000 Rp2 miliar 66,6%");
    expect(text).toContain("Jatim membeli Rp1.000.000.000 Rp1 miliar 33,3%");
    expect(text).toContain("Jatim berinvestasi Rp0 Rp0 0%");
    expect(text).not.toContain("Kaltim menjual");
    // A side the recap does not know is named by its code.
    expect(text).toContain("Per kabupaten/kota LAIN Belum ada.");
    expect(text).toContain("Komitmen terbesar Belum ada.");
    expect(text).toContain("Belum ada perjanjian kerja sama.");
    expect(text).toContain("Misi ini tidak memakai temu bisnis.");
    expect(text).toContain("0 komitmen sudah dicatat realisasinya");
    expect(text).not.toContain("batas waktu");

    const document = await PDFDocument.load(bytes);
    expect([document.getTitle(), document.getSubject(), document.getCreator(), language(document)]).toEqual([
      "Rekapitulasi Transaksi Misi Dagang - Misi Dagang Uji",
      "Misi Dagang Uji",
      "Misi Dagang",
      "id-ID",
    ]);
  });

  it("in English: English words, separators and shares, and the document's language", async () => {
    const bytes = await recapPdf(recap(), "en", GENERATED);
    const text = await pdfText(bytes);
    expect(text).toContain("Jatim sells Rp2,000,000,000 Rp2 billion 66.6%");
    expect(language(await PDFDocument.load(bytes))).toBe("en-GB");
  });

  it("with nothing signed at all, shows each category at 0% of nothing", async () => {
    const text = await pdfText(await recapPdf(recap({ totals: totals({ total: 0n, byCategory: { SELL: 0n, BUY: 0n, INVEST: 0n } }) }), "id", GENERATED));
    expect(text).toContain("Jatim menjual Rp0 Rp0 0%");
    expect(text).toContain("Total Rp0 Rp0 100%");
  });
});

describe("the recap of a frozen mission", () => {
  const frozen = (since: { signed: number; voided: number }) =>
    totals({
      total: 3_500_000_000n,
      byCategory: { SELL: 2_500_000_000n, BUY: 1_000_000_000n, INVEST: 0n },
      official: {
        frozenAt: new Date("2026-12-10T09:00:00Z"),
        total: 3_000_000_000n,
        byCategory: { SELL: 2_000_000_000n, BUY: 1_000_000_000n, INVEST: 0n },
        commitments: 3,
        agreements: 0,
        note: null,
        bySector: [],
        since: { signed: { count: since.signed, total: 500_000_000n }, voided: { count: since.voided, total: 0n } },
      },
    });

  it("states the official figure, what changed since, and that the breakdowns follow the ledger as it is now", async () => {
    const text = await pdfText(await recapPdf(recap({ totals: frozen({ signed: 1, voided: 0 }) }), "id", GENERATED));
    expect(text).toContain("Total transaksi final (angka resmi, dibekukan 10 Des 2026 17.00.00 WITA)");
    expect(text).toContain("Rp3.000.000.000 (Rp3 miliar)");
    expect(text).toContain("Sesudah batas waktu: 1 komitmen baru (Rp500 juta), 0 komitmen dibatalkan (Rp0). Total berjalan kini Rp3.500.000.000.");
    expect(text).toContain("menurut buku besar saat ini (Rp3.500.000.000)");
  });

  it("says when nothing changed since; a void alone is a change", async () => {
    const unchanged = await pdfText(await recapPdf(recap({ totals: frozen({ signed: 0, voided: 0 }) }), "id", GENERATED));
    expect(unchanged).toContain("Tidak ada perubahan sesudah batas waktu.");
    const voided = await pdfText(await recapPdf(recap({ totals: frozen({ signed: 0, voided: 1 }) }), "id", GENERATED));
    expect(voided).toContain("Sesudah batas waktu: 0 komitmen baru (Rp500 juta), 1 komitmen dibatalkan (Rp0).");
    // As many voided as signed since is still a change.
    const both = await pdfText(await recapPdf(recap({ totals: frozen({ signed: 1, voided: 1 }) }), "id", GENERATED));
    expect(both).toContain("Sesudah batas waktu: 1 komitmen baru (Rp500 juta), 1 komitmen dibatalkan (Rp0).");
    expect(both).not.toContain("Tidak ada perubahan");
  });
});

describe("the recap's lists", () => {
  it("name each top deal's parties and category, a recurring one with its period; agreements one per line; the funnel by sector", async () => {
    const text = await pdfText(
      await recapPdf(
        recap({
          top: [
            { visiting: "PT Pakan", host: "CV Tambak", category: "SELL", commodity: "Pakan ikan", instrument: "CONTRACT", value: 124_000_000_000n, recurrence: "YEARLY", recurrenceYears: 3 },
            { visiting: "UD Kopi", host: "Warung", category: "BUY", commodity: "Kopi", instrument: "MOU", value: 5_000_000n, recurrence: "ONE_OFF", recurrenceYears: null },
          ],
          agreements: [{ visitingParty: "Dinas A", hostParty: "Dinas B", title: "Kerja sama pasar", signedOn: new Date("2026-12-10") }],
          funnel: {
            suggested: 4,
            accepted: 3,
            scheduled: 2,
            held: 1,
            noShow: 1,
            deals: 1,
            committed: 124_000_000_000n,
            realised: 1_000_000n,
            potential: 90_000_000_000n,
            bySector: [{ sector: "Perikanan", suggested: 4, accepted: 3, scheduled: 2, held: 1, noShow: 1, deals: 1, committed: 124_000_000_000n, realised: 1_000_000n }],
          },
        }),
        "id",
        GENERATED,
      ),
    );
    expect(text).toContain("PT Pakan - CV Tambak (Jatim menjual) Pakan ikan Rp124.000.000.000 per tahun, selama 3 tahun");
    expect(text).toContain("UD Kopi - Warung (Jatim membeli) Kopi Rp5.000.000");
    expect(text).toContain("- Kerja sama pasar: Dinas A - Dinas B");
    expect(text).toContain(
      "Dari 4 pasangan yang disarankan, 3 diterima (potensi Rp90.000.000.000), 2 dijadwalkan di meja dan 1 bertemu (1 tidak hadir). Pertemuan itu melahirkan 1 komitmen senilai Rp124.000.000.000; terealisasi Rp1.000.000.",
    );
    expect(text).toContain("Semua sektor 4 3 2 1 1 Rp124.000.000.000 Rp1.000.000 Perikanan 4 3 2 1 1 Rp124.000.000.000 Rp1.000.000");
  });
});

describe("the recap's business matching", () => {
  const stage = { scheduled: 0, held: 0, noShow: 0, deals: 0, committed: 0n, realised: 0n };
  it("gives the funnel whenever a pair was suggested or accepted, even when every suggestion was accepted", async () => {
    for (const [suggested, accepted] of [
      [2, 2],
      [0, 1],
      [1, 0],
    ]) {
      const funnel = { suggested, accepted, ...stage, potential: 0n, bySector: [{ sector: "Kuliner", suggested, accepted, ...stage }] };
      const text = await pdfText(await recapPdf(recap({ funnel }), "id", GENERATED));
      expect(text, `${suggested}/${accepted}`).not.toContain("Misi ini tidak memakai temu bisnis.");
      expect(text, `${suggested}/${accepted}`).toContain(`Dari ${suggested} pasangan yang disarankan, ${accepted} diterima`);
    }
    const none = await pdfText(await recapPdf(recap({}), "id", GENERATED));
    expect(none).toContain("Misi ini tidak memakai temu bisnis.");
  });
});
