import "server-only";
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Locale } from "@/lib/i18n/locale";
import type { Cell, Exportable, ExportedEvent } from "./datasets";

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
  const source = dataset.batches(event, include, options.locale);
  return options.format === "csv"
    ? csvStream(
        source,
        columns.map((c) => c.header[options.locale]),
      )
    : xlsxStream(dataset.fileName, source, columns, options.locale);
}

function csvValue(cell: Cell): string {
  if (cell === null) return "";
  if ("text" in cell) return cell.text;
  return cell.rupiah.toString();
}

/**
 * What a spreadsheet would run as a formula (CSV injection): such a cell is written as text, with a
 * leading quote. A phone number such as +62811… is a number, not a formula, and stays as it is.
 */
const FORMULA = /^[=@\t\r]|^[+-](?![\d ]*$)/;

function csvStream(source: AsyncGenerator<Cell[][]>, headers: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // A byte-order mark, so Excel opens the UTF-8 names (Surabaya's "é"s, "–") correctly.
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${Papa.unparse([headers])}\r\n`));
        return;
      }
      const { value, done } = await source.next();
      if (done) return controller.close();
      controller.enqueue(
        encoder.encode(
          `${Papa.unparse(
            value.map((row) => row.map(csvValue)),
            { escapeFormulae: FORMULA },
          )}\r\n`,
        ),
      );
    },
    async cancel() {
      await source.return(undefined);
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
