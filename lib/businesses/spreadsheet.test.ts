// Hostile spreadsheets, made here: each is refused with a clear reason, quickly, without holding up
// the event loop (another client's request would wait for it) or the heap.
import { monitorEventLoopDelay } from "node:perf_hooks";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readSpreadsheet } from "./spreadsheet";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Peserta" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const sheet = (dimension: string, rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dimension}"/><sheetData>${rows}</sheetData></worksheet>`;

async function xlsx(sheetXml: string | Uint8Array): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", ROOT_RELS);
  zip.file("xl/workbook.xml", WORKBOOK);
  zip.file("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
  zip.file("xl/worksheets/sheet1.xml", sheetXml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** Reads a file while measuring how long the event loop was held up and how long it took. */
async function timed(name: string, bytes: Uint8Array) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const start = performance.now();
  const result = await readSpreadsheet({ name, bytes });
  const ms = performance.now() - start;
  delay.disable();
  return { result, ms, stalledMs: delay.max / 1e6 };
}

describe("hostile spreadsheets", () => {
  it("a tiny .xlsx whose cells claim the sheet's far corners (XFD1, A1048576) is refused at once", async () => {
    const bytes = await xlsx(
      sheet("A1:XFD1048576", `<row r="1">${cell("A1", "Nama Usaha")}${cell("XFD1", "x")}</row><row r="1048576">${cell("A1048576", "y")}</row>`),
    );
    expect(bytes.byteLength).toBeLessThan(2_000);
    const { result, ms, stalledMs } = await timed("kecil.xlsx", bytes);
    expect(result).toEqual({ ok: false, error: { key: "fileTooManyColumns", params: { max: 60 } } });
    expect(ms).toBeLessThan(500);
    expect(stalledMs).toBeLessThan(500);
  });

  it("one far row alone is refused as too many rows", async () => {
    const bytes = await xlsx(sheet("A1:A1048576", `<row r="1">${cell("A1", "Nama Usaha")}</row><row r="1048576">${cell("A1048576", "y")}</row>`));
    const { result } = await timed("baris.xlsx", bytes);
    expect(result).toEqual({ ok: false, error: { key: "fileTooManyRows", params: { max: 20_000 } } });
  });

  it("a zip bomb (a few hundred KB that inflate to 80 MB) is refused from the zip's own table, without inflating it", async () => {
    const bytes = await xlsx(new Uint8Array(80 * 1024 * 1024).fill(0x20));
    expect(bytes.byteLength).toBeLessThan(1_000_000);
    const { result, ms, stalledMs } = await timed("bom.xlsx", bytes);
    expect(result).toEqual({ ok: false, error: { key: "fileInflatesTooMuch", params: { limit: "64 MB" } } });
    expect(ms).toBeLessThan(200);
    expect(stalledMs).toBeLessThan(500);
  });

  it("a CSV header of 100,000 columns, or 30,000 rows, is refused without reading it all", async () => {
    const wide = new TextEncoder().encode(`Nama Usaha${";x".repeat(100_000)}\nA;B\n`);
    expect((await timed("lebar.csv", wide)).result).toEqual({ ok: false, error: { key: "fileTooManyColumns", params: { max: 60 } } });
    const long = new TextEncoder().encode(`Nama Usaha;Sektor\n${"Usaha;Kuliner\n".repeat(30_000)}`);
    const { result, stalledMs } = await timed("panjang.csv", long);
    expect(result).toEqual({ ok: false, error: { key: "fileTooManyRows", params: { max: 20_000 } } });
    expect(stalledMs).toBeLessThan(500);
  });

  it("an ordinary .xlsx is still read, its header ending at its last filled column", async () => {
    const bytes = await xlsx(
      sheet("A1:C3", `<row r="1">${cell("A1", "Nama Usaha")}${cell("B1", "Sektor")}</row><row r="2">${cell("A2", "Batik Sekar")}${cell("B2", "Fesyen")}</row>`),
    );
    const { result } = await timed("biasa.xlsx", bytes);
    expect(result).toEqual({ ok: true, sheet: { headers: ["Nama Usaha", "Sektor"], rows: [{ line: 2, cells: ["Batik Sekar", "Fesyen"] }] } });
  });
});
