import { describe, expect, it } from "vitest";
import { badgeCodeFrom, findOnDeskList, searchDeskList, type DeskListEntry } from "./desk-list";
import { searchKey } from "./fields";

describe("badgeCodeFrom", () => {
  it("reads the code however the scanner delivers it", () => {
    expect(badgeCodeFrom("k7qm3x9t2p")).toBe("K7QM3X9T2P");
    expect(badgeCodeFrom(" K7QM-3X9T-2P ")).toBe("K7QM3X9T2P");
    expect(badgeCodeFrom("https://misidagang.example/b/K7QM3X9T2P?k=0123abcd")).toBe("K7QM3X9T2P");
    expect(badgeCodeFrom("https://misidagang.example/b/K7QM3X9T2P")).toBe("K7QM3X9T2P");
    expect(badgeCodeFrom("https://misidagang.example/lencana/K7QM3X9T2P#x")).toBe("K7QM3X9T2P");
    expect(badgeCodeFrom("https://misidagang.example/lencana/K7QM3X9T2P/")).toBe("K7QM3X9T2P");
  });
});

const entry = (name: string, representative: string, extra: Partial<DeskListEntry> = {}): DeskListEntry => ({
  id: name,
  name,
  representative,
  side: "Jatim",
  sideCode: "JATIM",
  sector: "Perikanan",
  regency: "Kota Malang",
  badgeCode: `CODE${name.length}`,
  searchKey: searchKey(name, representative),
  checkedInAt: null,
  checkedInDesk: null,
  ...extra,
});

describe("searchDeskList: the desk's search without the server", () => {
  const list = [
    entry("PT Batik Sekar Arum", "Sri Lestari", { badgeCode: "K7QM3X9T2P" }),
    entry("CV Sekar Batik", "Budi", { sideCode: "KALTIM", side: "Kaltim" }),
    entry("Batik Sekar", "Ani"),
    entry("Toko Kain Batik Sekar", "Dewi"),
    entry("Rumah Sekarbatik", "Eko"),
  ];
  const names = (query: string, options = {}) => searchDeskList(list, query, options).map((found) => found.name);

  it("ranks as the server does: the badge, the name as typed, its start, whole words, then any name containing it", () => {
    expect(searchDeskList(list, "https://x.example/b/K7QM3X9T2P?k=1")[0]).toMatchObject({ name: "PT Batik Sekar Arum", matchRank: 4 });
    expect(names("batik sekar")).toEqual(["Batik Sekar", "PT Batik Sekar Arum", "Toko Kain Batik Sekar"]);
    expect(searchDeskList(list, "batik sekar").map((found) => found.matchRank)).toEqual([3, 3, 1]);
    expect(names("sekarbat")).toEqual(["Rumah Sekarbatik"]);
    expect(searchDeskList(list, "sekar").map((found) => [found.name, found.matchRank])).toEqual([
      ["CV Sekar Batik", 3],
      ["Batik Sekar", 1],
      ["PT Batik Sekar Arum", 1],
      ["Toko Kain Batik Sekar", 1],
      ["Rumah Sekarbatik", 0],
    ]);
  });

  it("keeps to one side when asked, finds representatives, and needs two characters", () => {
    expect(names("sekar", { sideCode: "KALTIM" })).toEqual(["CV Sekar Batik"]);
    expect(names("lestari")).toEqual(["PT Batik Sekar Arum"]);
    expect(names("s")).toEqual([]);
    expect(searchDeskList(list, "sekar", { limit: 2 })).toHaveLength(2);
  });

  it("findOnDeskList names the business of a scan or a click, and nothing for an unknown code", () => {
    expect(findOnDeskList(list, { code: "k7qm-3x9t-2p" })?.name).toBe("PT Batik Sekar Arum");
    expect(findOnDeskList(list, { businessId: "Batik Sekar" })?.name).toBe("Batik Sekar");
    expect(findOnDeskList(list, { code: "ZZZZ" })).toBeNull();
    expect(findOnDeskList(list, { code: "" })).toBeNull();
  });
});

describe("the desk's search, at its edges", () => {
  it("reads the code after /b/ even with more path after it, and a bare b/ at the start", () => {
    expect(badgeCodeFrom("https://misidagang.example/b/K7QM3X9T2P/surat")).toBe("K7QM3X9T2P");
    expect(badgeCodeFrom("b/K7QM3X9T2P")).toBe("K7QM3X9T2P");
    expect(badgeCodeFrom("/x/y/K7QM3X9T2P?b=1")).toBe("K7QM3X9T2P");
  });

  it("ranks a name typed whole above its start, its start above a whole word, from two characters", () => {
    const list = [entry("Batik Sekar", ""), entry("Batik Sekarwangi", "Rina"), entry("Rumah Batik", "Eko")];
    expect(searchDeskList(list, "batik sekar").map((found) => [found.name, found.matchRank])).toEqual([
      ["Batik Sekar", 3],
      ["Batik Sekarwangi", 2],
    ]);
    expect(searchDeskList(list, "batik sek").map((found) => found.matchRank)).toEqual([2, 2]);
    expect(searchDeskList(list, "rina").map((found) => [found.name, found.matchRank])).toEqual([["Batik Sekarwangi", 1]]);
    expect(searchDeskList(list, "ek").map((found) => [found.name, found.matchRank])).toEqual([
      ["Batik Sekar", 0],
      ["Batik Sekarwangi", 0],
      ["Rumah Batik", 0],
    ]);
    expect(searchDeskList(list, "eko").map((found) => [found.name, found.matchRank])).toEqual([["Rumah Batik", 1]]);
    expect(findOnDeskList(list, {})).toBeNull();
  });
});
