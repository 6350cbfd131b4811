// An imported list, row by row: what makes a row a duplicate (of the mission's businesses or of an
// earlier line), what the preview shows, when a list may pass the quota, and what the audit row keeps.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { newBusiness, newPracticeMission } from "../support/missions";
import { csv } from "../support/spreadsheets";
import { staffActor } from "../support/matching";
import { commitImport, guessMapping, previewImport } from "@/lib/businesses/import";
import { getDb } from "@/lib/db/client";

withTestDatabase();

const HEADERS = ["Nama Usaha", "Nama Pemilik", "No. HP/WA", "NIB", "Sektor", "Kabupaten/Kota"];
const file = (rows: string[][], headers = HEADERS) => ({ name: "daftar.csv", bytes: csv(headers, rows) });
const row = (n: number, extra: Partial<{ phone: string; nib: string; name: string; owner: string }> = {}) => [
  extra.name ?? `Usaha Nomor ${n}`,
  extra.owner ?? `Pemilik ${n}`,
  extra.phone ?? `0812${String(30_000_000 + n)}`,
  extra.nib ?? "",
  "Kuliner",
  "Kota Malang",
];

describe("an imported list's rows", () => {
  it("are duplicates by phone of an earlier line, by name, owner and place when neither phone nor NIB is given, and of this side's businesses", async () => {
    const event = await newPracticeMission();
    await newBusiness(event.id, "VISITING", "Warung Sudah Ada", { representative: "Bu Ani", regency: "Kota Malang", phone: null, nib: null });
    // The same details on the other side are another business.
    await newBusiness(event.id, "HOST", "Warung Seberang", { representative: "Pak Budi", regency: "Kota Malang", phone: null, nib: null });
    const preview = await previewImport({
      eventId: event.id,
      sideCode: "JATIM",
      file: file([
        row(1),
        row(2, { phone: "0812 3000 0001" }),
        row(3, { phone: "", name: "Warung Sudah Ada", owner: "Bu Ani" }),
        row(4, { phone: "", name: "Kedai Baru", owner: "Pak Cah" }),
        row(5, { phone: "", name: "Kedai Baru", owner: "Pak Cah" }),
        row(6, { phone: "", name: "Warung Seberang", owner: "Pak Budi" }),
        // The same name, representative and place with phones of their own: two businesses, told apart by phone.
        row(7, { name: "Kedai Kembar", owner: "Bu Sri" }),
        row(8, { name: "Kedai Kembar", owner: "Bu Sri" }),
      ]),
    });
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(preview.data.rows.map((r) => [r.line, r.errors])).toEqual([
      [2, []],
      [3, [{ key: "samePhoneAsLine", params: { line: 2 } }]],
      [4, [{ key: "registeredWithSameDetails", params: { name: "Warung Sudah Ada" } }]],
      [5, []],
      [6, [{ key: "sameDetailsAsLine", params: { line: 5 } }]],
      [7, []],
      [8, []],
      [9, []],
    ]);
    expect([preview.data.total, preview.data.valid, preview.data.invalid]).toEqual([8, 5, 3]);
  });

  it("are previewed as every row with a mistake and the first fifty good ones, in line order", async () => {
    const event = await newPracticeMission();
    const rows = Array.from({ length: 60 }, (_, i) => row(i + 1));
    rows[54] = row(55, { phone: "123" });
    const preview = await previewImport({ eventId: event.id, sideCode: "JATIM", file: file(rows) });
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect([preview.data.valid, preview.data.invalid, preview.data.rows.length]).toEqual([59, 1, 51]);
    const lines = preview.data.rows.map((r) => r.line);
    expect(lines).toEqual([...Array.from({ length: 50 }, (_, i) => i + 2), 56]);
  });

  it("need every required column mapped, and a side of the mission", async () => {
    const event = await newPracticeMission();
    const organizer = await staffActor("ADMIN");
    const withoutSector = file([["Usaha Satu", "Pemilik", "081230000001", "Kota Malang"]], ["Nama Usaha", "Nama Pemilik", "No. HP/WA", "Kabupaten/Kota"]);
    const preview = await previewImport({ eventId: event.id, sideCode: "JATIM", file: withoutSector });
    expect(preview.ok && preview.data.unmapped).toEqual(["Sektor"]);
    expect(await commitImport({ eventId: event.id, sideCode: "JATIM", file: withoutSector }, organizer)).toEqual({
      ok: false,
      code: "UNMAPPED_COLUMNS",
      params: { columns: "Sektor" },
    });
    expect(await previewImport({ eventId: event.id, sideCode: "BALI", file: file([row(1)]) })).toEqual({
      ok: false,
      code: "INVALID",
      fields: { side: ["sideRequired"] },
    });
  });

  it("go in whole up to the quota, past it only with a reason of five characters or more, audited with what was imported", async () => {
    const event = await newPracticeMission();
    const organizer = await staffActor("ADMIN");
    const db = await getDb();
    const jatim = await db.eventSide.findFirstOrThrow({ where: { eventId: event.id, code: "JATIM" } });
    await db.eventSide.update({ where: { id: jatim.id }, data: { quota: 3 } });
    const list = (from: number, count: number) => file(Array.from({ length: count }, (_, i) => row(from + i)));

    // Exactly up to the quota: no reason needed, and nothing over it in the audit row.
    const first = await commitImport({ eventId: event.id, sideCode: "JATIM", file: list(1, 3) }, organizer);
    expect(first).toMatchObject({ ok: true, notice: "IMPORTED", data: { imported: 3, skipped: 0 }, params: { count: 3, side: "Jatim", skipped: 0 } });
    expect(await commitImport({ eventId: event.id, sideCode: "JATIM", file: list(4, 1), overQuotaReason: "Kadis" }, organizer)).toMatchObject({ ok: true });
    expect((await db.auditEvent.findFirstOrThrow({ where: { action: "businesses.imported", targetId: jatim.id }, orderBy: { id: "asc" } })).after).toEqual({
      side: "JATIM",
      file: "daftar.csv",
      rows: 3,
      imported: 3,
      skipped: 0,
      tradeLines: 0,
    });
    const overAudit = await db.auditEvent.findFirstOrThrow({ where: { action: "businesses.imported", targetId: jatim.id }, orderBy: { id: "desc" } });
    expect(overAudit).toMatchObject({
      targetType: "EventSide",
      actorId: organizer.id,
      after: { imported: 1, overQuota: { quota: 3, registeredAfter: 4, reason: "Kadis" } },
    });

    // Past it with a reason too short: refused whole.
    expect(await commitImport({ eventId: event.id, sideCode: "JATIM", file: list(10, 1), overQuotaReason: " Kad " }, organizer)).toEqual({
      ok: false,
      code: "IMPORT_OVER_QUOTA",
      params: { side: "Jatim", registered: 4, importing: 1, quota: 3 },
    });
    expect(await db.business.count({ where: { sideId: jatim.id } })).toBe(4);

    // The same list again: every row is registered already, which is not a list of mistakes.
    expect(await commitImport({ eventId: event.id, sideCode: "JATIM", file: list(1, 2) }, organizer)).toEqual({
      ok: false,
      code: "ALREADY_IMPORTED",
      params: { count: 2 },
    });
    expect(await commitImport({ eventId: event.id, sideCode: "JATIM", file: file([row(20, { phone: "123" })]) }, organizer)).toEqual({
      ok: false,
      code: "NO_VALID_ROWS",
    });
  });
});

describe("a list's columns, guessed from its headers", () => {
  it("take a header naming a field exactly first, then one containing a long name of it; each header serves one field", () => {
    const guessed = guessMapping(["Bidang Usaha", "Nama Pelaku Usaha (sesuai NIB)", "Pemilik / Penanggung Jawab", "Provinsi Jawa Timur", "No. HP (WhatsApp)"]);
    expect(guessed).toMatchObject({
      // "Bidang Usaha" is the sector's by name, though it contains "usaha", a name of the business's own column.
      sector: 0,
      name: 1,
      representative: 2,
      // "wa" is too short to be looked for inside a header: "Jawa" is no phone number.
      phone: 4,
      nib: null,
      regency: null,
    });
  });

  it("leave a field without a column when only the header another field took names it", () => {
    expect(guessMapping(["Bidang Usaha", "Nama Pemilik"])).toMatchObject({ sector: 0, name: null, representative: 1 });
  });
});
