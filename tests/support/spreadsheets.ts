// Spreadsheets as organizers send them, built in memory for the import tests.
import ExcelJS from "exceljs";

export const HEADERS = ["No", "Nama Usaha", "Nama Pemilik", "No. HP/WA", "NIB", "Sektor", "Kabupaten/Kota"];

/** Spreadsheet lines 2, 3 and 6 are good; line 4 has no name and a short NIB; line 5 a bad phone and an unknown sector; line 7 repeats line 2's NIB. */
export const ROWS = [
  ["1", "CV Batik Sekar Arum", "Sri Wahyuni", "0812-3300-1001", "9120001000011", "Fesyen", "Kota Surabaya"],
  ["2", "UD Kopi Lereng Arjuno", "Bambang Sutrisno", "+62 813 3300 1002", "", "kuliner", "Kota Malang"],
  ["3", "", "Tanpa Nama", "081233001003", "12345", "Kriya", "Kabupaten Gresik"],
  ["4", "Ikan Asap Bu Tini", "Tini", "12345", "", "Otomotif", "Kabupaten Sidoarjo"],
  ["5", "PT Garam Madura Jaya", "H. Rahmat", "081233001005", "9120001000055", "Industri Pengolahan", ""],
  ["6", "Batik Sekar Arum (cabang)", "Dewi", "081233001006", "9120001000011", "Fesyen", "Kota Surabaya"],
];

export function csv(headers = HEADERS, rows = ROWS, delimiter = ";"): Uint8Array {
  const quote = (v: string) => (/[;,"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return new TextEncoder().encode(`\uFEFF${[headers, ...rows].map((r) => r.map(quote).join(delimiter)).join("\r\n")}\r\n`);
}

export async function xlsx(headers = HEADERS, rows = ROWS): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Peserta");
  sheet.addRow(headers);
  // As people type them into Excel: the NIB and the phone as numbers (a leading 0 lost).
  for (const row of rows)
    sheet.addRow(
      row.map((v, i) => (i === 4 && /^\d{13}$/.test(v) ? Number(v) : i === 3 && /^0\d+$/.test(v.replace(/\D/g, "")) && !/\D/.test(v) ? Number(v) : v)),
    );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
