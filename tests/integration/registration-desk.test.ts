import { beforeEach, describe, expect, it } from "vitest";
import { describeRows } from "@/lib/kernel/translate";
import { said } from "../support/said";
import { beforeAllOrFail, withTestDatabase } from "../support/database";
import { newPracticeMission } from "../support/missions";
import { csv, HEADERS, xlsx } from "../support/spreadsheets";
import type { Actor } from "@/lib/auth/authorize";
import { checkIn, undoCheckIn } from "@/lib/businesses/check-in";
import { commitImport, previewImport } from "@/lib/businesses/import";
import { searchBusinesses } from "@/lib/businesses/queries";
import { searchKey } from "@/lib/businesses/fields";
import { newPublicCode } from "@/lib/codes";
import { registerWalkIn } from "@/lib/businesses/register-walk-in";
import { getDb } from "@/lib/db/client";
import { updateEventSetup } from "@/lib/events/setup";

withTestDatabase({ seedDemo: true });

let event: { id: string; timeZone: string };
let organizer: Actor;
let desk: Actor;
beforeAllOrFail(async () => {
  const db = await getDb();
  const make = async (role: "ADMIN" | "DESK", name: string) => {
    const user = await db.user.create({ data: { email: `${name.toLowerCase().replace(/ /g, "")}@desk.test`, name, role, passwordHash: "x" } });
    return { id: user.id, name, email: user.email, role, mustChangePassword: false, ip: "10.0.0.9", userAgent: "vitest" };
  };
  organizer = await make("ADMIN", "Panitia");
  desk = await make("DESK", "Petugas Dua");
});
// Each test works on a mission of its own, set up as the practice mission is: none relies on what another left.
beforeEach(async () => {
  event = await newPracticeMission();
});

/** The Jatim list of tests/support/spreadsheets.ts, imported: its three valid rows are registered. */
async function importJatimList() {
  const committed = await said(commitImport({ eventId: event.id, sideCode: "JATIM", file: { name: "peserta-jatim.csv", bytes: csv() } }, organizer));
  if (!committed.ok) throw new Error(JSON.stringify(committed));
}

/** A Kaltim workbook as an organizer gets it: its own headings, numbers for NIBs and phones, one row without a name. */
async function kaltimWorkbook() {
  const headers = ["Nama Perusahaan", "Penanggung Jawab", "Telepon", "Nomor Induk Berusaha", "Bidang Usaha", "Asal Daerah"];
  const rows = [
    ["Amplang Samarinda", "Yusuf", "081255001001", "6410001000011", "Kuliner", "Kota Samarinda"],
    ["", "Tanpa Nama", "081255001002", "", "Kuliner", "Kota Samarinda"],
    ["Kerupuk Bontang", "Hasanah", "0812-5500-1003", "6410001000033", "Kuliner", "Bontang"],
  ];
  return { name: "peserta-kaltim.xlsx", bytes: await xlsx(headers, rows) };
}

const EXPECTED_ERRORS = [
  { line: 4, errors: ["Nama usaha kosong.", 'NIB "12345" harus 13 angka.'] },
  { line: 5, errors: ['No. HP "12345" tidak sah (contoh: 0812 3456 7890).', expect.stringMatching(/^Sektor "Otomotif" tidak dikenal/)] },
  { line: 7, errors: ["NIB sama dengan baris 2."] },
];

describe("importing pre-registered businesses", () => {
  it("a CSV: exact per-row errors in the preview, nothing written until confirmed, then exactly the valid rows", async () => {
    const db = await getDb();
    const file = { name: "peserta-jatim.csv", bytes: csv() };
    const preview = await said(previewImport({ eventId: event.id, sideCode: "JATIM", file }));
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(preview.data).toMatchObject({ total: 6, valid: 3, invalid: 3, unmapped: [] });
    expect(preview.data.mapping).toMatchObject({ name: 1, representative: 2, phone: 3, nib: 4, sector: 5, regency: 6 });
    expect(describeRows(preview.data.rows, "id").filter((r) => r.errors.length)).toEqual(EXPECTED_ERRORS.map((e) => expect.objectContaining(e)));
    expect(await db.business.count({ where: { eventId: event.id } })).toBe(0);

    const progress: number[] = [];
    const committed = await said(commitImport({ eventId: event.id, sideCode: "JATIM", file }, organizer, (done) => progress.push(done)));
    if (!committed.ok) throw new Error(JSON.stringify(committed));
    expect(committed.data).toMatchObject({ imported: 3, skipped: 3 });
    expect(progress).toEqual([3]);
    const stored = await db.business.findMany({
      where: { eventId: event.id },
      orderBy: { name: "asc" },
      select: { name: true, phone: true, nib: true, sector: true, regency: true, source: true, searchKey: true },
    });
    expect(stored).toEqual([
      {
        name: "CV Batik Sekar Arum",
        phone: "+6281233001001",
        nib: "9120001000011",
        sector: "Fesyen",
        regency: "Kota Surabaya",
        source: "PRE_REGISTERED",
        searchKey: "batik sekar arum sri wahyuni",
      },
      {
        name: "PT Garam Madura Jaya",
        phone: "+6281233001005",
        nib: "9120001000055",
        sector: "Industri Pengolahan",
        regency: "",
        source: "PRE_REGISTERED",
        searchKey: "garam madura jaya h rahmat",
      },
      {
        name: "UD Kopi Lereng Arjuno",
        phone: "+6281333001002",
        nib: null,
        sector: "Kuliner",
        regency: "Kota Malang",
        source: "PRE_REGISTERED",
        searchKey: "kopi lereng arjuno bambang sutrisno",
      },
    ]);
    expect(await db.auditEvent.count({ where: { eventId: event.id, action: "businesses.imported", actorId: organizer.id } })).toBe(1);
  });

  it("re-importing the same file creates no duplicates: every row is reported as already registered, and the refusal says so", async () => {
    const db = await getDb();
    await importJatimList();
    const again = await said(commitImport({ eventId: event.id, sideCode: "JATIM", file: { name: "peserta-jatim.csv", bytes: csv() } }, organizer));
    expect(again).toMatchObject({
      ok: false,
      code: "ALREADY_IMPORTED",
      message:
        "Tidak ada yang baru: 4 baris sudah terdaftar. Daftar ini kemungkinan sudah diimpor (mungkin dari tab atau meja lain); periksa daftar pelaku usaha.",
    });
    const preview = await said(previewImport({ eventId: event.id, sideCode: "JATIM", file: { name: "peserta-jatim.csv", bytes: csv() } }));
    if (!preview.ok) throw new Error(JSON.stringify(preview));
    expect(describeRows(preview.data.rows, "id").find((r) => r.line === 2)?.errors).toEqual([
      "Sudah terdaftar dengan NIB ini: CV Batik Sekar Arum.",
      "Sudah terdaftar dengan No. HP ini: CV Batik Sekar Arum.",
    ]);
    expect(await db.business.count({ where: { eventId: event.id } })).toBe(3);
  });

  it("an .xlsx with numbers for NIBs and phones reads the same as the CSV, and the mapping used is remembered", async () => {
    const db = await getDb();
    const file = await kaltimWorkbook();
    // The organizer maps "Asal Daerah" to no field, on purpose: regency stays empty.
    const mapping = { name: 0, representative: 1, phone: 2, nib: 3, sector: 4, regency: null };
    const committed = await said(commitImport({ eventId: event.id, sideCode: "KALTIM", file, mapping }, organizer));
    if (!committed.ok) throw new Error(JSON.stringify(committed));
    expect(committed.data).toMatchObject({ imported: 2, skipped: 1 });
    expect(describeRows(committed.data.preview.rows, "id").find((r) => r.line === 3)?.errors).toEqual(["Nama usaha kosong."]);
    expect(
      await db.business.findMany({
        where: { eventId: event.id, side: { code: "KALTIM" } },
        orderBy: { name: "asc" },
        select: { name: true, phone: true, nib: true, regency: true },
      }),
    ).toEqual([
      { name: "Amplang Samarinda", phone: "+6281255001001", nib: "6410001000011", regency: "" },
      { name: "Kerupuk Bontang", phone: "+6281255001003", nib: "6410001000033", regency: "" },
    ]);
    const next = await said(previewImport({ eventId: event.id, sideCode: "KALTIM", file }));
    if (!next.ok) throw new Error(JSON.stringify(next));
    expect(next.data.mapping).toEqual(mapping);
  });

  it("says clearly when a file cannot be used", async () => {
    const cases: [string, Uint8Array, string][] = [
      ["kosong.csv", new Uint8Array(), "Berkas kosong."],
      ["lama.xls", new Uint8Array([1, 2, 3]), "Format .xls lama tidak didukung. Di Excel, simpan sebagai .xlsx atau .csv."],
      [
        "rusak.xlsx",
        new TextEncoder().encode("bukan zip"),
        "Berkas tidak dapat dibaca sebagai spreadsheet. Periksa apakah berkasnya rusak atau bukan .xlsx/.csv.",
      ],
      ["judul-saja.csv", new TextEncoder().encode("Nama Usaha;Sektor\n"), "Tidak ada baris data di bawah judul kolom."],
    ];
    for (const [name, bytes, message] of cases) {
      expect(await said(previewImport({ eventId: event.id, sideCode: "JATIM", file: { name, bytes } })), name).toMatchObject({
        ok: false,
        fieldErrors: { file: [message] },
      });
    }
    const noSector = await said(
      previewImport({
        eventId: event.id,
        sideCode: "JATIM",
        file: { name: "a.csv", bytes: new TextEncoder().encode("Nama Usaha;Pemilik\nA;B\n") },
      }),
    );
    expect(noSector).toMatchObject({ ok: true, data: { unmapped: ["Sektor"], valid: 0 } });
  });
});

describe("walk-ins", () => {
  const walkIn = (n: number, extra: Record<string, unknown> = {}) => ({
    sideCode: "JATIM",
    name: `Usaha Datang ${n}`,
    representative: `Perwakilan ${n}`,
    phone: `0857${String(10_000_000 + n)}`,
    sector: "Kriya",
    regency: "Kota Batu",
    ...extra,
  });

  it("warns about a likely duplicate and registers it once the desk confirms", async () => {
    await importJatimList();
    const warned = await said(registerWalkIn(event.id, { ...walkIn(0), name: "Batik Sekar Arum", phone: "0812 3300 1001" }, desk));
    expect(warned).toMatchObject({
      ok: false,
      code: "POSSIBLE_DUPLICATE",
      detail: { duplicates: [expect.objectContaining({ name: "CV Batik Sekar Arum", side: "Jatim" })] },
    });
    const confirmed = await said(registerWalkIn(event.id, { ...walkIn(0), name: "Batik Sekar Arum", phone: "0812 3300 1001", confirmDuplicate: true }, desk));
    expect(confirmed).toMatchObject({ ok: true, data: { name: "Batik Sekar Arum" } });
  });

  it("the 73rd Jatim business is refused without an organizer's override, which is audited", async () => {
    const db = await getDb();
    const jatim = await db.eventSide.findFirstOrThrow({ where: { eventId: event.id, code: "JATIM" } });
    let registered = await db.business.count({ where: { sideId: jatim.id } });
    // Numbered names look alike to the duplicate check: confirmed, so only the quota decides.
    for (let n = 1; registered < 72; n++, registered++)
      expect(await said(registerWalkIn(event.id, walkIn(n, { confirmDuplicate: true }), desk))).toMatchObject({ ok: true });

    const refused = await said(registerWalkIn(event.id, walkIn(100, { confirmDuplicate: true }), desk));
    expect(refused).toMatchObject({
      ok: false,
      code: "QUOTA_FULL",
      message: "Kuota Jatim penuh (72 dari 72). Hubungi panitia.",
      detail: { quotaFull: { quota: 72, registered: 72 } },
    });
    expect(await said(registerWalkIn(event.id, walkIn(100, { confirmDuplicate: true, overrideReason: "Diizinkan Kadis" }), desk))).toMatchObject({
      ok: false,
      code: "ORGANIZER_ONLY",
      message: "Hanya panitia yang dapat mendaftarkan melebihi kuota.",
    });
    expect(await db.business.count({ where: { sideId: jatim.id } })).toBe(72);

    const overridden = await said(
      registerWalkIn(event.id, walkIn(100, { confirmDuplicate: true, overrideReason: "Undangan langsung Kepala Dinas" }), organizer),
    );
    if (!overridden.ok) throw new Error(JSON.stringify(overridden));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: overridden.data.id } });
    expect(audit.after).toMatchObject({ overQuota: "73 > 72", overrideReason: "Undangan langsung Kepala Dinas" });
  });

  it("five desks taking a side's last place at once register one business; the other four are told the side is full", async () => {
    const db = await getDb();
    const jatim = await db.eventSide.findFirstOrThrow({ where: { eventId: event.id, code: "JATIM" } });
    await db.eventSide.update({ where: { id: jatim.id }, data: { quota: 1 } });
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => said(registerWalkIn(event.id, walkIn(n, { confirmDuplicate: true }), desk))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "QUOTA_FULL")).toHaveLength(4);
    expect(await db.business.count({ where: { sideId: jatim.id } })).toBe(1);
  });

  it("refuses a walk-in without a phone or regency, of no side, or with a NIB already registered, and writes nothing", async () => {
    const db = await getDb();
    const before = await db.business.count({ where: { eventId: event.id } });
    expect(await registerWalkIn(event.id, walkIn(1, { phone: "  " }), desk)).toEqual({
      ok: false,
      code: "INVALID",
      fields: { phone: ["phoneRequiredWalkIn"] },
    });
    expect(await registerWalkIn(event.id, walkIn(1, { regency: " " }), desk)).toEqual({ ok: false, code: "INVALID", fields: { regency: ["regencyRequired"] } });
    expect(await registerWalkIn(event.id, walkIn(1, { sideCode: "BALI" }), desk)).toEqual({
      ok: false,
      code: "INVALID",
      fields: { sideCode: ["sideRequired"] },
    });
    expect(await said(registerWalkIn(event.id, walkIn(1, { nib: "1234567890123" }), desk))).toMatchObject({ ok: true });
    expect(await registerWalkIn(event.id, walkIn(2, { nib: "1234567890123", confirmDuplicate: true }), desk)).toEqual({
      ok: false,
      code: "NIB_TAKEN",
      params: { name: "Usaha Datang 1" },
      fields: { nib: ["nibRegisteredTo"] },
    });
    // The same NIB in another mission is another registration.
    const other = await newPracticeMission();
    expect(await registerWalkIn(other.id, walkIn(2, { nib: "1234567890123" }), desk)).toMatchObject({
      ok: true,
      notice: "BUSINESS_REGISTERED",
      params: { name: "Usaha Datang 2" },
    });
    expect(await db.business.count({ where: { eventId: event.id } })).toBe(before + 1);
  });

  it("records a walk-in as one, with its badge, and an audit row saying what the desk confirmed", async () => {
    const db = await getDb();
    const registered = await registerWalkIn(event.id, walkIn(7, { confirmDuplicate: true }), desk);
    if (!registered.ok) throw new Error(JSON.stringify(registered));
    const business = await db.business.findUniqueOrThrow({ where: { id: registered.data.id }, include: { side: true } });
    expect(registered).toEqual({
      ok: true,
      notice: "BUSINESS_REGISTERED",
      data: { id: business.id, name: "Usaha Datang 7", badgeCode: business.badgeCode },
      params: { name: "Usaha Datang 7" },
    });
    expect(business).toMatchObject({
      eventId: event.id,
      source: "WALK_IN",
      phone: "+6285710000007",
      sector: "Kriya",
      regency: "Kota Batu",
      side: { code: "JATIM" },
    });
    expect(await db.auditEvent.findFirstOrThrow({ where: { targetId: business.id } })).toMatchObject({
      action: "business.registered_walk_in",
      targetType: "Business",
      actorId: desk.id,
      eventId: event.id,
      after: { name: "Usaha Datang 7", side: "JATIM", sector: "Kriya", regency: "Kota Batu", duplicateConfirmed: true },
    });
    const plain = await registerWalkIn(event.id, walkIn(8, { name: "Warung Kopi Pagi" }), desk);
    if (!plain.ok) throw new Error(JSON.stringify(plain));
    expect((await db.auditEvent.findFirstOrThrow({ where: { targetId: plain.data.id } })).after).toEqual({
      name: "Warung Kopi Pagi",
      side: "JATIM",
      sector: "Kriya",
      regency: "Kota Batu",
    });
  });

  it("tells a full side's desk to call an organizer, and the organizer that they may override", async () => {
    const db = await getDb();
    await db.eventSide.updateMany({ where: { eventId: event.id, code: "JATIM" }, data: { quota: 0 } });
    for (const [actor, organizerAnswer] of [
      [desk, "no"],
      [organizer, "yes"],
    ] as const)
      expect(await registerWalkIn(event.id, walkIn(1, { confirmDuplicate: true }), actor)).toEqual({
        ok: false,
        code: "QUOTA_FULL",
        params: { side: "Jatim", quota: 0, registered: 0, organizer: organizerAnswer },
        detail: { quotaFull: { shortName: "Jatim", quota: 0, registered: 0 } },
      });
  });

  it("says what is missing or wrong", async () => {
    const result = await said(
      registerWalkIn(event.id, { sideCode: "KALTIM", name: "", representative: "X", phone: "123", sector: "Kuliner", regency: "Kota Batu" }, desk),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: {
        name: ["Nama usaha kosong."],
        phone: ['No. HP "123" tidak sah (contoh: 0812 3456 7890).'],
        regency: ['Kabupaten/kota "Kota Batu" tidak ada di daftar provinsi ini.'],
      },
    });
  });
});

describe("importing past the quota", () => {
  it("is all or nothing, with the numbers, and goes through only with an organizer's reason, kept in the audit trail", async () => {
    const db = await getDb();
    const side = await db.eventSide.findFirstOrThrow({ where: { eventId: event.id, code: "KALTIM" }, include: { _count: { select: { businesses: true } } } });
    const registered = side._count.businesses;
    await db.eventSide.update({ where: { id: side.id }, data: { quota: registered + 1 } });
    const rows = [1, 2, 3].map((n) => [String(n), `Kuota Usaha ${n}`, `Pemilik ${n}`, `0813770000${n}`, "", "Kuliner", "Kota Balikpapan"]);
    const file = { name: "kuota.csv", bytes: csv(HEADERS, rows) };
    expect(await said(commitImport({ eventId: event.id, sideCode: "KALTIM", file }, organizer))).toMatchObject({
      ok: false,
      code: "IMPORT_OVER_QUOTA",
      message: `Daftar ini membawa Kaltim melewati kuotanya: ${registered} sudah terdaftar, 3 akan diimpor, kuota ${registered + 1}. Tidak ada yang diimpor. Kurangi barisnya, naikkan kuota di pengaturan, atau impor melebihi kuota dengan alasan.`,
    });
    expect(await db.business.count({ where: { sideId: side.id } })).toBe(registered);

    const beyond = await said(commitImport({ eventId: event.id, sideCode: "KALTIM", file, overQuotaReason: "Tambahan dari Dinas Koperasi" }, organizer));
    expect(beyond).toMatchObject({ ok: true, data: { imported: 3 } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { eventId: event.id, action: "businesses.imported" }, orderBy: { id: "desc" } });
    expect(audit.after).toMatchObject({
      imported: 3,
      overQuota: { quota: registered + 1, registeredAfter: registered + 3, reason: "Tambahan dari Dinas Koperasi" },
    });
  });
});

describe("search", () => {
  it("finds a business by a misspelt name, without its PT/CV, by representative, by phone or by NIB", async () => {
    await importJatimList();
    expect(await said(commitImport({ eventId: event.id, sideCode: "KALTIM", file: await kaltimWorkbook() }, organizer))).toMatchObject({ ok: true });
    const walkIn = { sideCode: "JATIM", name: "Batik Sekar Arum", representative: "Bu Sekar", phone: "0857 1000 0000", sector: "Kriya", regency: "Kota Batu" };
    expect(await said(registerWalkIn(event.id, { ...walkIn, confirmDuplicate: true }, desk))).toMatchObject({ ok: true });
    const names = async (q: string) => (await searchBusinesses(event.id, q)).map((b) => b.name);
    // The walk-in "Batik Sekar Arum" is found with the listed CV of the same name.
    expect((await names("batk sekar")).slice(0, 2).sort()).toEqual(["Batik Sekar Arum", "CV Batik Sekar Arum"]);
    expect((await names("CV kopi lereng"))[0]).toBe("UD Kopi Lereng Arjuno");
    expect(await names("bambang sutrisno")).toEqual(["UD Kopi Lereng Arjuno"]);
    expect(await names("0813 3300")).toEqual(["UD Kopi Lereng Arjuno"]);
    expect(await names("91200010000")).toEqual(["CV Batik Sekar Arum", "PT Garam Madura Jaya"]);
    expect(await names("x")).toEqual([]);
    const garam = await (await getDb()).business.findFirstOrThrow({ where: { eventId: event.id, name: "PT Garam Madura Jaya" } });
    expect(await names(garam.badgeCode.toLowerCase())).toEqual(["PT Garam Madura Jaya"]);
    expect((await searchBusinesses(event.id, "batik sekar", { sideCode: "KALTIM" })).map((b) => b.name)).toEqual([]);
    expect((await searchBusinesses(event.id, "amplang", { sideCode: "KALTIM" })).map((b) => b.name)).toEqual(["Amplang Samarinda"]);
    expect(await names("zzzzqqqq")).toEqual([]);
  });
});

describe("check-in", () => {
  beforeEach(importJatimList);

  it("20 desks scanning one badge at once record one check-in; the others are told when and by which desk", async () => {
    const db = await getDb();
    const business = await db.business.findFirstOrThrow({ where: { eventId: event.id, name: "PT Garam Madura Jaya" } });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => checkIn(event, { code: business.badgeCode.toLowerCase(), desk: `Meja ${i + 1}` }, desk)),
    );
    const recorded = results.filter((r) => r.ok && r.data.status === "CHECKED_IN");
    expect(recorded).toHaveLength(1);
    const winner = recorded[0].ok ? recorded[0].data.desk : null;
    for (const r of results.filter((r) => r.ok && r.data.status === "ALREADY")) {
      expect((await said(r)).message).toMatch(new RegExp(`^PT Garam Madura Jaya sudah check-in pukul \\d{2}\\.\\d{2} WIB oleh ${winner}\\.$`));
    }
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "business.checked_in", targetId: business.id } })).toBe(1);
    const stored = await db.business.findUniqueOrThrow({ where: { id: business.id } });
    expect(stored.checkedInDesk).toBe(winner);
  });

  it("reads a badge code from a URL or in lower case, and refuses another event's badge", async () => {
    const db = await getDb();
    const business = await db.business.findFirstOrThrow({ where: { eventId: event.id, name: "UD Kopi Lereng Arjuno" } });
    expect(await said(checkIn(event, { code: `https://misidagang.test/b/${business.badgeCode.toLowerCase()}`, desk: "Meja 2" }, desk))).toMatchObject({
      ok: true,
      data: { status: "CHECKED_IN", desk: "Meja 2" },
    });
    const elsewhere = await db.business.findFirstOrThrow({ where: { event: { slug: "jatim-kaltim-2025" } } });
    expect(await said(checkIn(event, { code: elsewhere.badgeCode }, desk))).toMatchObject({
      ok: false,
      code: "BADGE_OF_OTHER_EVENT",
      message: `Lencana ${elsewhere.badgeCode} milik misi dagang lain.`,
    });
    expect(await said(checkIn(event, { code: "TIDAKADA" }, desk))).toMatchObject({ ok: false, code: "UNKNOWN_BADGE" });
    // Another event's business, named by its id, is not found from this event either.
    expect(await said(checkIn(event, { businessId: elsewhere.id }, desk))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await said(undoCheckIn(event.id, { businessId: elsewhere.id, reason: "Coba dari meja lain" }, desk))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });

  it("a check-in can be undone with a reason, audited, and then done again", async () => {
    const db = await getDb();
    const business = await db.business.findFirstOrThrow({ where: { eventId: event.id, name: "UD Kopi Lereng Arjuno" } });
    expect(await said(checkIn(event, { businessId: business.id, desk: "Meja 2" }, desk))).toMatchObject({ ok: true, data: { status: "CHECKED_IN" } });
    expect(await said(undoCheckIn(event.id, { businessId: business.id, reason: "" }, desk))).toMatchObject({ ok: false, code: "INVALID" });
    expect(await said(undoCheckIn(event.id, { businessId: business.id, reason: "Salah pindai lencana" }, desk))).toMatchObject({ ok: true });
    expect(await said(undoCheckIn(event.id, { businessId: business.id, reason: "Salah pindai lencana" }, desk))).toMatchObject({
      ok: false,
      code: "NOT_CHECKED_IN",
    });
    expect((await db.auditEvent.findFirstOrThrow({ where: { action: "business.check_in_undone", targetId: business.id } })).after).toMatchObject({
      reason: "Salah pindai lencana",
    });
    expect(await said(checkIn(event, { businessId: business.id, desk: "Meja 3" }, desk))).toMatchObject({ ok: true, data: { status: "CHECKED_IN" } });
  });
});

describe("check-in, exactly", () => {
  it("answers with the business as the desk shows it and audits who and where; refusals name the badge; undoing keeps what it took back", async () => {
    await importJatimList();
    const db = await getDb();
    const business = await db.business.findFirstOrThrow({ where: { eventId: event.id, name: "UD Kopi Lereng Arjuno" }, include: { side: true } });
    expect(await checkIn(event, { code: "  " }, desk)).toEqual({ ok: false, code: "SCAN_REQUIRED" });
    expect(await checkIn(event, { code: "TIDAKADA" }, desk)).toEqual({ ok: false, code: "UNKNOWN_BADGE", params: { code: "TIDAKADA" } });
    const elsewhere = await db.business.findFirstOrThrow({ where: { event: { slug: "jatim-kaltim-2025" } } });
    expect(await checkIn(event, { code: elsewhere.badgeCode }, desk)).toEqual({
      ok: false,
      code: "BADGE_OF_OTHER_EVENT",
      params: { code: elsewhere.badgeCode },
    });
    expect(await checkIn(event, { businessId: elsewhere.id }, desk)).toEqual({ ok: false, code: "NOT_FOUND", params: { what: "business" } });

    // Without a desk name, the desk is the account's name.
    const checked = await checkIn(event, { businessId: business.id }, desk);
    const summary = { id: business.id, name: business.name, representative: business.representative, side: "Jatim", sector: business.sector };
    const at = expect.stringMatching(/^\d{2}\.\d{2} WIB$/);
    expect(checked).toEqual({
      ok: true,
      notice: "CHECKED_IN",
      data: { status: "CHECKED_IN", business: summary, at, desk: desk.name },
      params: { name: business.name, side: "Jatim", at },
    });
    const stored = await db.business.findUniqueOrThrow({ where: { id: business.id } });
    expect(stored).toMatchObject({ checkedInById: desk.id, checkedInDesk: desk.name });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "business.checked_in", targetId: business.id } })).toMatchObject({
      actorId: desk.id,
      eventId: event.id,
      targetType: "Business",
      after: { name: business.name, desk: desk.name, checkedInAt: stored.checkedInAt!.toISOString() },
    });
    expect(await checkIn(event, { businessId: business.id, desk: "Meja 9" }, desk)).toEqual({
      ok: true,
      notice: "ALREADY_CHECKED_IN",
      data: { status: "ALREADY", business: summary, at, desk: desk.name },
      params: { name: business.name, at, hasDesk: "yes", desk: desk.name },
    });

    expect(await undoCheckIn(event.id, { businessId: elsewhere.id, reason: "Salah pindai" }, desk)).toEqual({
      ok: false,
      code: "NOT_FOUND",
      params: { what: "business" },
    });
    expect(await undoCheckIn(event.id, { businessId: business.id, reason: "Salah pindai" }, desk)).toEqual({
      ok: true,
      notice: "CHECK_IN_UNDONE",
      data: undefined,
      params: { name: business.name },
    });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "business.check_in_undone", targetId: business.id } })).toMatchObject({
      actorId: desk.id,
      eventId: event.id,
      targetType: "Business",
      before: { checkedInAt: stored.checkedInAt!.toISOString(), desk: desk.name },
      after: { checkedInAt: null, reason: "Salah pindai" },
    });
    expect(await undoCheckIn(event.id, { businessId: business.id, reason: "Salah pindai" }, desk)).toEqual({
      ok: false,
      code: "NOT_CHECKED_IN",
      params: { name: business.name },
    });
    expect(await db.business.findUniqueOrThrow({ where: { id: business.id } })).toMatchObject({ checkedInAt: null, checkedInById: null, checkedInDesk: null });
  });
});

describe("event set-up", () => {
  const setup = (quota: number, sectors = "Fesyen\nKuliner\n  Kuliner \n\nPerikanan") => ({
    sectors,
    sides: [
      { code: "JATIM", province: "Jawa Timur", shortName: "Jatim", quota, regencies: "Kota Surabaya\nKota Malang\nKota Batu" },
      { code: "KALTIM", province: "Kalimantan Timur", shortName: "Kaltim", quota: 100, regencies: "Kota Balikpapan\nKota Samarinda" },
    ],
  });

  it("saves the sides and sectors, cleaned, with an audit row; refuses a quota below those registered", async () => {
    const db = await getDb();
    await importJatimList();
    const registered = await db.business.count({ where: { eventId: event.id, side: { code: "JATIM" } } });
    expect(await said(updateEventSetup(event.id, setup(registered - 1), organizer))).toMatchObject({
      ok: false,
      fieldErrors: { "sides.0.quota": [`Sudah ${registered} terdaftar: kuota tidak boleh lebih kecil.`] },
    });
    expect(await said(updateEventSetup(event.id, setup(80, ""), organizer))).toMatchObject({
      ok: false,
      fieldErrors: { sectors: ["Tulis minimal satu sektor."] },
    });

    expect(await said(updateEventSetup(event.id, setup(80), organizer))).toMatchObject({ ok: true });
    const saved = await db.event.findUniqueOrThrow({ where: { id: event.id }, include: { sides: { orderBy: { role: "asc" } } } });
    expect(saved.sectors).toEqual(["Fesyen", "Kuliner", "Perikanan"]);
    expect(saved.sides.map((s) => [s.code, s.quota, s.regencies])).toEqual([
      ["JATIM", 80, ["Kota Surabaya", "Kota Malang", "Kota Batu"]],
      ["KALTIM", 100, ["Kota Balikpapan", "Kota Samarinda"]],
    ]);
    expect(await db.auditEvent.count({ where: { eventId: event.id, action: "event.setup_changed" } })).toBe(1);
  });

  it("ranks what was typed above what only resembles it: exact and prefix names first, legal forms aside, and only the side asked", async () => {
    const db = await getDb();
    const sides = await db.eventSide.findMany({ where: { eventId: event.id } });
    const add = (side: "JATIM" | "KALTIM", name: string) =>
      db.business.create({
        data: {
          eventId: event.id,
          sideId: sides.find((s) => s.code === side)!.id,
          name,
          representative: "Wakil",
          sector: "Pertanian",
          regency: "",
          source: "PRE_REGISTERED",
          badgeCode: newPublicCode(),
          searchKey: searchKey(name, "Wakil"),
        },
      });
    await add("JATIM", "CV Berkah Tani Sejahtera");
    await add("JATIM", "Koperasi Tani Makmur Lamongan");
    await add("KALTIM", "UD Sumber Makmur Kutai");
    await add("JATIM", "PT Sumber Makmur Jaya");
    const first = async (q: string, sideCode?: string) => (await searchBusinesses(event.id, q, { sideCode }))[0]?.name;
    expect(await first("Koperasi Tani")).toBe("Koperasi Tani Makmur Lamongan");
    expect(await first("tani")).toBe("Koperasi Tani Makmur Lamongan");
    expect(await first("Sumbr Makmur", "JATIM")).toBe("PT Sumber Makmur Jaya");
    expect((await searchBusinesses(event.id, "Sumbr Makmur", { sideCode: "JATIM" })).map((b) => b.name)).not.toContain("UD Sumber Makmur Kutai");
    expect(await first("sumber makmur jaya")).toBe("PT Sumber Makmur Jaya");
  });
});
