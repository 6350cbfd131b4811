import "server-only";
import { createTranslator } from "use-intl/core";
import { periodPhrase } from "@/lib/commitments/recurrence";
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { CATEGORIES } from "@/lib/commitments/rules";
import { formatEventDate, formatMoment } from "@/lib/format/datetime";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";
import { abbreviateRupiah, amountInWords, formatRupiah } from "@/lib/money/rupiah";
import { A4, latin1, MARGIN, wrap } from "@/lib/pdf/text";
import { categoryLabel } from "@/lib/totals/labels";
import { runInWorker } from "@/lib/workers/run";
import { funnelWords } from "./funnel";
import { pressFiguresOf, pressSummary } from "./press-summary";
import type { Recap, RecapRow } from "./recap";

const WIDTH = A4.width - 2 * MARGIN;
const GREY = rgb(0.35, 0.38, 0.42);

/** A page flow: text goes down the page and onto a new one when it runs out. */
class Flow {
  page!: PDFPage;
  y = 0;
  constructor(
    private readonly pdf: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  newPage() {
    this.page = this.pdf.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  /** Room for `height` more points, or a new page. */
  need(height: number) {
    if (this.y - height < MARGIN + 20) this.newPage();
  }

  paragraph(text: string, options: { font?: PDFFont; size?: number; color?: ReturnType<typeof rgb>; after?: number } = {}) {
    const font = options.font ?? this.regular;
    const size = options.size ?? 10;
    for (const line of wrap(text, font, size, WIDTH)) {
      this.need(size + 4);
      this.page.drawText(line, { x: MARGIN, y: this.y - size, size, font, color: options.color });
      this.y -= size + 4;
    }
    this.y -= options.after ?? 4;
  }

  heading(text: string) {
    this.need(40);
    this.y -= 8;
    this.paragraph(text, { font: this.bold, size: 12, after: 2 });
  }

  /** Columns of text; the last ones (figures) right-aligned. `widths` are fractions of the page width. */
  table(header: string[], rows: string[][], widths: number[], rightFrom = 1) {
    const draw = (cells: string[], font: PDFFont, color?: ReturnType<typeof rgb>) => {
      const wrapped = cells.map((cell, i) => wrap(cell, font, 9, widths[i] * WIDTH - 6));
      const height = Math.max(...wrapped.map((lines) => lines.length)) * 12 + 2;
      this.need(height);
      let x = MARGIN;
      wrapped.forEach((lines, i) => {
        const columnWidth = widths[i] * WIDTH;
        lines.forEach((line, n) => {
          const lineX = i >= rightFrom ? x + columnWidth - 6 - font.widthOfTextAtSize(line, 9) : x;
          this.page.drawText(line, { x: lineX, y: this.y - 9 - n * 12, size: 9, font, color });
        });
        x += columnWidth;
      });
      this.y -= height;
    };
    draw(header, this.bold, GREY);
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 1 }, end: { x: MARGIN + WIDTH, y: this.y + 1 }, thickness: 0.5, color: GREY });
    for (const row of rows) draw(row, this.regular);
    this.y -= 6;
  }
}

/** Drawing a recap: well under a second, in a worker thread (recap.worker.ts). */
export const RECAP_WORK = { timeMs: 20_000, memoryMb: 256 };

/** The recap as a PDF, drawn off the server's main thread. */
export async function drawnRecap(recap: Recap, locale: Locale): Promise<Uint8Array> {
  const drawn = await runInWorker<Uint8Array>("recap", { recap, locale }, RECAP_WORK);
  if (!drawn.ok) throw new Error(`The recap could not be drawn (${drawn.reason}).`);
  return drawn.value;
}

/** The recap as an A4 PDF: every figure in numbers, the totals also in words, in the chosen language. */
export async function recapPdf(recap: Recap, locale: Locale, generatedAt = new Date()): Promise<Uint8Array> {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "recap" });
  const instruments = createTranslator({ locale, messages: messagesFor(locale), namespace: "instruments" });
  const recurrences = createTranslator({ locale, messages: messagesFor(locale), namespace: "recurrences" });
  const { totals } = recap;
  const tz = totals.event.timeZone;
  const rupiah = (value: bigint) => formatRupiah(value, locale);
  const short = (value: bigint) => abbreviateRupiah(value, { locale });
  const visiting = recap.sides.find((s) => s.role === "VISITING")?.shortName ?? "";
  const headline = totals.official ?? totals;

  const pdf = await PDFDocument.create();
  pdf.setTitle(`${t("title")} - ${totals.event.name}`);
  pdf.setSubject(totals.event.name);
  pdf.setCreator("Misi Dagang");
  pdf.setLanguage(locale === "id" ? "id-ID" : "en-GB");
  const flow = new Flow(pdf, await pdf.embedFont(StandardFonts.Helvetica), await pdf.embedFont(StandardFonts.HelveticaBold));

  flow.paragraph(t("title").toUpperCase(), { font: flow.bold, size: 15, after: 2 });
  flow.paragraph(totals.event.name, { font: flow.bold, size: 12, after: 2 });
  flow.paragraph(`${totals.event.venue}, ${totals.event.city} - ${formatEventDate(totals.event.startsAt, tz, locale)}`, { color: GREY, after: 12 });

  flow.paragraph(totals.official ? t("headlineFinal", { moment: formatMoment(totals.official.frozenAt, tz, locale) }) : t("headlineRunning"), {
    color: GREY,
    after: 2,
  });
  flow.paragraph(`${rupiah(headline.total)} (${short(headline.total)})`, { font: flow.bold, size: 18, after: 2 });
  flow.paragraph(t("inWords", { words: amountInWords(headline.total, locale) }), { after: 6 });
  if (totals.official) {
    const { since } = totals.official;
    flow.paragraph(
      since.signed.count + since.voided.count === 0
        ? t("noChangesSinceCutOff")
        : t("sinceCutOff", {
            signed: since.signed.count,
            signedTotal: short(since.signed.total),
            voided: since.voided.count,
            voidedTotal: short(since.voided.total),
            running: rupiah(totals.total),
          }),
    );
  }

  flow.heading(t("byCategory"));
  const share = (part: bigint, whole: bigint) =>
    `${(Number((part * 1000n) / (whole > 0n ? whole : 1n)) / 10).toLocaleString(locale === "id" ? "id-ID" : "en-GB")}%`;
  flow.table(
    [t("category"), t("amount"), "", t("share")],
    [
      ...CATEGORIES.map((c) => [
        categoryLabel(c, visiting, locale),
        rupiah(headline.byCategory[c]),
        short(headline.byCategory[c]),
        share(headline.byCategory[c], headline.total),
      ]),
      [t("total"), rupiah(headline.total), short(headline.total), "100%"],
    ],
    [0.34, 0.3, 0.22, 0.14],
  );
  for (const c of CATEGORIES)
    flow.paragraph(`${categoryLabel(c, visiting, locale)}: ${amountInWords(headline.byCategory[c], locale)}`, { size: 9, color: GREY, after: 1 });

  if (headline.total !== totals.total) {
    flow.y -= 6;
    flow.paragraph(t("breakdownsRunning", { running: rupiah(totals.total) }), { color: GREY });
  }
  const rowsTable = (title: string, label: string, rows: RecapRow[]) => {
    flow.heading(title);
    if (rows.length === 0) return flow.paragraph(t("none"));
    flow.table(
      [label, t("count"), t("amount"), ""],
      rows.map((r) => [r.label, String(r.count), rupiah(r.total), short(r.total)]),
      [0.4, 0.1, 0.3, 0.2],
    );
  };
  rowsTable(t("bySector"), t("sector"), recap.bySector);
  for (const { sideCode, rows } of recap.byRegency)
    rowsTable(t("byRegency", { side: recap.sides.find((s) => s.code === sideCode)?.shortName ?? sideCode }), t("regency"), rows);
  rowsTable(
    t("byInstrument"),
    t("instrument"),
    recap.byInstrument.map((r) => ({ ...r, label: instruments(r.instrument) })),
  );

  flow.heading(t("businesses"));
  flow.table(
    [t("side"), t("registered"), t("present"), t("quota")],
    totals.businesses.map((b) => [b.province, String(b.registered), String(b.checkedIn), String(b.quota)]),
    [0.4, 0.2, 0.2, 0.2],
  );

  flow.heading(t("top"));
  if (recap.top.length === 0) flow.paragraph(t("none"));
  else
    flow.table(
      [t("parties"), t("commodity"), t("amount")],
      recap.top.map((c) => [
        `${c.visiting} - ${c.host} (${categoryLabel(c.category, visiting, locale)})`,
        c.commodity,
        c.recurrence === "ONE_OFF" ? rupiah(c.value) : `${rupiah(c.value)} ${periodPhrase(recurrences, c.recurrence, c.recurrenceYears)}`,
      ]),
      [0.52, 0.2, 0.28],
      2,
    );

  flow.heading(t("agreements"));
  if (recap.agreements.length === 0) flow.paragraph(t("noAgreements"));
  else for (const a of recap.agreements) flow.paragraph(`- ${a.title}: ${a.visitingParty} - ${a.hostParty}`, { size: 9, after: 1 });

  // The business matching's funnel: from the pairs suggested to the deals they brought, overall and by sector.
  const { funnel } = recap;
  flow.heading(t("matching"));
  if (funnel.suggested + funnel.accepted === 0) flow.paragraph(t("noMatching"));
  else {
    flow.paragraph(t("matchingSummary", funnelWords(funnel, rupiah)));
    const stages = (label: string, s: (typeof funnel.bySector)[number] | typeof funnel) => [
      label,
      String(s.suggested),
      String(s.accepted),
      String(s.scheduled),
      String(s.held),
      String(s.deals),
      rupiah(s.committed),
      rupiah(s.realised),
    ];
    flow.table(
      [t("sector"), t("stageSuggested"), t("stageAccepted"), t("stageScheduled"), t("stageHeld"), t("stageDeals"), t("stageCommitted"), t("stageRealised")],
      [stages(t("allSectors"), funnel), ...funnel.bySector.map((s) => stages(s.sector, s))],
      [0.2, 0.09, 0.09, 0.09, 0.09, 0.08, 0.19, 0.17],
    );
  }

  flow.heading(t("realisation"));
  flow.table(
    [t("committed"), t("realised"), ""],
    [[rupiah(recap.realisation.committed), rupiah(recap.realisation.realised), t("followedUp", { count: recap.realisation.commitmentsFollowedUp })]],
    [0.3, 0.3, 0.4],
    0,
  );

  flow.heading(t("press"));
  flow.paragraph(pressSummary(pressFiguresOf(recap), locale));

  const pages = pdf.getPages();
  pages.forEach((page, i) => {
    const footer = latin1(`${t("generatedAt", { moment: formatMoment(generatedAt, tz, locale) })} - ${t("page", { page: i + 1, pages: pages.length })}`);
    page.drawText(footer, { x: MARGIN, y: MARGIN - 24, size: 8, font: flow.regular, color: GREY });
  });
  return pdf.save();
}
