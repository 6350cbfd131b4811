import "server-only";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { BUSINESS_FIELDS, LEGAL_FORMS, SCALES } from "./fields";

const EXAMPLE: Record<string, string> = {
  name: "CV Contoh Usaha Jaya",
  representative: "Nama Perwakilan",
  phone: "0812 3456 7890",
  nib: "1234567890123",
  legalForm: "CV",
  scale: "KECIL",
  email: "",
  products: "Produk unggulan",
  // The business matching's columns, filled the way the import reads them: volume as number and unit,
  // values the Indonesian way (as on the signing form).
  offer: "Kopi bubuk robusta",
  offerVolume: "2 ton",
  offerValue: "150 juta",
  need: "Kemasan standing pouch",
  needVolume: "10.000 lembar",
  needValue: "25 juta",
};

/** A file to fill in: the columns the import recognises, one example row, and (in .xlsx) the allowed values. */
export async function importTemplate(event: { slug: string; sectors: string[]; sides: { shortName: string; regencies: string[] }[] }, format: "xlsx" | "csv") {
  const headers = BUSINESS_FIELDS.map((f) => f.label);
  const example = BUSINESS_FIELDS.map((f) =>
    f.key === "sector" ? (event.sectors[0] ?? "") : f.key === "regency" ? (event.sides[0]?.regencies[0] ?? "") : (EXAMPLE[f.key] ?? ""),
  );
  const filename = `templat-pelaku-usaha-${event.slug}.${format}`;
  if (format === "csv") {
    const text = `\uFEFF${Papa.unparse([headers, example], { delimiter: ";" })}\r\n`;
    return { bytes: new TextEncoder().encode(text), contentType: "text/csv; charset=utf-8", filename };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Pelaku usaha");
  sheet.addRow(headers).font = { bold: true };
  sheet.addRow(example);
  sheet.columns.forEach((column) => (column.width = 24));
  // NIB and phone as text, so Excel keeps leading zeros and all 13 digits.
  for (const key of ["nib", "phone"]) sheet.getColumn(BUSINESS_FIELDS.findIndex((f) => f.key === key) + 1).numFmt = "@";
  const choices = workbook.addWorksheet("Pilihan");
  const lists = [
    ["Sektor", ...event.sectors],
    ...event.sides.map((s) => [`Kabupaten/kota ${s.shortName}`, ...s.regencies]),
    ["Badan usaha", ...LEGAL_FORMS],
    ["Skala usaha", ...SCALES],
  ];
  lists.forEach((list, c) => list.forEach((value, r) => (choices.getCell(r + 1, c + 1).value = value)));
  choices.getRow(1).font = { bold: true };
  choices.columns.forEach((column) => (column.width = 30));
  return {
    bytes: new Uint8Array(await workbook.xlsx.writeBuffer()),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename,
  };
}
