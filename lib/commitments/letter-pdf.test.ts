// The letter's layout, read back from the PDF: what sits where on the page, not only which words it has
// (tests/integration/commitments.test.ts reads its words for a recorded commitment).
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pdfLayout, type PdfLayout } from "@/tests/support/pdf";
import { drawnSignature, pngClaiming } from "@/tests/support/hostile";
import { SAMPLE_LETTER } from "@/tests/support/letters";
import { A4, MARGIN } from "@/lib/pdf/text";
import { letterDownload, letterPdf, type LetterWithSignatures } from "./letter-pdf";
import type { CommitmentDetail } from "./queries";

const VERIFY = "https://misidagang.test/verify/7K3Q9X2P1A4B";

async function letter(overrides: Partial<LetterWithSignatures> = {}): Promise<LetterWithSignatures> {
  const signature = await drawnSignature(600, 200);
  return {
    ...SAMPLE_LETTER,
    visitingSignature: signature,
    hostSignature: signature,
    ...overrides,
  };
}

const layoutOf = async (overrides: Partial<LetterWithSignatures> = {}) => pdfLayout(await letterPdf(await letter(overrides), VERIFY));

function find(layout: PdfLayout, text: string) {
  const found = layout.texts.filter((t) => t.text === text);
  if (found.length !== 1) throw new Error(`"${text}" is on the page ${found.length} times`);
  return found[0];
}

const COLUMN = (A4.width - 2 * MARGIN) / 2;

describe("the letter's page", () => {
  it("is A4 with every line inside the margins, and the heading centred, large to small", async () => {
    const layout = await layoutOf();
    expect([layout.width, layout.height]).toEqual([A4.width, A4.height]);
    for (const t of layout.texts.filter((t) => t.rotation === 0)) {
      expect(t.x, t.text).toBeGreaterThanOrEqual(MARGIN - 0.01);
      expect(t.x + t.width, t.text).toBeLessThanOrEqual(A4.width - MARGIN + 0.01);
      expect(t.y, t.text).toBeGreaterThanOrEqual(MARGIN - 0.01);
      // The first line's baseline sits on the top margin.
      expect(t.y, t.text).toBeLessThanOrEqual(A4.height - MARGIN + 0.01);
    }
    const heading = ["SURAT KOMITMEN TRANSAKSI", "Misi Dagang Jawa Timur - Kalimantan Timur", "Nomor verifikasi: 7K3Q9X2P1A4B"].map((text) =>
      find(layout, text),
    );
    expect(heading.map((t) => t.size)).toEqual([16, 12, 10]);
    // pdf.js measures a few points wider than pdf-lib, which centred it.
    for (const t of heading) expect(Math.abs(t.x + t.width / 2 - A4.width / 2), t.text).toBeLessThan(3);
    expect(heading[0].y).toBeCloseTo(A4.height - MARGIN, 3);
    expect([heading[0].y - heading[1].y, heading[1].y - heading[2].y]).toEqual([22, 18].map((gap) => expect.closeTo(gap, 3)));
  });

  it("reads top to bottom in order, no line over another: heading, opening, the numbered parties indented, the terms, the closing, the signers", async () => {
    const layout = await layoutOf();
    const flowing = layout.texts.filter((t) => t.rotation === 0 && t.x < MARGIN + 20);
    for (let i = 1; i < flowing.length; i++) {
      const [above, below] = [flowing[i - 1], flowing[i]];
      if (below.y === above.y) continue;
      expect(above.y - below.y, `${above.text} / ${below.text}`).toBeGreaterThanOrEqual(below.size + 2);
    }
    const opening = layout.texts.find((t) => t.text.startsWith("Pada Kamis, 8 Mei 2025, pukul 11.12 WITA"))!;
    const parties = [
      find(layout, "1. Pembeli: CV Segara Jaya (Jawa Timur), diwakili oleh Hadi Santoso"),
      find(layout, "2. Penjual: UD Tambak Mahakam (Kalimantan Timur), diwakili oleh Rina Wati"),
    ];
    const statement = find(layout, "menyatakan komitmen transaksi sebagai berikut:");
    const closing = layout.texts.find((t) => t.text.startsWith("Demikian surat komitmen ini dibuat"))!;
    const order = [
      find(layout, "Nomor verifikasi: 7K3Q9X2P1A4B"),
      opening,
      ...parties,
      statement,
      find(layout, "Kategori"),
      find(layout, "Terbilang"),
      closing,
      find(layout, "Pembeli"),
    ];
    for (let i = 1; i < order.length; i++) expect(order[i - 1].y, `${order[i - 1].text} above ${order[i].text}`).toBeGreaterThan(order[i].y);
    expect(opening.x).toBe(MARGIN);
    for (const p of parties) expect(p.x).toBe(MARGIN + 12);
    // The spacing: 15 points a line, 4 more between paragraphs, the heading and the signatures set apart.
    const lineAfter = (t: { y: number }) => flowing.find((next) => next.y < t.y)!;
    const gaps = [
      [find(layout, "Nomor verifikasi: 7K3Q9X2P1A4B"), 30],
      [opening, 15],
      [lineAfter(opening), 19],
      [parties[0], 19],
      [parties[1], 19],
      [statement, 19],
      [find(layout, "Kategori"), 17],
      [find(layout, "Terbilang"), 23],
      [closing, 15],
      [lineAfter(closing), 29],
    ] as const;
    for (const [line, gap] of gaps) expect(line.y - lineAfter(line).y, line.text).toBeCloseTo(gap, 3);
  });

  it("sets the terms as a table: labels in bold on the left, each value on its line in one column to the right", async () => {
    const layout = await layoutOf();
    const rows: [string, string][] = [
      ["Kategori", "Jatim membeli"],
      ["Komoditas", "Udang vaname beku"],
      ["Sektor", "Perikanan"],
      ["Jumlah", "2,5 ton"],
      ["Jenis dokumen", "Kontrak / transaksi final"],
      ["Nilai", "Rp1.250.000.000"],
      ["Terbilang", "(satu miliar dua ratus lima puluh juta rupiah)"],
    ];
    const bold = find(layout, "SURAT KOMITMEN TRANSAKSI").font;
    let previous = Infinity;
    for (const [label, value] of rows) {
      const [l, v] = [find(layout, label), find(layout, value)];
      expect([l.x, v.x, v.y, l.font === bold, v.font === bold]).toEqual([MARGIN + 12, MARGIN + 130, l.y, true, false]);
      expect(l.size).toBe(11);
      expect(previous - l.y).toBeGreaterThanOrEqual(15);
      previous = l.y;
    }
  });

  it("wraps a long value inside its column, 15 points a line, and the next term starts below it", async () => {
    const commodity = "Udang vaname beku ukuran 40/50 kemasan 2 kg untuk pasar swalayan dan hotel di Balikpapan, Samarinda dan Bontang";
    const layout = await layoutOf({ commodity });
    const label = find(layout, "Komoditas");
    const lines = layout.texts.filter((t) => t.x === MARGIN + 130 && t.y <= label.y && t.y > find(layout, "Sektor").y);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((t) => t.text).join(" ")).toBe(commodity);
    lines.forEach((t, i) => expect(t.y).toBeCloseTo(label.y - i * 15, 3));
    for (const t of lines) expect(t.x + t.width).toBeLessThanOrEqual(A4.width - MARGIN);
    expect(find(layout, "Sektor").y).toBeCloseTo(label.y - lines.length * 15 - 2, 3);
  });

  it("puts the two signers side by side, each in half the width: role, business, signature above the line, name", async () => {
    const longName = "PT Perikanan Samudera Nusantara Jaya Makmur Sentosa Abadi";
    const layout = await layoutOf({
      host: { name: longName, side: { shortName: "Kaltim", province: "Kalimantan Timur" }, signerName: "Rina Wati" },
      hostSignature: await drawnSignature(1_200, 200),
    });
    const [buyer, seller] = [find(layout, "Pembeli"), find(layout, "Penjual")];
    expect([buyer.x, seller.x, seller.y]).toEqual([MARGIN, MARGIN + COLUMN, buyer.y]);
    const business = find(layout, "CV Segara Jaya");
    expect([business.x, business.y, business.size]).toEqual([MARGIN, buyer.y - 14, 10]);
    const hostLines = layout.texts.filter((t) => t.x === seller.x && t.y < seller.y && t.size === 10);
    expect(hostLines.map((t) => t.text).join(" ")).toBe(longName);
    hostLines.forEach((t, i) => {
      expect(t.y).toBeCloseTo(seller.y - 14 - i * 12, 3);
      expect(t.x + t.width).toBeLessThanOrEqual(seller.x + COLUMN - 20);
    });
    const names = [find(layout, "Hadi Santoso"), find(layout, "Rina Wati")];
    expect(names.map((n) => [n.x, n.y])).toEqual([
      [MARGIN, buyer.y - 132],
      [MARGIN + COLUMN, buyer.y - 132],
    ]);
    const signatures = layout.images.filter((image) => image.y > MARGIN + 84);
    expect(signatures).toHaveLength(2);
    signatures.forEach((image, i) => {
      expect(image.x).toBeCloseTo(MARGIN + i * COLUMN, 3);
      expect(image.y).toBeCloseTo(buyer.y - 112, 3);
      // Fitted into the column less a gutter and 70 points high, the picture's proportions kept: 600 × 200 is
      // as high as allowed, 1200 × 200 as wide.
      expect([image.width, image.height].map((n) => n.toFixed(2))).toEqual((i === 0 ? [210, 70] : [COLUMN - 30, (COLUMN - 30) / 6]).map((n) => n.toFixed(2)));
      expect(image.y + image.height).toBeLessThan(business.y);
    });
  });

  it("prints the verification QR code in the bottom margin's corner, with its address beside it", async () => {
    const layout = await layoutOf();
    const qr = layout.images.find((image) => image.y < MARGIN + 84)!;
    expect(qr).toEqual({ x: MARGIN, y: MARGIN, width: 84, height: 84 });
    const [ask, address] = [find(layout, "Periksa keaslian surat ini:"), find(layout, VERIFY)];
    expect([ask.x, ask.y, ask.size, address.x, address.y, address.size]).toEqual([MARGIN + 96, MARGIN + 50, 9, MARGIN + 96, MARGIN + 36, 9]);
    expect(address.font).toBe(find(layout, "SURAT KOMITMEN TRANSAKSI").font);
  });

  it("stamps a void letter DIBATALKAN and a draft DRAF - BELUM DITANDATANGANI across the page, smaller for the longer word; a signed one has none", async () => {
    const stamp = (layout: PdfLayout) => layout.texts.filter((t) => t.rotation !== 0).map((t) => ({ text: t.text, size: t.size, rotation: t.rotation }));
    expect(stamp(await layoutOf({ status: "VOID" }))).toEqual([{ text: "DIBATALKAN", size: 64, rotation: 35 }]);
    expect(stamp(await layoutOf({ status: "DRAFT", signedAt: null, visitingSignature: null, hostSignature: null }))).toEqual([
      { text: "DRAF - BELUM DITANDATANGANI", size: 34, rotation: 35 },
    ]);
    expect(stamp(await layoutOf())).toEqual([]);
  });

  it("leaves out a missing signature, or one too large to decode, but keeps its line and name", async () => {
    const layout = await layoutOf({ visitingSignature: null, hostSignature: pngClaiming(16_000, 16_000) });
    expect(layout.images).toHaveLength(1);
    expect(find(layout, "Hadi Santoso").y).toBe(find(layout, "Rina Wati").y);
  });

  it("says what it is in the file's own properties", async () => {
    const pdf = await PDFDocument.load(await letterPdf(await letter(), VERIFY));
    expect([pdf.getTitle(), pdf.getSubject(), pdf.getCreator()]).toEqual([
      "Surat Komitmen Transaksi 7K3Q9X2P1A4B",
      "Misi Dagang Jawa Timur – Kalimantan Timur",
      "Misi Dagang",
    ]);
  });
});

describe("letterDownload", () => {
  it("answers with the letter drawn in its worker thread, as a PDF download named by its code that no cache keeps", async () => {
    const signed = await letter();
    const detail = {
      ...signed,
      quantity: "2.5",
      visitingBusiness: { name: signed.visiting.name, side: signed.visiting.side },
      hostBusiness: { name: signed.host.name, side: signed.host.side },
      visitingSignerName: signed.visiting.signerName,
      hostSignerName: signed.host.signerName,
    } as unknown as CommitmentDetail;
    const response = await letterDownload(detail, "https://misidagang.test");
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": 'attachment; filename="surat-komitmen-7K3Q9X2P1A4B.pdf"',
      "cache-control": "no-store",
    });
    const layout = await pdfLayout(new Uint8Array(await response.arrayBuffer()));
    expect(find(layout, VERIFY).size).toBe(9);
    expect(find(layout, "CV Segara Jaya").x).toBe(MARGIN);
  });
});
