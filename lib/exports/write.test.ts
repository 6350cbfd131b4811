// exportStream with a dataset of its own: a download that is cancelled stops reading rows, and one
// whose rows fail mid-way ends as a failed download, never as a short file that looks complete.
import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import type { Cell, Exportable } from "./datasets";
import { exportStream } from "./write";

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

describe("a cancelled download", () => {
  for (const format of ["csv", "xlsx"] as const) {
    it(`stops reading rows (${format})`, async () => {
      const { dataset, state } = endless();
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
