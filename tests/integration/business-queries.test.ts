// What staff pages read about a mission's businesses: the list with its filters and pages, one
// business with or without its contact data, the badge sheet's order, the sides' choices. Each only
// of the mission asked about.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { newBusiness, newPracticeMission } from "../support/missions";
import { badgesToPrint, businessDetail, businessFilters, deskList, eventSides, listBusinesses, PAGE_SIZE } from "@/lib/businesses/queries";
import { newPublicCode } from "@/lib/codes";
import { getDb } from "@/lib/db/client";

withTestDatabase({ seedDemo: true });

async function missionWithBusinesses() {
  const db = await getDb();
  const mission = await newPracticeMission();
  const sides = await db.eventSide.findMany({ where: { eventId: mission.id } });
  const side = (code: string) => sides.find((s) => s.code === code)!.id;
  const add = (code: string, name: string, extra: Record<string, unknown> = {}) =>
    db.business.create({
      data: {
        eventId: mission.id,
        sideId: side(code),
        name,
        representative: `Wakil ${name}`,
        sector: "Kuliner",
        regency: "Kota Surabaya",
        source: "PRE_REGISTERED",
        badgeCode: newPublicCode(),
        ...extra,
      },
    });
  const kopi = await add("JATIM", "CV Kopi Arjuno", {
    sector: "Perkebunan",
    checkedInAt: new Date(),
    checkedInDesk: "Meja 1",
    nib: "9120000000777",
    phone: "+6281200000777",
    email: "kopi@arjuno.test",
  });
  const amplang = await add("KALTIM", "Amplang Samarinda", { source: "WALK_IN", checkedInAt: new Date() });
  const batik = await add("JATIM", "Batik Sekar", { source: "WALK_IN" });
  const ulin = await add("KALTIM", "UD Ulin Borneo", { sector: "Perkebunan" });
  return { mission, kopi, amplang, batik, ulin };
}

describe("the businesses list", () => {
  it("is this mission's, by name, and each filter keeps only what it names", async () => {
    const { mission, kopi, amplang, batik, ulin } = await missionWithBusinesses();
    await missionWithBusinesses(); // another mission's four
    const names = async (filters: Record<string, string>) => (await listBusinesses(mission.id, businessFilters.parse(filters))).rows.map((b) => b.name);
    expect(await names({})).toEqual([amplang.name, batik.name, kopi.name, ulin.name]);
    expect(await names({ side: "JATIM" })).toEqual([batik.name, kopi.name]);
    expect(await names({ sector: "Perkebunan" })).toEqual([kopi.name, ulin.name]);
    expect(await names({ status: "hadir" })).toEqual([amplang.name, kopi.name]);
    expect(await names({ status: "belum" })).toEqual([batik.name, ulin.name]);
    expect(await names({ source: "WALK_IN" })).toEqual([amplang.name, batik.name]);
    expect(await names({ side: "KALTIM", status: "hadir", source: "WALK_IN" })).toEqual([amplang.name]);
    const all = await listBusinesses(mission.id, businessFilters.parse({}));
    expect(all).toMatchObject({ total: 4, pages: 1 });
    expect(all.rows.find((b) => b.id === kopi.id)).toEqual({
      id: kopi.id,
      name: kopi.name,
      representative: kopi.representative,
      sector: "Perkebunan",
      regency: "Kota Surabaya",
      source: "PRE_REGISTERED",
      badgeCode: kopi.badgeCode,
      checkedInAt: kopi.checkedInAt,
      checkedInDesk: "Meja 1",
      side: { code: "JATIM", shortName: "Jatim" },
    });
    // What a filter cannot be falls back to none.
    expect(businessFilters.parse({ status: "semua", source: "IMPORT", page: "0" })).toEqual({
      side: undefined,
      sector: undefined,
      status: undefined,
      source: undefined,
      page: 1,
    });
  });

  it(`comes ${PAGE_SIZE} a page, in name order across the pages`, async () => {
    const db = await getDb();
    const mission = await newPracticeMission();
    const side = (await db.eventSide.findFirstOrThrow({ where: { eventId: mission.id, code: "JATIM" } })).id;
    const names = Array.from({ length: PAGE_SIZE + 2 }, (_, i) => `Usaha ${String(i).padStart(3, "0")}`);
    await db.business.createMany({
      data: [...names].reverse().map((name) => ({
        eventId: mission.id,
        sideId: side,
        name,
        representative: "W",
        sector: "Kuliner",
        regency: "",
        source: "PRE_REGISTERED" as const,
        badgeCode: newPublicCode(),
      })),
    });
    const page = async (n: number) => listBusinesses(mission.id, businessFilters.parse({ page: String(n) }));
    const first = await page(1);
    expect(first).toMatchObject({ total: PAGE_SIZE + 2, pages: 2 });
    expect(first.rows.map((b) => b.name)).toEqual(names.slice(0, PAGE_SIZE));
    expect((await page(2)).rows.map((b) => b.name)).toEqual(names.slice(PAGE_SIZE));
    expect(await listBusinesses((await newPracticeMission()).id, businessFilters.parse({}))).toEqual({ total: 0, rows: [], pages: 1 });
  });
});

describe("one business", () => {
  it("is found through its own mission only, with its contact data only when asked for", async () => {
    const { mission, kopi } = await missionWithBusinesses();
    const other = await newPracticeMission();
    expect(await businessDetail(other.id, kopi.id, { withContact: true })).toBeNull();
    const desk = await businessDetail(mission.id, kopi.id, { withContact: false });
    expect(desk).toMatchObject({ id: kopi.id, contact: null, side: { code: "JATIM", shortName: "Jatim", province: "Jawa Timur", role: "VISITING" } });
    expect(desk).not.toHaveProperty("phone");
    expect(desk).not.toHaveProperty("nib");
    expect(desk).not.toHaveProperty("email");
    expect(await businessDetail(mission.id, kopi.id, { withContact: true })).toMatchObject({
      contact: { nib: "9120000000777", phone: "+6281200000777", email: "kopi@arjuno.test" },
    });
  });
});

describe("the badge sheet", () => {
  it("prints the visiting side first, by name; a side or a chosen few; this mission's only", async () => {
    const { mission, kopi, amplang, batik, ulin } = await missionWithBusinesses();
    const names = async (filters: { side?: string; ids?: string[] }) => (await badgesToPrint(mission.id, filters)).map((b) => b.name);
    expect(await names({})).toEqual([batik.name, kopi.name, amplang.name, ulin.name]);
    expect(await names({ side: "KALTIM" })).toEqual([amplang.name, ulin.name]);
    expect(await names({ ids: [ulin.id, kopi.id] })).toEqual([kopi.name, ulin.name]);
    const other = await missionWithBusinesses();
    expect(await names({ ids: [other.kopi.id] })).toEqual([]);
    const [badge] = await badgesToPrint(mission.id, { ids: [kopi.id] });
    expect(badge).toEqual({
      id: kopi.id,
      name: kopi.name,
      representative: kopi.representative,
      sector: "Perkebunan",
      regency: "Kota Surabaya",
      badgeCode: kopi.badgeCode,
      accessSecret: kopi.accessSecret,
      side: { shortName: "Jatim", province: "Jawa Timur", role: "VISITING" },
    });
  });

  it("the sides come visiting first, with their choices and the mission's ceiling", async () => {
    const mission = await newPracticeMission();
    const sides = await eventSides(mission.id);
    expect(sides.sides.map((s) => [s.role, s.code])).toEqual([
      ["VISITING", "JATIM"],
      ["HOST", "KALTIM"],
    ]);
    expect(sides.sides[0].regencies).toContain("Kota Surabaya");
    expect(sides.sectors.length).toBeGreaterThan(0);
    expect(sides.valueCeiling).toBe(1_000_000_000_000n);
  });
});

describe("deskList: what a desk tablet keeps for working offline", () => {
  it("holds every business of the mission asked about, with who is in, and no contact data", async () => {
    const mission = await newPracticeMission();
    const other = await newPracticeMission();
    const kopi = await newBusiness(mission.id, "VISITING", "CV Kopi Luring", {
      checkedInAt: new Date("2025-05-08T01:30:00Z"),
      checkedInDesk: "Meja 2",
      nib: "9120000000888",
      phone: "+6281200000888",
      email: "kopi@luring.test",
      searchKey: "kopi luring wakil cv kopi luring",
    });
    const ikan = await newBusiness(mission.id, "HOST", "Ikan Luring");
    await newBusiness(other.id, "HOST", "Ikan Misi Lain");

    const list = await deskList(mission.id);
    expect(list.map((entry) => entry.name)).toEqual(["CV Kopi Luring", "Ikan Luring"]);
    expect(list[0]).toEqual({
      id: kopi.id,
      name: "CV Kopi Luring",
      representative: "Wakil CV Kopi Luring",
      side: "Jatim",
      sideCode: "JATIM",
      sector: "Kuliner",
      regency: "",
      badgeCode: kopi.badgeCode,
      searchKey: "kopi luring wakil cv kopi luring",
      checkedInAt: "2025-05-08T01:30:00.000Z",
      checkedInDesk: "Meja 2",
    });
    expect(list[1]).toMatchObject({ id: ikan.id, side: "Kaltim", sideCode: "KALTIM", checkedInAt: null, checkedInDesk: null });
    const sent = JSON.stringify(list);
    for (const contact of ["9120000000888", "+6281200000888", "kopi@luring.test", "812000"]) expect(sent).not.toContain(contact);
  });
});
