// Reading a workbook's first sheet, in this process (spreadsheet.test.ts tries it through its worker
// thread, after the budget).
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sheetCells } from "./sheet-cells";

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void, sheets = 1): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (let i = 0; i < sheets; i++) {
    const sheet = book.addWorksheet(`Lembar ${i + 1}`);
    if (i === 0) fill(sheet);
    else sheet.getCell("A1").value = "lembar lain";
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("sheetCells", () => {
  it("gives every cell as text: a NIB or a phone typed as a number keeps all its digits, a date its day, a fraction its decimals", async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(["Nama", "NIB", "Telepon", "Tanggal", "Volume", "Aktif"]);
      sheet.addRow(["CV Kopi", 9_120_000_000_001, 81_234_567_890, new Date(Date.UTC(2025, 4, 8)), 2.5, true]);
    });
    expect(await sheetCells(bytes)).toEqual([
      ["Nama", "NIB", "Telepon", "Tanggal", "Volume", "Aktif"],
      ["CV Kopi", "9120000000001", "81234567890", "2025-05-08", "2.5", "true"],
    ]);
  });

  it("fills the gaps: an empty cell or row is an empty string and an empty row, so columns and rows keep their places", async () => {
    const bytes = await workbook((sheet) => {
      sheet.getCell("A1").value = "Nama";
      sheet.getCell("C1").value = "Sektor";
      sheet.getCell("B3").value = "Kuliner";
      sheet.getCell("A4").value = null;
    });
    expect(await sheetCells(bytes)).toEqual([["Nama", "", "Sektor"], [], ["", "Kuliner"]]);
  });

  it("reads only the first sheet; a workbook with no sheet is no rows", async () => {
    const bytes = await workbook((sheet) => sheet.addRow(["pertama"]), 2);
    expect(await sheetCells(bytes)).toEqual([["pertama"]]);
    const empty = new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    expect(await sheetCells(empty)).toEqual([]);
  });

  it("reads the bytes it is given, even a view into a larger buffer", async () => {
    const bytes = await workbook((sheet) => sheet.addRow(["Nama"]));
    const larger = new Uint8Array(bytes.length + 20);
    larger.set(bytes, 10);
    expect(await sheetCells(larger.subarray(10, 10 + bytes.length))).toEqual([["Nama"]]);
  });
});
