// exportStream with a dataset of its own: a download that is cancelled stops reading rows, and one
// whose rows fail mid-way ends as a failed download, never as a short file that looks complete.
import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import type { Cell, Exportable } from "./exportable";
import { crlfRecords, exportStream } from "./write";

const MISSION = { id: "e", timeZone: "Asia/Makassar" };

/** Endless batches of one row each (or failing after `failAfter`), each after a round trip as a database's would be, noting when the reader is closed. */
function endless(failAfter = Infinity) {
  const state = { batches: 0, closed: false };
  const dataset: Exportable = {
    fileName: "uji",
    organizerOnly: false,
    columns: [
      { header: { id: "Nama", en: "Name" }, contact: false },
      { header: { id: "Nilai", en: "Value" }, contact: false, width: 20 },
      { header: { id: "HP", en: "Phone" }, contact: true },
    ],
    async *batches(_event, include) {
      try {
        for (;;) {
          await new Promise((resolve) => setImmediate(resolve));
          if (state.batches >= failAfter) throw new Error("database went away");
          state.batches++;
          const row: Cell[] = [{ text: `Usaha ${state.batches}` }, { rupiah: BigInt(state.batches) * 1000n }, { text: "+62811" }];
          yield [row.filter((_, i) => include({ contact: i === 2 }))];
        }
      } finally {
        state.closed = true;
      }
    },
  };
  return { dataset, state };
}

/** `endless()`'s dataset with its CSV written by "the database": the same rows, as CSV records ending in "\n". */
function databaseWritten(failAfter = Infinity) {
  const { dataset, state } = endless(failAfter);
  const { batches } = dataset;
  dataset.csvPages = async function* (event, locale) {
    for await (const rows of batches(event, (column) => !column.contact, locale))
      yield new TextEncoder().encode(rows.map((cells) => `${cells.map((cell) => cell && ("text" in cell ? cell.text : cell.rupiah)).join(",")}\n`).join(""));
  };
  return { dataset, state };
}

describe("a cancelled download", () => {
  for (const [format, made, source] of [
    ["csv", "", endless],
    ["xlsx", "", endless],
    ["csv", ", written by the database", databaseWritten],
  ] as const) {
    it(`stops reading rows (${format}${made})`, async () => {
      const { dataset, state } = source();
      const reader = exportStream(dataset, MISSION, { format, locale: "id", withContact: false }).getReader();
      // The header, then rows: the reading has begun.
      while (state.batches < 2) expect((await reader.read()).done).toBe(false);
      await reader.cancel();
      await vi.waitFor(() => expect(state.closed).toBe(true));
      const read = state.batches;
      // Nothing more is read once it is closed.
      await new Promise((resolve) => setImmediate(resolve));
      expect(state.batches).toBe(read);
    });
  }
});

it("an Excel export whose rows fail mid-way ends as an error, and says so in the log", async () => {
  const { dataset } = endless(3);
  const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    const body = new Response(exportStream(dataset, MISSION, { format: "xlsx", locale: "id", withContact: true }));
    await expect(body.arrayBuffer()).rejects.toThrow();
    expect(logged).toHaveBeenCalledWith("[exports] Excel export failed", expect.objectContaining({ message: "database went away" }));
  } finally {
    logged.mockRestore();
  }
});

it("a finished Excel export is a workbook by Misi Dagang with the chosen columns, rupiah as formatted numbers", async () => {
  const { dataset } = endless(2);
  const failing = dataset.batches;
  // Two batches, then the end.
  dataset.batches = async function* (eventId, include, locale) {
    let n = 0;
    for await (const batch of failing(eventId, include, locale)) {
      yield batch;
      if (++n === 2) return;
    }
  };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await new Response(exportStream(dataset, MISSION, { format: "xlsx", locale: "en", withContact: false })).arrayBuffer());
  expect(workbook.creator).toBe("Misi Dagang");
  const sheet = workbook.getWorksheet("uji")!;
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["Name", "Value"]);
  expect(sheet.getColumn(2).width).toBe(20);
  expect(sheet.getRow(3).getCell(1).value).toBe("Usaha 2");
  expect(sheet.getRow(3).getCell(2)).toMatchObject({ value: 2000, numFmt: '"Rp"#,##0' });
  expect(sheet.getRow(3).getCell(1).numFmt).toBeUndefined();
  expect(sheet.rowCount).toBe(3);
});

describe("the database's CSV records", () => {
  it("that fail mid-way end the download as an error, never as a short file", async () => {
    const { dataset } = databaseWritten(3);
    await expect(new Response(exportStream(dataset, MISSION, { format: "csv", locale: "id", withContact: false })).arrayBuffer()).rejects.toThrow(
      "database went away",
    );
  });

  it("follow the header, each ending in CRLF", async () => {
    const { dataset } = databaseWritten(2);
    const reader = exportStream(dataset, MISSION, { format: "csv", locale: "en", withContact: false }).getReader();
    let text = "";
    for (let i = 0; i < 3; i++) text += new TextDecoder("utf-8", { ignoreBOM: true }).decode((await reader.read()).value);
    await reader.cancel();
    expect(text).toBe("\uFEFFName,Value\r\nUsaha 1,1000\r\nUsaha 2,2000\r\n");
  });

  const pages = async function* (...texts: string[]) {
    for (const text of texts) yield new TextEncoder().encode(text);
  };
  const written = async (...texts: string[]) => {
    let out = "";
    for await (const page of crlfRecords(pages(...texts))) out += new TextDecoder().decode(page);
    return out;
  };

  it("end in CRLF, page after page, while line breaks inside quoted fields stay as they were", async () => {
    expect(await written("a,1\nb,2\n", "c,3\n")).toBe("a,1\r\nb,2\r\nc,3\r\n");
    expect(await written('"x\ny",1\n"say ""hi""\n",2\n""\n')).toBe('"x\ny",1\r\n"say ""hi""\n",2\r\n""\r\n');
    expect(await written('a,"""\n"""\nb\n')).toBe('a,"""\n"""\r\nb\r\n');
    expect(await written("", "é,ü\n")).toBe("é,ü\r\n");
  });

  it("leave the rest of a page alone after a quote that never closes (never from COPY)", async () => {
    expect(await written('a\n"b\nc\n')).toBe('a\r\n"b\nc\n');
  });
});
