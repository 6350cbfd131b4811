import "server-only";
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Locale } from "@/lib/i18n/locale";
import type { Cell, Exportable, ExportedEvent } from "./exportable";
import { FORMULA } from "./formula";

export type ExportFormat = "csv" | "xlsx";
export interface ExportOptions {
  format: ExportFormat;
  locale: Locale;
  /** Organizers get the contact columns; everyone else an export without them. */
  withContact: boolean;
}

/**
 * The dataset of one event as a file, streamed: each batch of rows is written out before the next
 * is read. CSV carries rupiah as plain digits; Excel as numbers with a rupiah format, so a SUM over
 * the value column gives the exact figure (every amount is below 2^53).
 */
export function exportStream(dataset: Exportable, event: ExportedEvent, options: ExportOptions): ReadableStream<Uint8Array> {
  const include = (column: { contact: boolean }) => options.withContact || !column.contact;
  const columns = dataset.columns.filter(include);
  if (options.format === "xlsx") return xlsxStream(dataset.fileName, dataset.batches(event, include, options.locale), columns, options.locale);
  const records = dataset.csvPages ? crlfRecords(dataset.csvPages(event, options.locale)) : csvRecords(dataset.batches(event, include, options.locale));
  return csvStream(
    records,
    columns.map((c) => c.header[options.locale]),
  );
}

function csvValue(cell: Cell): string {
  if (cell === null) return "";
  if ("text" in cell) return cell.text;
  return cell.rupiah.toString();
}

/** Batches of cells as CSV records, each ending in "\r\n". */
async function* csvRecords(batches: AsyncGenerator<Cell[][]>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for await (const rows of batches)
    yield encoder.encode(
      `${Papa.unparse(
        rows.map((row) => row.map(csvValue)),
        { escapeFormulae: FORMULA },
      )}\r\n`,
    );
}

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = new Uint8Array([0x0d, 0x0a]);

/**
 * The database's CSV records (COPY ends each with "\n") ending in "\r\n", as every CSV here does; a
 * line break inside a quoted field stays as it was. Each page starts outside quotes.
 */
export async function* crlfRecords(pages: AsyncGenerator<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const page of pages) {
    const ends: number[] = [];
    let at = 0;
    // Searched with indexOf, not byte by byte: a page is a megabyte or more, mostly without quotes.
    let quote = page.indexOf(QUOTE);
    for (let lf = page.indexOf(LF); lf >= 0; lf = page.indexOf(LF, at)) {
      if (quote >= 0 && quote < lf) {
        // A quoted field: its closing quote is the first one not doubled ("" is a quote inside it).
        let close = page.indexOf(QUOTE, quote + 1);
        while (close >= 0 && page[close + 1] === QUOTE) close = page.indexOf(QUOTE, close + 2);
        if (close < 0) break; // never from COPY: the rest is one field
        at = close + 1;
        quote = page.indexOf(QUOTE, at);
        continue;
      }
      ends.push(lf);
      at = lf + 1;
    }
    const out = new Uint8Array(page.length + ends.length);
    let from = 0;
    let to = 0;
    for (const lf of ends) {
      out.set(page.subarray(from, lf), to);
      to += lf - from;
      out.set(CRLF, to);
      to += 2;
      from = lf + 1;
    }
    out.set(page.subarray(from), to);
    yield out;
  }
}

function csvStream(records: AsyncGenerator<Uint8Array>, headers: string[]): ReadableStream<Uint8Array> {
  // A byte-order mark, so Excel opens the UTF-8 names (Surabaya's "é"s, "–") correctly.
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(new TextEncoder().encode(`\uFEFF${Papa.unparse([headers])}\r\n`));
        return;
      }
      const { value, done } = await records.next();
      if (done) return controller.close();
      controller.enqueue(value);
    },
    async cancel() {
      await records.return(undefined);
    },
  });
}

function xlsxStream(sheetName: string, source: AsyncGenerator<Cell[][]>, columns: Exportable["columns"], locale: Locale): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Misi Dagang";
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header[locale], key: String(i), width: c.width ?? 14 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  void (async () => {
    try {
      for await (const rows of source) {
        if (output.destroyed) return; // the download was cancelled: leaving the loop closes the reader
        for (const cells of rows) {
          const added = sheet.addRow(cells.map(xlsxValue));
          // One style object for every cell of a kind: ExcelJS then looks its style up once, not per cell.
          cells.forEach((cell, i) => {
            if (cell) added.getCell(i + 1).style = "rupiah" in cell ? RUPIAH_STYLE : TEXT_STYLE;
          });
          added.commit();
        }
        // A slow download: let the file's bytes leave before reading more rows.
        if (output.writableNeedDrain) await Promise.race([once(output, "drain"), once(output, "close")]);
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      // The download ends unfinished (the browser shows it failed) rather than as a short, valid-looking file.
      console.error("[exports] Excel export failed", error);
      output.destroy(error as Error);
    }
  })();
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

const TEXT_STYLE: Partial<ExcelJS.Style> = {};
const RUPIAH_STYLE: Partial<ExcelJS.Style> = { numFmt: '"Rp"#,##0' };

function xlsxValue(cell: Cell): string | number | null {
  if (cell === null) return null;
  if ("text" in cell) return cell.text;
  return Number(cell.rupiah);
}
