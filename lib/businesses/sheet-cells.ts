// The first sheet of a workbook as rows of cell text. exceljs reads the whole workbook at once, so
// spreadsheet.ts runs this in a worker thread (xlsx.worker.ts), after the budget has checked the file;
// no "server-only" mark, as a worker thread is plain Node.
import ExcelJS from "exceljs";

export async function sheetCells(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: string[][] = [];
  // Only the cells that are there (the budget has checked where they sit), never the claimed range.
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    table[rowNumber - 1] = Array.from(cells, (c) => c ?? "");
  });
  return Array.from(table, (r) => r ?? []);
}

// Numbers keep all their digits (a NIB or a phone typed into a number cell), dates their day.
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return cell.text ?? "";
}
