// Exports: what staff download must add up to the published figures, and carry contact data only for organizers.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it, vi } from "vitest";
import { actAs, createFixtures, type Fixtures } from "../support/personas";
import { beforeAllOrFail, withTestDatabase } from "../support/database";
import { GET as exportRoute } from "@/app/api/events/[slug]/exports/[dataset]/route";
import { GET as totalsRoute } from "@/app/api/events/[slug]/totals/route";
import { requestContext } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { insertRows } from "../support/bulk";
import { commitmentLike, createCommitment } from "../support/commitments";
import { twoBusinesses } from "../support/signing";
import { DEMO_SLUG, demoData } from "@/lib/demo/demo-event";
import { newBusiness, newPracticeMission } from "../support/missions";
import { newPublicCode } from "@/lib/codes";
import { PAGE_ROWS } from "@/lib/exports/exportable";

vi.mock("@/lib/auth/request", () => ({ requestContext: vi.fn() }));
withTestDatabase({ seedDemo: true });

let fixtures: Fixtures;
beforeAllOrFail(async () => {
  fixtures = await createFixtures();
  // The desk persona works on the practice mission: give it the demo mission too, for these exports.
  const db = await getDb();
  const demo = await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  await db.eventAssignment.create({ data: { userId: fixtures.users.desk.id, eventId: demo.id } });
});

const download = (dataset: string, format: string, lang = "id", slug = DEMO_SLUG) =>
  exportRoute(new Request(`http://test/api/events/${slug}/exports/${dataset}?format=${format}&lang=${lang}`), {
    params: Promise.resolve({ slug, dataset }),
  });
const apiTotal = async (slug = DEMO_SLUG) =>
  BigInt(((await (await totalsRoute(new Request("http://test"), { params: Promise.resolve({ slug }) })).json()) as { total: string }).total);

/** One party of each province, of one kind, named apart from other tests' by `tag`. */
async function partiesOfBothProvinces(tag: string, kind: "ASOSIASI" | "BUMD") {
  const db = await getDb();
  return Promise.all(
    (["Jawa Timur", "Kalimantan Timur"] as const).map((province) => db.agreementParty.create({ data: { province, name: `Pihak ${province} ${tag}`, kind } })),
  );
}

async function csvRows(response: Response) {
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A byte-order mark first, so Excel reads the file as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true }).data;
}

async function xlsxSheet(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0];
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  return { sheet, headers, column: (header: string) => headers.indexOf(header) + 1 };
}

describe("the commitments export", () => {
  it("as CSV sums to exactly the totals API's figure", async () => {
    await actAs("organizer", fixtures, requestContext);
    const rows = await csvRows(await download("commitments", "csv"));
    expect(rows.length).toBe(61);
    expect(rows.reduce((sum, row) => sum + BigInt(row["Nilai (Rp)"]), 0n)).toBe(await apiTotal());
    expect(await apiTotal()).toBe(1_053_146_943_500n);
  });

  it("as Excel holds rupiah as numbers with a rupiah format, summing to the same figure", async () => {
    await actAs("desk", fixtures, requestContext);
    const { sheet, column } = await xlsxSheet(await download("commitments", "xlsx"));
    const value = column("Nilai (Rp)");
    let sum = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const cell = row.getCell(value);
      expect(typeof cell.value).toBe("number");
      expect(cell.numFmt).toBe('"Rp"#,##0');
      sum += cell.value as number;
    });
    expect(sheet.rowCount).toBe(62);
    expect(BigInt(sum)).toBe(await apiTotal());
  });

  it("has English headers in English", async () => {
    await actAs("organizer", fixtures, requestContext);
    const { headers } = await xlsxSheet(await download("commitments", "xlsx", "en"));
    expect(headers).toContain("Value (Rp)");
    expect(headers).toContain("Visiting business");
  });

  it("says what each code means, in the export's language, never the code itself", async () => {
    await actAs("organizer", fixtures, requestContext);
    const businesses = await csvRows(await download("businesses", "csv"));
    expect(new Set(businesses.map((row) => row["Pihak"]))).toEqual(new Set(["Jatim", "Kaltim"]));
    expect(new Set(businesses.map((row) => row["Sumber"]))).toEqual(new Set(["Pra-daftar", "Daftar di tempat"]));
    expect(businesses.some((row) => row["Skala"] === "Mikro")).toBe(true);
    expect(businesses.some((row) => row["Bentuk usaha"] === "Koperasi")).toBe(true);
    const commitments = await csvRows(await download("commitments", "csv"));
    expect(new Set(commitments.map((row) => row["Kategori"]))).toEqual(new Set(["Jatim menjual", "Jatim membeli", "Jatim berinvestasi"]));
    expect(commitments.some((row) => row["Instrumen"] === "Nota kesepahaman (MoU)")).toBe(true);
    const english = await csvRows(await download("commitments", "csv", "en"));
    expect(english.some((row) => row["Category"] === "Jatim sells")).toBe(true);
    for (const row of [...businesses, ...commitments])
      expect(Object.values(row).join(" ")).not.toMatch(/\b(JATIM|KALTIM|MIKRO|PRE_REGISTERED|WALK_IN|SELL|BUY|INVEST|MOU)\b/);
  });
});

describe("contact data in exports", () => {
  const phones = demoData()
    .businesses.map((b) => b.phone)
    .filter((p): p is string => Boolean(p));

  it("is there for the organizer", async () => {
    await actAs("organizer", fixtures, requestContext);
    const rows = await csvRows(await download("businesses", "csv"));
    expect(rows).toHaveLength(172);
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(["No. HP/WA", "E-mail", "NIB"]));
    expect(rows.some((row) => phones.includes(row["No. HP/WA"]))).toBe(true);
  });

  it("is left out for desk staff, in CSV and in Excel", async () => {
    await actAs("desk", fixtures, requestContext);
    const response = await download("businesses", "csv");
    const text = await response.clone().text();
    const rows = await csvRows(response);
    expect(rows).toHaveLength(172);
    for (const header of ["No. HP/WA", "E-mail", "NIB"]) expect(Object.keys(rows[0])).not.toContain(header);
    for (const phone of phones) expect(text).not.toContain(phone);
    for (const nib of demoData()
      .businesses.map((b) => b.nib)
      .filter(Boolean))
      expect(text).not.toContain(nib);
    const { headers } = await xlsxSheet(await download("businesses", "xlsx"));
    for (const header of ["No. HP/WA", "E-mail", "NIB"]) expect(headers).not.toContain(header);
    expect(headers).toHaveLength(11);
  });

  it("keeps the audit trail to organizers", async () => {
    await actAs("desk", fixtures, requestContext);
    expect((await download("audit", "csv")).status).toBe(403);
    await actAs("organizer", fixtures, requestContext);
    expect((await csvRows(await download("audit", "csv"))).length).toBeGreaterThan(0);
  });
});

describe("spreadsheet safety", () => {
  it("writes a would-be formula as text, and a phone number as it is", async () => {
    const db = await getDb();
    const business = await db.business.findFirstOrThrow({ where: { event: { slug: DEMO_SLUG } } });
    await db.business.update({ where: { id: business.id }, data: { name: '=HYPERLINK("http://evil.test","klik")' } });
    await actAs("organizer", fixtures, requestContext);
    const row = (await csvRows(await download("businesses", "csv"))).find((r) => r["No. HP/WA"] === business.phone)!;
    expect(row["Nama usaha"]).toBe(`'=HYPERLINK("http://evil.test","klik")`);
  });

  // The commitments' CSV is written by the database (COPY), the businesses' here (Papa Parse): what
  // people typed reads back the same from both, and from Excel as typed.
  const TYPED: [typed: string, written: string][] = [
    ['=HYPERLINK("http://evil.test","klik")', `'=HYPERLINK("http://evil.test","klik")`],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTab", "'\tTab"],
    ["-x", "'-x"],
    ["+62 811 2345", "+62 811 2345"],
    ["-5", "-5"],
    ["+ 1", "+ 1"],
    ["Kopi, teh", "Kopi, teh"],
    ['Kopi "Kapal Api"', 'Kopi "Kapal Api"'],
    ["baris satu\nbaris dua", "baris satu\nbaris dua"],
    ["baris\r\nWindows", "baris\r\nWindows"],
    [" spasi depan", " spasi depan"],
    ["spasi belakang ", "spasi belakang "],
    ["tanda\uFEFFbaca", "tanda\uFEFFbaca"],
    ["Rp1.000.000", "Rp1.000.000"],
  ];
  it("writes what people typed alike in every CSV, formula-safe, and as typed in Excel", async () => {
    const db = await getDb();
    const mission = await newPracticeMission();
    const host = await newBusiness(mission.id, "HOST", "Usaha Kaltim");
    const template = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED", event: { slug: DEMO_SLUG } } });
    for (const [i, [typed]] of TYPED.entries()) {
      const visiting = await newBusiness(mission.id, "VISITING", typed);
      await db.commitment.create({
        data: commitmentLike(template, {
          eventId: mission.id,
          visitingBusinessId: visiting.id,
          hostBusinessId: host.id,
          commodity: typed,
          unit: i === 0 ? "" : typed,
          signedAt: new Date(Date.UTC(2025, 4, 8, 2, 0, i)),
        }),
      });
    }
    await actAs("organizer", fixtures, requestContext);
    const csv = async (dataset: string) => csvRows(await download(dataset, "csv", "id", mission.slug));
    const businesses = new Set((await csv("businesses")).map((row) => row["Nama usaha"]));
    const commitments = await csv("commitments");
    const { sheet, column } = await xlsxSheet(await download("commitments", "xlsx", "id", mission.slug));
    expect(commitments).toHaveLength(TYPED.length);
    for (const [i, [typed, written]] of TYPED.entries()) {
      expect(businesses.has(written), JSON.stringify(typed)).toBe(true);
      expect(commitments[i]["Pelaku usaha pihak pengunjung"], JSON.stringify(typed)).toBe(written);
      expect(commitments[i]["Komoditas"], JSON.stringify(typed)).toBe(written);
      expect(commitments[i]["Satuan"], JSON.stringify(typed)).toBe(i === 0 ? "" : written);
      // (XML reads every line break as "\n".)
      expect(sheet.getRow(i + 2).getCell(column("Komoditas")).value, JSON.stringify(typed)).toBe(typed.replace("\r\n", "\n"));
    }
    expect(sheet.getRow(2).getCell(column("Satuan")).value).toBeNull();
    // Every record ends in CRLF; the line breaks inside three fields of two records stay as typed.
    const text = await (await download("commitments", "csv", "id", mission.slug)).text();
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.match(/\r\n/g)).toHaveLength(1 + TYPED.length + 3);
    expect(text.match(/(?<!\r)\n/g)).toHaveLength(3);
  });
});

describe("bad requests", () => {
  it("answers an unknown dataset or format with a clear error", async () => {
    await actAs("organizer", fixtures, requestContext);
    const unknown = await download("rahasia", "csv");
    expect(unknown.status).toBe(404);
    const format = await download("commitments", "pdf");
    expect(format.status).toBe(422);
    expect(await format.json()).toMatchObject({ code: "INVALID", fieldErrors: { format: ['Format ekspor harus "csv" atau "xlsx".'] } });
  });
});

describe("a long ledger", () => {
  it("is exported page by page with no row lost or repeated, even when many share a signing time", async () => {
    const db = await getDb();
    const template = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED", event: { slug: DEMO_SLUG } } });
    // On the (empty) practice mission, so the demo's figures stay as published for the other tests.
    const parties = await twoBusinesses(fixtures.deskEventId);
    const onPractice = { eventId: fixtures.deskEventId, visitingBusinessId: parties.visiting.id, hostBusinessId: parties.host.id };
    // Two pages and a part, all at one and the same moment: they straddle the export's pages.
    await insertRows(
      db,
      "Commitment",
      Array.from({ length: 2 * PAGE_ROWS + 345 }, (_, i) => commitmentLike(template, { ...onPractice, value: BigInt(1_000_000 + i) })),
    );
    await actAs("organizer", fixtures, requestContext);
    const rows = await csvRows(await download("commitments", "csv", "id", fixtures.deskEventSlug));
    expect(rows).toHaveLength(2 * PAGE_ROWS + 345);
    expect(new Set(rows.map((r) => r.Kode)).size).toBe(rows.length);
    expect(rows.reduce((sum, row) => sum + BigInt(row["Nilai (Rp)"]), 0n)).toBe(await apiTotal(fixtures.deskEventSlug));
  });
});

describe("every column says what the record says", () => {
  // A mission of its own with one record of each kind, every field filled in or left empty.
  async function missionWithOneOfEach() {
    const db = await getDb();
    const mission = await newPracticeMission();
    const sides = await db.eventSide.findMany({ where: { eventId: mission.id } });
    const side = (role: "VISITING" | "HOST") => sides.find((s) => s.role === role)!.id;
    const visiting = await db.business.create({
      data: {
        eventId: mission.id,
        sideId: side("VISITING"),
        name: "CV Sambal Nusantara",
        legalForm: "CV",
        representative: "Ani Wulandari",
        sector: "Kuliner",
        scale: "MIKRO",
        regency: "Kota Surabaya",
        nib: "9120000000001",
        phone: "+6281234500001",
        email: "ani@sambal.test",
        products: "Sambal kemasan",
        source: "WALK_IN",
        badgeCode: newPublicCode(),
        checkedInAt: new Date("2026-12-10T01:02:03Z"),
        checkedInDesk: "Meja 2",
      },
    });
    const host = await db.business.create({
      data: {
        eventId: mission.id,
        sideId: side("HOST"),
        name: "UD Borneo Pangan",
        representative: "Budi",
        sector: "Perdagangan",
        regency: "",
        source: "PRE_REGISTERED",
        badgeCode: newPublicCode(),
      },
    });
    const parties = { eventId: mission.id, visitingBusinessId: visiting.id, hostBusinessId: host.id };
    const deal = {
      commodity: "Sambal kemasan",
      sector: "Kuliner",
      instrument: "MOU" as const,
      visitingSignerName: "Ani Wulandari",
      hostSignerName: "Budi Santoso",
    };
    const original = await createCommitment(db, parties, {
      ...deal,
      status: "VOID",
      signedAt: new Date("2026-12-10T02:00:00Z"),
      voidedAt: new Date("2026-12-10T02:30:00Z"),
      voidReason: "Salah nilai",
    });
    const replacement = await createCommitment(db, parties, {
      ...deal,
      value: 250_000_000n,
      quantity: "2.5",
      unit: "ton",
      recurrence: "YEARLY",
      recurrenceYears: 3,
      signedAt: new Date("2026-12-10T02:31:04Z"),
      replacesId: original.id,
    });
    await db.realisation.createMany({
      data: [
        { commitmentId: replacement.id, realisedOn: new Date("2027-03-01"), amount: 40_000_000n },
        { commitmentId: replacement.id, realisedOn: new Date("2027-06-01"), amount: 2_500_000n },
      ],
    });
    const tag = randomUUID().slice(0, 6);
    const agency = await db.agreementParty.create({ data: { province: "Jawa Timur", name: `Disperindag ${tag}`, kind: "PERANGKAT_DAERAH" } });
    const campus = await db.agreementParty.create({
      data: { province: "Kalimantan Timur", name: `Universitas ${tag}`, kind: "LAINNYA", kindName: "Perguruan tinggi" },
    });
    const agreement = { eventId: mission.id, visitingPartyId: agency.id, hostPartyId: campus.id, visitingSignatory: "Kepala Dinas", hostSignatory: "Rektor" };
    await db.agreement.create({
      data: { ...agreement, title: "Magang industri", scope: "Magang", documentNumber: "001/PKS/2026", signedOn: new Date("2026-12-10") },
    });
    await db.agreement.create({
      data: {
        ...agreement,
        title: "Riset pangan",
        signedOn: new Date("2026-12-11"),
        status: "VOID",
        voidReason: "Dibatalkan",
        voidedAt: new Date(),
        voidedById: fixtures.users.organizer.id,
      },
    });
    await db.auditEvent.create({
      data: {
        eventId: mission.id,
        actorId: fixtures.users.organizer.id,
        action: "commitment.voided",
        targetType: "Commitment",
        targetId: original.id,
        before: { status: "SIGNED" },
        after: { status: "VOID" },
        ip: "192.0.2.44",
        createdAt: new Date("2026-12-10T02:30:00Z"),
      },
    });
    await db.auditEvent.create({
      data: { eventId: mission.id, action: "business.imported", targetType: "Business", targetId: host.id, createdAt: new Date("2026-12-10T03:00:00Z") },
    });
    return { mission, visiting, host, original, replacement };
  }

  it("in Indonesian and in English, in CSV and in Excel", async () => {
    const { mission, original, replacement } = await missionWithOneOfEach();
    await actAs("organizer", fixtures, requestContext);
    const csv = async (dataset: string, lang = "id") => csvRows(await download(dataset, "csv", lang, mission.slug));

    expect(await csv("businesses")).toEqual(
      [
        {
          Pihak: "Jatim",
          "Nama usaha": "CV Sambal Nusantara",
          "Bentuk usaha": "CV",
          Perwakilan: "Ani Wulandari",
          Sektor: "Kuliner",
          Skala: "Mikro",
          "Kabupaten/kota": "Kota Surabaya",
          Produk: "Sambal kemasan",
          Sumber: "Daftar di tempat",
          "Check-in": "2026-12-10 08:02:03 WIB",
          "Meja check-in": "Meja 2",
          NIB: "9120000000001",
          "No. HP/WA": "+6281234500001",
          "E-mail": "ani@sambal.test",
        },
        {
          Pihak: "Kaltim",
          "Nama usaha": "UD Borneo Pangan",
          "Bentuk usaha": "",
          Perwakilan: "Budi",
          Sektor: "Perdagangan",
          Skala: "",
          "Kabupaten/kota": "",
          Produk: "",
          Sumber: "Pra-daftar",
          "Check-in": "",
          "Meja check-in": "",
          NIB: "",
          "No. HP/WA": "",
          "E-mail": "",
        },
      ].sort((a, b) => 0 * a.Pihak.localeCompare(b.Pihak)),
    );

    // Only the signed replacement is in the ledger of the figure; it names the commitment it replaced.
    expect(await csv("commitments")).toEqual([
      {
        Kode: replacement.verificationCode,
        Ditandatangani: "2026-12-10 09:31:04 WIB",
        Kategori: "Jatim menjual",
        "Pelaku usaha pihak pengunjung": "CV Sambal Nusantara",
        "Kab/kota pengunjung": "Kota Surabaya",
        "Pelaku usaha tuan rumah": "UD Borneo Pangan",
        "Kab/kota tuan rumah": "",
        Komoditas: "Sambal kemasan",
        Sektor: "Kuliner",
        Instrumen: "Nota kesepahaman (MoU)",
        Jumlah: "2.5",
        Satuan: "ton",
        "Nilai (Rp)": "250000000",
        "Periode nilai": "per tahun, selama 3 tahun",
        "Realisasi (Rp)": "42500000",
        "Penanda tangan pengunjung": "Ani Wulandari",
        "Penanda tangan tuan rumah": "Budi Santoso",
        Menggantikan: original.verificationCode,
      },
    ]);
    const [english] = await csv("commitments", "en");
    expect(english).toMatchObject({
      Signed: "2026-12-10 09:31:04 WIB",
      Category: "Jatim sells",
      Instrument: "Memorandum of understanding (MoU)",
      "Value period": "per year, for 3 years",
      Replaces: original.verificationCode,
    });

    expect(await csv("agreements")).toEqual([
      {
        Tanggal: "2026-12-10",
        Judul: "Magang industri",
        "Pihak pengunjung": expect.stringMatching(/^Disperindag /),
        "Jenis pihak pengunjung": "Perangkat daerah",
        "Pihak tuan rumah": expect.stringMatching(/^Universitas /),
        "Jenis pihak tuan rumah": "Perguruan tinggi",
        "Nomor dokumen": "001/PKS/2026",
        "Ruang lingkup": "Magang",
        "Penanda tangan pengunjung": "Kepala Dinas",
        "Penanda tangan tuan rumah": "Rektor",
        Status: "ACTIVE",
      },
      expect.objectContaining({ Tanggal: "2026-12-11", Judul: "Riset pangan", "Nomor dokumen": "", "Ruang lingkup": "", Status: "VOID: Dibatalkan" }),
    ]);
    expect((await csv("agreements", "en")).map((row) => row["Visiting party's kind"])).toEqual(["Regional agency (OPD)", "Regional agency (OPD)"]);

    const audit = await csv("audit");
    expect(audit.map(({ "No.": number, ...row }) => [Number(number) > 0, row])).toEqual([
      [
        true,
        {
          Waktu: "2026-12-10 09:30:00 WIB",
          Oleh: "Organizer",
          Tindakan: "commitment.voided",
          Objek: `Commitment ${original.id}`,
          Sebelum: '{"status":"SIGNED"}',
          Sesudah: '{"status":"VOID"}',
          Alamat: "192.0.2.44",
        },
      ],
      [
        true,
        {
          Waktu: "2026-12-10 10:00:00 WIB",
          Oleh: "sistem",
          Tindakan: "business.imported",
          Objek: expect.stringMatching(/^Business /),
          Sebelum: "",
          Sesudah: "",
          Alamat: "",
        },
      ],
    ]);
    expect(Number(audit[0]["No."])).toBeLessThan(Number(audit[1]["No."]));

    // Excel: the same cells, rupiah as numbers with a rupiah format, headers bold and frozen, names given room.
    const { sheet, headers, column } = await xlsxSheet(await download("commitments", "xlsx", "id", mission.slug));
    expect(headers).toEqual(Object.keys((await csv("commitments"))[0]));
    expect(sheet.name).toBe("komitmen");
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(column("Pelaku usaha pihak pengunjung")).width).toBe(32);
    expect(sheet.getColumn(column("Kode")).width).toBe(14);
    expect(sheet.getColumn(column("Satuan")).width).toBe(14);
    const row = sheet.getRow(2);
    expect(row.getCell(column("Nilai (Rp)"))).toMatchObject({ value: 250_000_000, numFmt: '"Rp"#,##0' });
    expect(row.getCell(column("Realisasi (Rp)"))).toMatchObject({ value: 42_500_000, numFmt: '"Rp"#,##0' });
    expect(row.getCell(column("Jumlah")).numFmt).toBeUndefined();
    expect(row.getCell(column("Komoditas"))).toMatchObject({ value: "Sambal kemasan" });
    expect(row.getCell(column("Komoditas")).numFmt).toBeUndefined();
    expect(row.getCell(column("Kab/kota tuan rumah")).value).toBeNull();
    expect(sheet.rowCount).toBe(2);
  });
});

describe("the edges of an export", () => {
  it("a mission with nothing yet gives the header line alone", async () => {
    const mission = await newPracticeMission();
    await actAs("organizer", fixtures, requestContext);
    const text = await (await download("commitments", "csv", "id", mission.slug)).text();
    expect(text).toBe(
      "Kode,Ditandatangani,Kategori,Pelaku usaha pihak pengunjung,Kab/kota pengunjung,Pelaku usaha tuan rumah,Kab/kota tuan rumah,Komoditas,Sektor,Instrumen,Jumlah,Satuan,Nilai (Rp),Periode nilai,Realisasi (Rp),Penanda tangan pengunjung,Penanda tangan tuan rumah,Menggantikan\r\n",
    );
  });

  it("businesses, agreements of one day and audit rows beyond one page each come out once, in order", async () => {
    const db = await getDb();
    const mission = await newPracticeMission();
    const side = (await db.eventSide.findFirstOrThrow({ where: { eventId: mission.id, code: "JATIM" } })).id;
    const many = PAGE_ROWS + 234;
    await insertRows(
      db,
      "Business",
      Array.from({ length: many }, (_, i) => ({
        eventId: mission.id,
        sideId: side,
        name: `Usaha ${i}`,
        representative: "W",
        sector: "Kuliner",
        regency: "",
        source: "PRE_REGISTERED" as const,
        badgeCode: newPublicCode(),
      })),
    );
    const tag = randomUUID().slice(0, 6);
    const [jatim, kaltim] = await partiesOfBothProvinces(tag, "ASOSIASI");
    await insertRows(
      db,
      "Agreement",
      Array.from({ length: many }, (_, i) => ({
        eventId: mission.id,
        visitingPartyId: jatim.id,
        hostPartyId: kaltim.id,
        title: `Kerja sama ${i}`,
        visitingSignatory: "A",
        hostSignatory: "B",
        signedOn: new Date(i < 10 ? "2026-12-09" : "2026-12-10"),
      })),
    );
    await insertRows(
      db,
      "AuditEvent",
      Array.from({ length: many }, (_, i) => ({ eventId: mission.id, action: "business.imported", targetType: "Business", targetId: `b${i}` })),
    );
    await actAs("organizer", fixtures, requestContext);

    const businesses = await csvRows(await download("businesses", "csv", "id", mission.slug));
    expect(businesses).toHaveLength(many);
    expect(new Set(businesses.map((b) => b["Nama usaha"])).size).toBe(many);
    const ids = (await db.business.findMany({ where: { eventId: mission.id }, orderBy: { id: "asc" }, select: { name: true } })).map((b) => b.name);
    expect(businesses.map((b) => b["Nama usaha"])).toEqual(ids);

    const agreements = await csvRows(await download("agreements", "csv", "id", mission.slug));
    expect(agreements).toHaveLength(many);
    expect(new Set(agreements.map((a) => a.Judul)).size).toBe(many);
    expect(agreements.slice(0, 10).every((a) => a.Tanggal === "2026-12-09")).toBe(true);

    const audit = await csvRows(await download("audit", "csv", "id", mission.slug));
    expect(audit).toHaveLength(many);
    const numbers = audit.map((a) => Number(a["No."]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(audit.map((a) => a.Objek)).size).toBe(many);
  });
});

describe("pages that cross a change of date", () => {
  /** A page and a hundred rows. */
  const PAST_A_PAGE = PAGE_ROWS + 100;
  it("come out whole and in order when the next page's rows are later but were given smaller ids, and written out of order", async () => {
    const db = await getDb();
    const mission = await newPracticeMission();
    const template = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED", event: { slug: DEMO_SLUG } } });
    const parties = await twoBusinesses(mission.id);
    const onMission = { eventId: mission.id, visitingBusinessId: parties.visiting.id, hostBusinessId: parties.host.id };
    // The later rows go in first, with ids that sort before the earlier rows' ids: a page that stops
    // among the earlier rows must still find every later one.
    const later = new Date("2026-12-10T05:00:00Z");
    const earlier = new Date("2026-12-10T02:00:00Z");
    await insertRows(
      db,
      "Commitment",
      Array.from({ length: 300 }, (_, i) =>
        commitmentLike(template, { ...onMission, id: `a-later-${String(i).padStart(4, "0")}`, signedAt: later, value: 2_000_000n }),
      ),
    );
    // The earlier rows share one signing time and are written in the reverse of their ids' order: within
    // a time, pages follow the ids, not the order rows were written in.
    await insertRows(
      db,
      "Commitment",
      Array.from({ length: PAST_A_PAGE }, (_, i) =>
        commitmentLike(template, { ...onMission, id: `z-earlier-${String(PAST_A_PAGE - 1 - i).padStart(4, "0")}`, signedAt: earlier, value: 1_000_000n }),
      ),
    );
    const tag = randomUUID().slice(0, 6);
    const [jatim, kaltim] = await partiesOfBothProvinces(tag, "BUMD");
    const agreement = (id: string, title: string, signedOn: string) => ({
      id,
      eventId: mission.id,
      visitingPartyId: jatim.id,
      hostPartyId: kaltim.id,
      title,
      visitingSignatory: "A",
      hostSignatory: "B",
      signedOn: new Date(signedOn),
    });
    await insertRows(
      db,
      "Agreement",
      Array.from({ length: 300 }, (_, i) => agreement(`a-${tag}-${String(i).padStart(4, "0")}`, `Kemudian ${i}`, "2026-12-11")),
    );
    await insertRows(
      db,
      "Agreement",
      Array.from({ length: PAST_A_PAGE }, (_, i) => agreement(`z-${tag}-${String(i).padStart(4, "0")}`, `Dahulu ${i}`, "2026-12-09")),
    );
    // Businesses and audit rows written in the reverse of their ids' order, past a page: the export follows the ids.
    const side = (await db.eventSide.findFirstOrThrow({ where: { eventId: mission.id, code: "KALTIM" } })).id;
    await insertRows(
      db,
      "Business",
      Array.from({ length: PAST_A_PAGE }, (_, i) => ({
        id: `${tag}-b-${String(PAST_A_PAGE - 1 - i).padStart(4, "0")}`,
        eventId: mission.id,
        sideId: side,
        name: `Usaha b-${String(PAST_A_PAGE - 1 - i).padStart(4, "0")}`,
        representative: "W",
        sector: "Kuliner",
        regency: "",
        source: "WALK_IN" as const,
        badgeCode: newPublicCode(),
      })),
    );
    // Ids far above the sequence's, so no later audit row of this file takes one of them.
    const auditBase = 900_000_000n;
    await insertRows(
      db,
      "AuditEvent",
      Array.from({ length: PAST_A_PAGE }, (_, i) => ({
        id: auditBase + BigInt(PAST_A_PAGE - 1 - i),
        eventId: mission.id,
        action: "business.imported",
        targetType: "Business",
        targetId: `b-${PAST_A_PAGE - 1 - i}`,
      })),
    );
    await actAs("organizer", fixtures, requestContext);

    const commitments = await csvRows(await download("commitments", "csv", "id", mission.slug));
    expect(commitments).toHaveLength(PAST_A_PAGE + 300);
    const signedAt = commitments.map((c) => c.Ditandatangani);
    expect(signedAt).toEqual([...signedAt].sort());
    expect(commitments.filter((c) => c["Nilai (Rp)"] === "2000000")).toHaveLength(300);
    expect(new Set(commitments.map((c) => c.Kode)).size).toBe(PAST_A_PAGE + 300);

    const agreements = await csvRows(await download("agreements", "csv", "id", mission.slug));
    expect(agreements).toHaveLength(PAST_A_PAGE + 300);
    expect(agreements.slice(0, PAST_A_PAGE).every((a) => a.Tanggal === "2026-12-09")).toBe(true);
    expect(agreements.slice(PAST_A_PAGE).every((a) => a.Tanggal === "2026-12-11")).toBe(true);

    const businesses = await csvRows(await download("businesses", "csv", "id", mission.slug));
    const written = businesses.map((b) => b["Nama usaha"]).filter((name) => name.startsWith("Usaha b-"));
    expect(written).toEqual(Array.from({ length: PAST_A_PAGE }, (_, i) => `Usaha b-${String(i).padStart(4, "0")}`));

    const audit = await csvRows(await download("audit", "csv", "id", mission.slug));
    expect(audit.map((a) => a["No."])).toEqual(Array.from({ length: PAST_A_PAGE }, (_, i) => String(auditBase + BigInt(i))));
  });

  it("writes each moment in the mission's own time zone: WITA for Balikpapan", async () => {
    const db = await getDb();
    const demo = await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
    expect(demo.timeZone).toBe("Asia/Makassar");
    const row = await db.auditEvent.create({
      data: { eventId: demo.id, action: "business.imported", targetType: "Business", targetId: "wita", createdAt: new Date("2025-05-08T01:12:05Z") },
    });
    await actAs("organizer", fixtures, requestContext);
    const audit = await csvRows(await download("audit", "csv"));
    expect(audit.find((a) => a["No."] === row.id.toString())).toMatchObject({ Waktu: "2025-05-08 09:12:05 WITA", Objek: "Business wita" });

    // The check-in and signing moments too, each as the database has it, eight hours ahead of UTC.
    const wita = (date: Date) => `${new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ")} WITA`;
    const checkedIn = await db.business.findFirstOrThrow({ where: { eventId: demo.id, checkedInAt: { not: null } }, orderBy: { id: "asc" } });
    const businesses = await csvRows(await download("businesses", "csv"));
    expect(businesses.find((b) => b["Nama usaha"] === checkedIn.name)?.["Check-in"]).toBe(wita(checkedIn.checkedInAt!));
    const signed = await db.commitment.findFirstOrThrow({ where: { eventId: demo.id, status: "SIGNED" }, orderBy: { id: "asc" } });
    const commitments = await csvRows(await download("commitments", "csv"));
    expect(commitments.find((c) => c.Kode === signed.verificationCode)?.Ditandatangani).toBe(wita(signed.signedAt!));
  });

  it("names the system as the one who made a change no account made", async () => {
    await actAs("organizer", fixtures, requestContext);
    const audit = await csvRows(await download("audit", "csv"));
    expect(audit.find((a) => a.Tindakan === "event.demo_seeded")).toMatchObject({ Oleh: "sistem", Alamat: "" });
  });
});
