// Hostile spreadsheets, made here: each is refused with a clear reason, quickly, without holding up
// the event loop (another client's request would wait for it) or the heap.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { cell, sheet, xlsx } from "@/tests/support/hostile";
import { MAX_UPLOAD_BYTES } from "@/lib/http/upload-limits";
import { MAX_IMPORT_ROWS, readSpreadsheet } from "./spreadsheet";

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

  it("a full list (20,000 rows, the budget's edge) is read in a worker thread, never holding up the event loop", async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `<row r="${i + 2}">${cell(`A${i + 2}`, `Usaha ${i}`)}${cell(`B${i + 2}`, "Kuliner")}${cell(`C${i + 2}`, `0812${i}`)}</row>`,
    );
    const bytes = await xlsx(sheet("A1:C20001", `<row r="1">${cell("A1", "Nama Usaha")}${cell("B1", "Sektor")}${cell("C1", "No. HP")}</row>${rows.join("")}`));
    const { result, stalledMs } = await timed("penuh.xlsx", bytes);
    expect(result.ok && result.sheet.rows.length).toBe(20_000);
    expect(result.ok && result.sheet.rows.at(-1)).toEqual({ line: 20_001, cells: ["Usaha 19999", "Kuliner", "081219999"] });
    // exceljs takes seconds over this on its own thread; here only the answer's copy and trim are ours.
    expect(stalledMs).toBeLessThan(250);
  });
});

describe("reading a list", () => {
  const csv = (text: string, name = "daftar.csv") => readSpreadsheet({ name, bytes: new TextEncoder().encode(text) });

  it("says what is wrong with the file itself: empty, too large, an old .xls, another kind, no header, no rows", async () => {
    expect(await readSpreadsheet({ name: "kosong.csv", bytes: new Uint8Array() })).toEqual({ ok: false, error: "fileEmpty" });
    expect(await readSpreadsheet({ name: "besar.csv", bytes: new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41) })).toEqual({ ok: false, error: "fileTooLarge" });
    expect((await readSpreadsheet({ name: "pas.csv", bytes: new TextEncoder().encode(`Nama Usaha\n${"A".repeat(MAX_UPLOAD_BYTES - 12)}\n`) })).ok).toBe(true);
    expect(await csv("Nama Usaha\nA\n", "lama.xls")).toEqual({ ok: false, error: "fileOldXls" });
    expect(await csv("Nama Usaha\nA\n", "daftar.pdf")).toEqual({ ok: false, error: "fileRequired" });
    expect(await csv(" ; ;\nA;B\n")).toEqual({ ok: false, error: "fileNoHeaders" });
    expect(await csv("Nama Usaha;Sektor\n ; \n\n")).toEqual({ ok: false, error: "fileNoRows" });
    expect(await readSpreadsheet({ name: "rusak.xlsx", bytes: new TextEncoder().encode("bukan zip") })).toMatchObject({ ok: false });
  });

  it("reads .csv and .txt (any case) with semicolons, commas or tabs, a byte-order mark and Windows line ends", async () => {
    const expected = { ok: true, sheet: { headers: ["Nama Usaha", "Sektor"], rows: [{ line: 2, cells: ["Batik Sekar", "Fesyen"] }] } };
    expect(await csv("\uFEFFNama Usaha;Sektor\r\nBatik Sekar;Fesyen\r\n")).toEqual(expected);
    expect(await csv("Nama Usaha,Sektor\nBatik Sekar,Fesyen\n", "DAFTAR.TXT")).toEqual(expected);
    expect(await csv("Nama Usaha\tSektor\nBatik Sekar\tFesyen")).toEqual(expected);
    // A comma inside a name does not make a semicolon list a comma list.
    expect(await csv("Nama Usaha;Sektor\nPT Sari, Tbk;Kuliner\n")).toEqual({
      ok: true,
      sheet: { headers: ["Nama Usaha", "Sektor"], rows: [{ line: 2, cells: ["PT Sari, Tbk", "Kuliner"] }] },
    });
  });

  it("trims cells, fills short rows, skips empty ones but keeps the sheet's line numbers, and ends the header at its last name", async () => {
    expect(await csv("Nama Usaha ; Sektor ;;\n  Batik Sekar ;\n;;\n Amplang ; Kuliner ; lebih\n")).toEqual({
      ok: true,
      sheet: {
        headers: ["Nama Usaha", "Sektor"],
        rows: [
          { line: 2, cells: ["Batik Sekar", ""] },
          { line: 4, cells: ["Amplang", "Kuliner"] },
        ],
      },
    });
  });

  it("takes 20,000 rows and blank lines after them, refuses a 20,001st row with content, and 61 columns", async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `Usaha ${i};Kuliner`).join("\n");
    const full = await csv(`Nama Usaha;Sektor\n${rows(MAX_IMPORT_ROWS)}\n;\n;\n`);
    expect(full.ok && full.sheet.rows.length).toBe(MAX_IMPORT_ROWS);
    expect(await csv(`Nama Usaha;Sektor\n${rows(MAX_IMPORT_ROWS + 1)}\n`)).toEqual({
      ok: false,
      error: { key: "fileTooManyRows", params: { max: MAX_IMPORT_ROWS } },
    });
    const columns = (n: number) => Array.from({ length: n }, (_, i) => `Kolom ${i}`).join(";");
    expect((await csv(`${columns(60)}\nA\n`)).ok).toBe(true);
    expect(await csv(`${columns(61)}\nA\n`)).toEqual({ ok: false, error: { key: "fileTooManyColumns", params: { max: 60 } } });
  });
});
