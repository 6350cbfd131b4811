// What the staff pages read about businesses (lib/businesses/queries.ts), on rows written in the wrong
// order beside another mission's: each list in its stated order, each read scoped to its mission.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { newBusiness, newPracticeMission } from "../support/missions";
import { searchKey } from "@/lib/businesses/fields";
import { badgesToPrint, businessDetail, businessFilters, deskList, eventSides, listBusinesses, PAGE_SIZE, searchBusinesses } from "@/lib/businesses/queries";
import { newPublicCode } from "@/lib/codes";
import { getDb } from "@/lib/db/client";

withTestDatabase();

/** A mission whose businesses were written hosts first, each side's names from Z to A; and another mission beside it. */
async function missionWrittenBackwards() {
  const event = await newPracticeMission();
  const other = await newPracticeMission();
  const add = (eventId: string, role: "VISITING" | "HOST", name: string, phone: string | null = null) =>
    newBusiness(eventId, role, name, { searchKey: searchKey(name, `Wakil ${name}`), phone, nib: phone ? `35${phone.slice(-11)}` : null });
  const zebra = await add(event.id, "HOST", "Zamrud Kaltim", "+6281299990001");
  const amplang = await add(event.id, "HOST", "Amplang Etam", "+6281299990002");
  const yuyu = await add(event.id, "VISITING", "Yuyu Jatim", "+6285799990003");
  const batik = await add(event.id, "VISITING", "Batik Arum", "+6285799990004");
  await add(other.id, "VISITING", "Aaa Misi Lain", "+6285799990005");
  return { event, other, zebra, amplang, yuyu, batik };
}

describe("the businesses' reads", () => {
  it("list by name, print badges visitors first, keep the desk list by name, and give the sides visitors first", async () => {
    const { event, zebra, amplang, yuyu, batik } = await missionWrittenBackwards();
    const listed = await listBusinesses(event.id, businessFilters.parse({}));
    expect([listed.total, listed.pages, listed.rows.map((b) => b.name)]).toEqual([4, 1, ["Amplang Etam", "Batik Arum", "Yuyu Jatim", "Zamrud Kaltim"]]);
    expect(listed.rows[0]).toEqual({
      id: amplang.id,
      name: "Amplang Etam",
      representative: "Wakil Amplang Etam",
      sector: amplang.sector,
      regency: amplang.regency,
      source: "PRE_REGISTERED",
      badgeCode: amplang.badgeCode,
      checkedInAt: null,
      checkedInDesk: null,
      side: { code: "KALTIM", shortName: "Kaltim" },
    });
    expect((await badgesToPrint(event.id, {})).map((b) => b.id)).toEqual([batik.id, yuyu.id, amplang.id, zebra.id]);
    expect((await badgesToPrint(event.id, { side: "KALTIM" })).map((b) => b.id)).toEqual([amplang.id, zebra.id]);
    expect((await badgesToPrint(event.id, { ids: [zebra.id, batik.id] })).map((b) => b.id)).toEqual([batik.id, zebra.id]);
    expect((await deskList(event.id)).map((b) => [b.name, b.side, b.sideCode])).toEqual([
      ["Amplang Etam", "Kaltim", "KALTIM"],
      ["Batik Arum", "Jatim", "JATIM"],
      ["Yuyu Jatim", "Jatim", "JATIM"],
      ["Zamrud Kaltim", "Kaltim", "KALTIM"],
    ]);
    const sides = await eventSides(event.id);
    expect(sides.sides.map((s) => [s.code, s.role, s.shortName, Object.keys(s).sort().join()])).toEqual([
      ["JATIM", "VISITING", "Jatim", "code,province,quota,regencies,role,shortName"],
      ["KALTIM", "HOST", "Kaltim", "code,province,quota,regencies,role,shortName"],
    ]);
  });

  it("list by side, sector, presence and source, fifty to a page, and one empty page for none", async () => {
    const { event, zebra, batik } = await missionWrittenBackwards();
    const db = await getDb();
    await db.business.update({ where: { id: batik.id }, data: { checkedInAt: new Date(), checkedInDesk: "Meja 1", source: "WALK_IN" } });
    await db.business.update({ where: { id: zebra.id }, data: { sector: "Perikanan" } });
    const names = async (filters: Record<string, string>) => (await listBusinesses(event.id, businessFilters.parse(filters))).rows.map((b) => b.name);
    expect(await names({ side: "JATIM" })).toEqual(["Batik Arum", "Yuyu Jatim"]);
    expect(await names({ sector: "Perikanan" })).toEqual(["Zamrud Kaltim"]);
    expect(await names({ status: "hadir" })).toEqual(["Batik Arum"]);
    expect(await names({ status: "belum" })).toEqual(["Amplang Etam", "Yuyu Jatim", "Zamrud Kaltim"]);
    expect(await names({ source: "WALK_IN" })).toEqual(["Batik Arum"]);
    expect(await names({ side: "KALTIM", status: "hadir" })).toEqual([]);

    // Past fifty: the second page holds the rest, by name.
    const side = await db.eventSide.findFirstOrThrow({ where: { eventId: event.id, code: "KALTIM" } });
    await db.business.createMany({
      data: Array.from({ length: PAGE_SIZE }, (_, i) => ({
        eventId: event.id,
        sideId: side.id,
        name: `Toko ${String(i).padStart(2, "0")}`,
        representative: "Wakil",
        sector: "Kuliner",
        regency: "",
        source: "PRE_REGISTERED" as const,
        badgeCode: newPublicCode(),
      })),
    });
    const second = await listBusinesses(event.id, businessFilters.parse({ page: "2" }));
    expect([second.total, second.pages, second.rows.map((b) => b.name)]).toEqual([PAGE_SIZE + 4, 2, ["Toko 48", "Toko 49", "Yuyu Jatim", "Zamrud Kaltim"]]);
    const none = await listBusinesses(event.id, businessFilters.parse({ sector: "Tidak Ada" }));
    expect([none.total, none.pages, none.rows]).toEqual([0, 1, []]);
  });

  it("show one business with its side and who checked it in, and its contact data only when allowed", async () => {
    const { event, other, batik } = await missionWrittenBackwards();
    const db = await getDb();
    const user = await db.user.create({ data: { email: "meja@queries.test", name: "Meja Dua", role: "DESK", passwordHash: "x" } });
    await db.business.update({ where: { id: batik.id }, data: { checkedInAt: new Date(), checkedInById: user.id, checkedInDesk: "Meja 2" } });
    const shown = await businessDetail(event.id, batik.id, { withContact: true });
    expect(shown).toMatchObject({
      name: "Batik Arum",
      side: { code: "JATIM", shortName: "Jatim", province: "Jawa Timur", role: "VISITING" },
      checkedInBy: { name: "Meja Dua" },
      checkedInDesk: "Meja 2",
      contact: { phone: "+6285799990004", nib: batik.nib, email: null },
    });
    expect(shown).not.toHaveProperty("phone");
    expect((await businessDetail(event.id, batik.id, { withContact: false }))?.contact).toBeNull();
    expect(await businessDetail(other.id, batik.id, { withContact: true })).toBeNull();
  });

  it("search by name from two letters, by phone or NIB from four digits, a NIB's whole thirteen, and nothing from fewer", async () => {
    const { event, batik, amplang } = await missionWrittenBackwards();
    const names = async (q: string) => (await searchBusinesses(event.id, q)).map((b) => b.name);
    expect(await names("085")).toEqual([]);
    expect(await names("a")).toEqual([]);
    expect(await names("ba")).toEqual(["Batik Arum"]);
    // A phone's start, typed with 0, 62 or neither.
    for (const typed of ["0857 9999 0004", "62857 9999 0004", "857 9999 0004"]) expect(await names(typed), typed).toEqual(["Batik Arum"]);
    expect(await names("0812 9999")).toEqual(["Amplang Etam", "Zamrud Kaltim"]);
    // A NIB by its start and whole; fourteen digits are no NIB (and no phone of this list).
    expect(await names(batik.nib!.slice(0, 6))).toContain("Batik Arum");
    expect(await names(batik.nib!)).toEqual(["Batik Arum"]);
    expect(await names(`${amplang.nib!}9`)).toEqual([]);
    // Another mission's business is not found, whatever is typed.
    expect(await names("0857 9999 0005")).toEqual([]);
  });
  it("search among more names alike than it ranks: every name starting as typed, by name; the side asked for; never another mission's", async () => {
    const event = await newPracticeMission();
    const other = await newPracticeMission();
    const db = await getDb();
    const write = async (eventId: string, code: "JATIM" | "KALTIM", names: string[]) => {
      const side = await db.eventSide.findFirstOrThrow({ where: { eventId, code } });
      await db.business.createMany({
        data: names.map((name) => ({
          eventId,
          sideId: side.id,
          name,
          representative: "Wakil",
          sector: "Kuliner",
          regency: "",
          source: "PRE_REGISTERED" as const,
          badgeCode: newPublicCode(),
          searchKey: searchKey(name, "Wakil"),
        })),
      });
    };
    const numbered = (prefix: string) => Array.from({ length: 40 }, (_, i) => `${prefix} ${String(40 - i).padStart(2, "0")}`);
    // Eighty names as near to "kopi" as each other (it is a whole word of each), written from the last
    // by name to the first: the search ranks the nearest 32, and more than that start with "kopi".
    await write(event.id, "KALTIM", numbered("Kopi Nomor"));
    await write(event.id, "KALTIM", numbered("Warung Kopi"));
    await write(other.id, "KALTIM", ["Kopi Nomor 00", "Zamrud Misi Lain"]);
    const names = async (q: string, sideCode?: string) => (await searchBusinesses(event.id, q, { sideCode })).map((b) => b.name);
    expect(await names("kopi")).toEqual(numbered("Kopi Nomor").reverse().slice(0, 8));
    expect(await names("warung kopi")).toEqual(numbered("Warung Kopi").reverse().slice(0, 8));
    expect(await names("zamrud misi lain")).toEqual([]);

    // Forty Kaltim names nearer to what was typed than the one Jatim name: asked for Jatim, it is found.
    await write(event.id, "KALTIM", numbered("Sumber Makmur Kutai"));
    await write(event.id, "JATIM", ["Sumber Makmur Jaya"]);
    expect(await names("sumber makmur kutai", "JATIM")).toEqual(["Sumber Makmur Jaya"]);
    expect(await names("sumber makmur kutai", "KALTIM")).toHaveLength(8);
  });
});
