// Exports: what staff download must add up to the published figures, and carry contact data only for organizers.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it, vi } from "vitest";
import { actAs, createFixtures, type Fixtures } from "../support/personas";
import { beforeAllOrFail, withTestDatabase } from "../support/database";
import { GET as exportRoute } from "@/app/api/events/[slug]/exports/[dataset]/route";
import { GET as totalsRoute } from "@/app/api/events/[slug]/totals/route";
import { requestContext } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { commitmentLike } from "../support/commitments";
import { twoBusinesses } from "../support/signing";
import { DEMO_SLUG, demoData } from "@/lib/demo/demo-event";

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
    expect(Object.keys(rows[0])).not.toContain("No. HP/WA");
    for (const phone of phones) expect(text).not.toContain(phone);
    const { headers } = await xlsxSheet(await download("businesses", "xlsx"));
    expect(headers).not.toEqual(expect.arrayContaining(["No. HP/WA"]));
    expect(headers).not.toContain("E-mail");
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
    // 2,345 rows at one and the same moment: they straddle the 1,000-row pages.
    await db.commitment.createMany({
      data: Array.from({ length: 2_345 }, (_, i) => commitmentLike(template, { ...onPractice, value: BigInt(1_000_000 + i) })),
    });
    await actAs("organizer", fixtures, requestContext);
    const rows = await csvRows(await download("commitments", "csv", "id", fixtures.deskEventSlug));
    expect(rows).toHaveLength(2_345);
    expect(new Set(rows.map((r) => r.Kode)).size).toBe(rows.length);
    expect(rows.reduce((sum, row) => sum + BigInt(row["Nilai (Rp)"]), 0n)).toBe(await apiTotal(fixtures.deskEventSlug));
  });
});
