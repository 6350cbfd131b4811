// The list template an organizer downloads: every column the import reads, one example row, and in
// Excel the allowed values on a second sheet, with NIB and phone as text so leading zeros survive.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { BUSINESS_FIELDS, LEGAL_FORMS, SCALES } from "./fields";
import { importTemplate } from "./template";

const event = {
  slug: "misi-uji",
  sectors: ["Kuliner", "Fesyen"],
  sides: [
    { shortName: "Jatim", regencies: ["Kota Surabaya", "Kota Batu"] },
    { shortName: "Kaltim", regencies: ["Kota Balikpapan"] },
  ],
};
const column = (key: string) => BUSINESS_FIELDS.findIndex((f) => f.key === key);

describe("the list template", () => {
  it("as CSV: a byte-order mark, the headers and the example row separated by semicolons, with the mission's first sector and regency", async () => {
    const file = await importTemplate(event, "csv");
    expect([file.contentType, file.filename]).toEqual(["text/csv; charset=utf-8", "templat-pelaku-usaha-misi-uji.csv"]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(file.bytes);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const [headers, example] = text
      .slice(1)
      .trimEnd()
      .split("\r\n")
      .map((line) => line.split(";"));
    expect(headers).toEqual(BUSINESS_FIELDS.map((f) => f.label));
    expect([example[column("name")], example[column("sector")], example[column("regency")], example[column("nib")], example[column("offerValue")]]).toEqual([
      "CV Contoh Usaha Jaya",
      "Kuliner",
      "Kota Surabaya",
      "1234567890123",
      "150 juta",
    ]);
    // A mission without sectors or regencies yet leaves those cells empty.
    const bare = new TextDecoder("utf-8", { ignoreBOM: true }).decode((await importTemplate({ slug: "baru", sectors: [], sides: [] }, "csv")).bytes);
    const bareExample = bare.slice(1).trimEnd().split("\r\n")[1].split(";");
    expect([bareExample[column("sector")], bareExample[column("regency")]]).toEqual(["", ""]);
  });

  it("as Excel: bold headers, wide columns, NIB and phone as text, and a sheet of the allowed values", async () => {
    const file = await importTemplate(event, "xlsx");
    expect([file.contentType, file.filename]).toEqual([
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "templat-pelaku-usaha-misi-uji.xlsx",
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const [list, choices] = workbook.worksheets;
    expect([list.name, choices.name]).toEqual(["Pelaku usaha", "Pilihan"]);
    expect((list.getRow(1).values as unknown[]).slice(1)).toEqual(BUSINESS_FIELDS.map((f) => f.label));
    expect(list.getRow(1).font?.bold).toBe(true);
    expect(list.getRow(2).getCell(column("regency") + 1).value).toBe("Kota Surabaya");
    expect(list.columns.map((c) => c.width)).toEqual(BUSINESS_FIELDS.map(() => 24));
    expect(BUSINESS_FIELDS.map((f, i) => [f.key, list.getColumn(i + 1).numFmt ?? null]).filter(([, format]) => format === "@")).toEqual(
      [
        ["phone", "@"],
        ["nib", "@"],
      ].sort((a, b) => column(a[0]) - column(b[0])),
    );
    const columnOf = (c: number) => (choices.getColumn(c).values as unknown[]).slice(1).filter((v) => v !== undefined);
    expect([1, 2, 3, 4, 5].map(columnOf)).toEqual([
      ["Sektor", "Kuliner", "Fesyen"],
      ["Kabupaten/kota Jatim", "Kota Surabaya", "Kota Batu"],
      ["Kabupaten/kota Kaltim", "Kota Balikpapan"],
      ["Badan usaha", ...LEGAL_FORMS],
      ["Skala usaha", ...SCALES],
    ]);
    expect(choices.getRow(1).font?.bold).toBe(true);
    expect(choices.columns.map((c) => c.width)).toEqual([30, 30, 30, 30, 30]);
  });
});
