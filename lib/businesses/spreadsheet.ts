import "server-only";
import type { FieldCode } from "@/lib/kernel/outcome";
import Papa from "papaparse";
import { MAX_UPLOAD_BYTES } from "@/lib/http/upload-limits";
import { runInWorker } from "@/lib/workers/run";
import { XLSX_BUDGET, XLSX_WORK, xlsxOverBudget } from "./spreadsheet-budget";

export const MAX_IMPORT_ROWS = 20_000;

export interface Sheet {
  headers: string[];
  /** `line` is the row's number as the spreadsheet shows it (the header is line 1). */
  rows: { line: number; cells: string[] }[];
}

export type SheetResult = { ok: true; sheet: Sheet } | { ok: false; error: FieldCode };

/** Reads the first sheet of an .xlsx file or a CSV (comma, semicolon or tab separated) as text cells. */
export async function readSpreadsheet(file: { name: string; bytes: Uint8Array }): Promise<SheetResult> {
  if (file.bytes.byteLength === 0) return { ok: false, error: "fileEmpty" };
  if (file.bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: "fileTooLarge" };
  const name = file.name.toLowerCase();
  let table: string[][];
  try {
    if (name.endsWith(".xlsx")) {
      const over = xlsxOverBudget(file.bytes);
      if (over) return { ok: false, error: over };
      const read = await readXlsx(file.bytes);
      if (!Array.isArray(read)) return { ok: false, error: read };
      table = read;
    } else if (name.endsWith(".csv") || name.endsWith(".txt")) table = readCsv(file.bytes);
    else if (name.endsWith(".xls")) return { ok: false, error: "fileOldXls" };
    else return { ok: false, error: "fileRequired" };
  } catch {
    return { ok: false, error: "fileUnreadable" };
  }
  const [headerRow, ...body] = table;
  // The header ends at its last non-empty cell, whatever range the file claims.
  const headers = (headerRow ?? []).map((h) => h.trim());
  while (headers.length > 0 && !headers.at(-1)) headers.pop();
  if (!headers.some(Boolean)) return { ok: false, error: "fileNoHeaders" };
  if (headers.length > XLSX_BUDGET.columns) return { ok: false, error: { key: "fileTooManyColumns", params: { max: XLSX_BUDGET.columns } } };
  const rows = body.map((cells, i) => ({ line: i + 2, cells: headers.map((_, c) => (cells[c] ?? "").trim()) })).filter((row) => row.cells.some(Boolean));
  if (rows.length === 0) return { ok: false, error: "fileNoRows" };
  // Both readers stop one filled row past the budget, so at most that many rows were made above.
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, error: { key: "fileTooManyRows", params: { max: MAX_IMPORT_ROWS } } };
  return { ok: true, sheet: { headers, rows } };
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  // Excel in Indonesian locales writes semicolons, others commas: the header line tells which.
  const header = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [";", ",", "\t"].reduce((best, d) => (header.split(d).length > header.split(best).length ? d : best), ",");
  // Row by row, and no further than one row with content past the budget: enough to say there are too many.
  const table: string[][] = [];
  let filled = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (row, parser) => {
      const cells = row.data.map((cell) => String(cell ?? ""));
      table.push(cells);
      if (cells.some((c) => c.trim()) && ++filled > MAX_IMPORT_ROWS + 1) parser.abort();
    },
  });
  return table;
}

/** The workbook's first sheet as text cells, read in a worker thread within XLSX_WORK. */
async function readXlsx(bytes: Uint8Array): Promise<string[][] | FieldCode> {
  const read = await runInWorker<string[][]>("xlsx", bytes, XLSX_WORK);
  if (read.ok) return read.value;
  return read.reason === "failed" ? "fileUnreadable" : { key: "fileTooHeavy", params: { seconds: XLSX_WORK.timeMs / 1000 } };
}
