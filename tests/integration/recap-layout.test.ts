// The recap PDF's layout, read back page by page: what sits where, not only which words it has
// (reports.test.ts reads its words and figures). The demo mission fills three pages; missions with
// many sectors show how the page breaks.
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { newPracticeMission } from "../support/missions";
import { twoBusinesses } from "../support/signing";
import { createCommitment } from "../support/commitments";
import { pdfLayout, type PdfLayout } from "../support/pdf";
import { getDb } from "@/lib/db/client";
import { DEMO_SLUG } from "@/lib/demo/demo-event";
import { A4, MARGIN } from "@/lib/pdf/text";
import { eventRecap } from "@/lib/reports/recap";
import { recapPdf } from "@/lib/reports/recap-pdf";

withTestDatabase({ seedDemo: true });

const GENERATED = new Date("2025-05-09T02:00:00Z");
// pdf.js measures text a few points wider than pdf-lib, which laid it out.
const MEASURE = 5;

async function pages(event: { id: string; slug: string }, locale: "id" | "en" = "id"): Promise<PdfLayout[]> {
  const bytes = await recapPdf((await eventRecap(event))!, locale, GENERATED);
  const count = (await PDFDocument.load(bytes)).getPageCount();
  return Promise.all(Array.from({ length: count }, (_, i) => pdfLayout(bytes, i + 1)));
}

const demo = async () => (await getDb()).event.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, select: { id: true, slug: true } });
const find = (page: PdfLayout, text: string) => {
  const found = page.texts.filter((t) => t.text === text);
  if (found.length !== 1) throw new Error(`"${text}" is on the page ${found.length} times`);
  return found[0];
};
const footerOf = (page: PdfLayout) => page.texts.filter((t) => t.y < MARGIN);

describe("the recap's pages", () => {
  it("are A4, every line inside the margins and none over another, with a footer of when and which page on each", async () => {
    const layout = await pages(await demo());
    expect(layout).toHaveLength(3);
    layout.forEach((page, i) => {
      expect([page.width, page.height]).toEqual([A4.width, A4.height]);
      expect(footerOf(page).map((t) => [t.text, t.x, t.y, t.size])).toEqual([
        [`Dibuat 9 Mei 2025 10.00.00 WITA - Halaman ${i + 1} dari 3`, MARGIN, MARGIN - 24, 8],
      ]);
      const body = page.texts.filter((t) => t.y >= MARGIN);
      for (const t of body) {
        expect(t.x, t.text).toBeGreaterThanOrEqual(MARGIN);
        expect(t.x + t.width, t.text).toBeLessThanOrEqual(A4.width - MARGIN + MEASURE);
        expect(t.y, t.text).toBeGreaterThanOrEqual(MARGIN + 16);
        expect(t.y + t.size, t.text).toBeLessThanOrEqual(A4.height - MARGIN + 0.01);
      }
      // Lines: the distinct baselines, top to bottom; each at least its own size below the one above.
      const lines = [...new Map(body.map((t) => [t.y, t])).values()].sort((a, b) => b.y - a.y);
      for (let n = 1; n < lines.length; n++) expect(lines[n - 1].y - lines[n].y, lines[n].text).toBeGreaterThanOrEqual(lines[n].size + 2);
    });
  });

  it("opens with the title, the mission, where and when, then the headline figure in large type and its words", async () => {
    const [first] = await pages(await demo());
    const order = [
      find(first, "REKAPITULASI TRANSAKSI MISI DAGANG"),
      find(first, "Misi Dagang Jawa Timur - Kalimantan Timur"),
      find(first, "Swiss-Belhotel Balikpapan, Balikpapan - Kamis, 8 Mei 2025"),
      find(first, "Rp1.053.146.943.500 (Rp1,05 triliun)"),
    ];
    expect(order.map((t) => t.size)).toEqual([15, 12, 10, 18]);
    expect(order[0].y + order[0].size).toBeCloseTo(A4.height - MARGIN, 3);
    for (let i = 1; i < order.length; i++) expect(order[i - 1].y).toBeGreaterThan(order[i].y);
    const bold = order[0].font;
    expect([order[1].font, order[2].font === bold, order[3].font]).toEqual([bold, false, bold]);
    expect(first.texts.find((t) => t.text.startsWith("Terbilang: satu triliun"))!.y).toBeLessThan(order[3].y);
  });

  it("sets each table's label column on the left margin and its figures flush right, column by column, under a bold header", async () => {
    const [first] = await pages(await demo());
    const heading = find(first, "Per kategori");
    expect([heading.size, heading.font]).toEqual([12, find(first, "REKAPITULASI TRANSAKSI MISI DAGANG").font]);
    const header = first.texts.filter((t) => t.y === find(first, "Kategori").y).sort((a, b) => a.x - b.x);
    expect(header.map((t) => t.text)).toEqual(["Kategori", "Nilai", "Porsi"]);
    const rows = ["Jatim menjual", "Jatim membeli", "Jatim berinvestasi", "Total"].map((label) => {
      const cells = first.texts.filter((t) => t.y === find(first, label).y);
      return cells.sort((a, b) => a.x - b.x);
    });
    for (const cells of rows) {
      expect(cells).toHaveLength(4);
      expect(cells[0].x).toBe(MARGIN);
      expect(cells.every((c) => c.font !== header[0].font)).toBe(true);
    }
    // Each figure column ends where its header does, on every row.
    const right = (t: { x: number; width: number }) => t.x + t.width;
    for (const column of [1, 2, 3]) {
      const edges = rows.map((cells) => right(cells[column]));
      for (const edge of edges) expect(Math.abs(edge - edges[0])).toBeLessThan(1);
    }
    expect(Math.abs(right(header[1]) - right(rows[0][1]))).toBeLessThan(1);
    expect(Math.abs(right(header[2]) - right(rows[0][3]))).toBeLessThan(1);
    // Rows 14 points apart, below the header.
    const ys = [header[0], ...rows.map((cells) => cells[0])].map((t) => t.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i - 1] - ys[i]).toBeCloseTo(14, 3);
    expect(rows.map((cells) => cells[3].text)).toEqual(["56,8%", "21,8%", "21,2%", "100%"]);
    // A section's heading stands apart from the table above it.
    expect(find(first, "Fesyen").y - find(first, "Per kabupaten/kota Jatim").y).toBeCloseTo(31, 3);
  });

  it("keeps each heading on the page where what it heads begins, wherever the page breaks", async () => {
    const db = await getDb();
    const mission = await newPracticeMission();
    const { visiting, host } = await twoBusinesses(mission.id);
    const sectors: string[] = [];
    // One more sector each time moves every later heading down a line, past the foot of page one.
    for (let i = 0; i < 24; i++) {
      sectors.push(`Sektor ${String(i + 1).padStart(2, "0")}`);
      await db.event.update({ where: { id: mission.id }, data: { sectors } });
      await createCommitment(
        db,
        { eventId: mission.id, visitingBusinessId: visiting.id, hostBusinessId: host.id },
        { sector: sectors[i], value: BigInt(1_000_000 * (100 - i)) },
      );
      for (const page of await pages(mission)) {
        const body = page.texts.filter((t) => t.y >= MARGIN);
        const bold = body.find((t) => t.size === 12)?.font;
        for (const heading of body.filter((t) => t.size === 12 && t.font === bold)) {
          const below = new Set(body.filter((t) => t.y < heading.y).map((t) => t.y));
          expect(below.size, `${heading.text} with ${sectors.length} sectors`).toBeGreaterThanOrEqual(1);
        }
      }
    }
  }, 60_000);

  it("runs a long table on onto the next page, each row whole on one page", async () => {
    const db = await getDb();
    const mission = await newPracticeMission();
    const sectors = Array.from({ length: 70 }, (_, i) => `Sektor ${String(i + 1).padStart(2, "0")}`);
    await db.event.update({ where: { id: mission.id }, data: { sectors } });
    const { visiting, host } = await twoBusinesses(mission.id);
    for (const [i, sector] of sectors.entries())
      await createCommitment(
        db,
        { eventId: mission.id, visitingBusinessId: visiting.id, hostBusinessId: host.id },
        { sector, value: BigInt(1_000_000 * (100 - i)) },
      );
    const layout = await pages(mission);
    expect(layout.length).toBeGreaterThanOrEqual(3);
    const placed = sectors.map((sector) => {
      const page = layout.findIndex((p) => p.texts.some((t) => t.text === sector));
      return { sector, page, line: layout[page]?.texts.filter((t) => t.y === layout[page].texts.find((x) => x.text === sector)!.y) };
    });
    // Every sector once, in order, with its count and figures on its line.
    for (const { sector, page, line } of placed) {
      expect(page, sector).toBeGreaterThanOrEqual(0);
      expect(line!.map((t) => t.text).slice(0, 2), sector).toEqual([sector, "1"]);
      expect(line, sector).toHaveLength(4);
    }
    const pagesUsed = [...new Set(placed.map((p) => p.page))];
    expect(pagesUsed.length).toBeGreaterThan(1);
    expect(placed.map((p) => p.page)).toEqual([...placed.map((p) => p.page)].sort((a, b) => a - b));
    // Where the table breaks, the last row sits near the page's foot and the next one at the next page's head.
    const lastOnFirst = placed.filter((p) => p.page === pagesUsed[0]).at(-1)!;
    const firstOnNext = placed.find((p) => p.page === pagesUsed[1])!;
    expect(lastOnFirst.line![0].y).toBeLessThan(MARGIN + 40);
    expect(firstOnNext.line![0].y).toBeCloseTo(A4.height - MARGIN - 9, 3);
  });

  it("is written in English when asked, the same layout", async () => {
    const layout = await pages(await demo(), "en");
    expect(footerOf(layout[0]).map((t) => t.text)).toEqual([expect.stringMatching(/ - Page 1 of \d$/)]);
    expect(find(layout[0], "Rp1,053,146,943,500 (Rp1.05 trillion)").size).toBe(18);
  });
});
