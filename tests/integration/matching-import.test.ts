// A list's offers, needs and investments come in with its businesses, checked as on the business page.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { staffActor } from "../support/matching";
import { newPracticeMission } from "../support/missions";
import { said } from "../support/said";
import { csv } from "../support/spreadsheets";
import { commitImport, previewImport } from "@/lib/businesses/import";
import { importTemplate } from "@/lib/businesses/template";
import { getDb } from "@/lib/db/client";

withTestDatabase();

const HEADERS = [
  "Nama usaha",
  "Nama perwakilan",
  "Sektor",
  "Produk yang ditawarkan",
  "Volume yang ditawarkan",
  "Nilai yang ditawarkan",
  "Kebutuhan",
  "Nilai kebutuhan",
  "Rencana investasi",
  "Nilai investasi",
];

describe("the import's offer, need and investment columns", () => {
  it("are found by their headers, checked row by row, and come in as lines of the businesses made", async () => {
    const event = await newPracticeMission();
    const organizer = await staffActor("ADMIN");
    const file = {
      name: "jatim.csv",
      bytes: csv(HEADERS, [
        ["CV Pakan Lestari", "Bu Sari", "Perikanan", "Pakan ikan", "100 ton", "2 miliar", "Batu bara", "1,5 miliar", "Cold storage", "5 M"],
        ["UD Kopi Arjuna", "Pak Hadi", "Kuliner", "Kopi bubuk", "", "", "", "", "", ""],
        ["CV Tanpa Produk", "Pak Joko", "Kuliner", "", "20 karton", "1 miliar", "", "", "", ""],
        ["CV Nilai Salah", "Bu Ani", "Kuliner", "Sambal", "", "12.5 juta", "", "", "", ""],
      ]),
    };
    const preview = await said(previewImport({ eventId: event.id, sideCode: "JATIM", file }));
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(preview.data.mapping).toMatchObject({
      offer: 3,
      offerVolume: 4,
      offerValue: 5,
      need: 6,
      needValue: 7,
      investment: 8,
      investmentValue: 9,
      products: null,
    });
    expect(preview.data).toMatchObject({ total: 4, valid: 2, invalid: 2 });
    const errors = Object.fromEntries(preview.data.rows.map((r) => [r.line, r.errors]));
    expect(errors[4]).toEqual([{ key: "lineCommodityMissing", params: { kind: "OFFER" } }]);
    expect(errors[5]).toEqual([{ key: "amountAmbiguousDecimal", params: { number: "12.5", decimal: "12,5 juta" } }]);

    const done = await said(commitImport({ eventId: event.id, sideCode: "JATIM", file }, organizer));
    expect(done).toMatchObject({ ok: true, data: { imported: 2, skipped: 2 } });
    const db = await getDb();
    const lines = await db.tradeLine.findMany({
      where: { eventId: event.id },
      include: { business: { select: { name: true } } },
      orderBy: [{ business: { name: "asc" } }, { kind: "asc" }],
    });
    expect(lines.map((l) => [l.business.name, l.kind, l.commodity, l.sector, l.quantity?.toString() ?? null, l.unit, l.estimatedValue, l.matchKey])).toEqual([
      ["CV Pakan Lestari", "OFFER", "Pakan ikan", "Perikanan", "100", "ton", 2_000_000_000n, "pakan ikan"],
      ["CV Pakan Lestari", "NEED", "Batu bara", "Perikanan", null, null, 1_500_000_000n, "batu bara"],
      ["CV Pakan Lestari", "INVEST", "Cold storage", "Perikanan", null, null, 5_000_000_000n, "cold storage"],
      ["UD Kopi Arjuna", "OFFER", "Kopi bubuk", "Kuliner", null, null, null, "kopi bubuk"],
    ]);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "businesses.imported", eventId: event.id } })).toMatchObject({
      after: { imported: 2, tradeLines: 4 },
    });
  });

  it("are in the template, whose example row, in .xlsx and in .csv, imports as it stands with its offer and need", async () => {
    const organizer = await staffActor("ADMIN");
    const db = await getDb();
    for (const format of ["xlsx", "csv"] as const) {
      const event = await newPracticeMission();
      const scoped = await db.event.findUniqueOrThrow({ where: { id: event.id }, include: { sides: true } });
      const template = await importTemplate(scoped, format);
      expect(template.filename).toBe(`templat-pelaku-usaha-${event.slug}.${format}`);
      const file = { name: template.filename, bytes: template.bytes };
      const preview = await previewImport({ eventId: event.id, sideCode: "JATIM", file });
      if (!preview.ok) throw new Error(JSON.stringify(preview));
      // Every column of the template is recognised by the import, each for its own field.
      expect(
        Object.values(preview.data.mapping)
          .filter((column) => column !== null)
          .sort((a, b) => a! - b!),
      ).toEqual(preview.data.headers.map((_, i) => i));
      expect(preview.data).toMatchObject({ total: 1, valid: 1, invalid: 0 });
      expect(await commitImport({ eventId: event.id, sideCode: "JATIM", file }, organizer)).toMatchObject({ ok: true, data: { imported: 1 } });
      const lines = await db.tradeLine.findMany({ where: { eventId: event.id }, orderBy: { kind: "asc" } });
      expect(lines.map((l) => [l.kind, l.commodity, l.quantity?.toString(), l.unit, l.estimatedValue])).toEqual([
        ["OFFER", "Kopi bubuk robusta", "2", "ton", 150_000_000n],
        ["NEED", "Kemasan standing pouch", "10000", "lembar", 25_000_000n],
      ]);
    }
  });
});
