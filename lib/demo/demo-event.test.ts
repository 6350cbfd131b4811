import { describe, expect, it } from "vitest";
import { abbreviateRupiah, formatRupiah } from "@/lib/money/rupiah";
import { DEMO_AGREEMENTS, DEMO_CATEGORY_TOTALS, DEMO_EVENT, DEMO_MIDDAY, DEMO_PARTIES, DEMO_SIDES, DEMO_TOTAL, demoData } from "./demo-event";

describe("the demo mission", () => {
  const { businesses, commitments } = demoData();
  const signed = commitments.filter((c) => c.status === "SIGNED");
  const sum = (list: typeof commitments) => list.reduce((total, c) => total + c.value, 0n);

  it("adds up to the announced Rp1.053.146.943.500 exactly", () => {
    expect(formatRupiah(sum(signed))).toBe("Rp1.053.146.943.500");
    expect(sum(signed)).toBe(DEMO_TOTAL);
  });

  it("splits into the published Rp598,953 / 230,099 / 224,094 miliar, which add up to the million", () => {
    const byCategory = (category: string) => sum(signed.filter((c) => c.category === category));
    expect(byCategory("SELL")).toBe(DEMO_CATEGORY_TOTALS.SELL);
    expect(abbreviateRupiah(byCategory("SELL"), { fractionDigits: 3 })).toBe("Rp598,953 miliar");
    expect(abbreviateRupiah(byCategory("BUY"), { fractionDigits: 3 })).toBe("Rp230,099 miliar");
    expect(abbreviateRupiah(byCategory("INVEST"), { fractionDigits: 3 })).toBe("Rp224,094 miliar");
    // Each to the million, as announced, and together the total's Rp1.053.146 juta.
    const millions = ["SELL", "BUY", "INVEST"].map((c) => byCategory(c) / 1_000_000n);
    expect(millions).toEqual([598_953n, 230_099n, 224_094n]);
    expect(millions.reduce((a, b) => a + b)).toBe(DEMO_TOTAL / 1_000_000n);
  });

  it("had Rp834.496.700.000 signed by 12.00 WITA, the midday announcement, against a target of Rp650 miliar", () => {
    // The ledger as it stood then: signed by then, and not voided by then.
    const voidedAt = (c: (typeof commitments)[number]) => (c.status === "VOID" ? new Date(c.signedAt!.getTime() + 5 * 60_000) : null);
    const then = commitments.filter(
      (c) => c.signedAt && c.signedAt <= DEMO_MIDDAY.at && c.status !== "DRAFT" && !(voidedAt(c) && voidedAt(c)! <= DEMO_MIDDAY.at),
    );
    expect(sum(then)).toBe(834_496_700_000n);
    expect(DEMO_MIDDAY.total).toBe(834_496_700_000n);
    expect(DEMO_EVENT.targetAmount).toBe(650_000_000_000n);
  });

  it("has the yearly fish-feed deal and the commodities the releases name", () => {
    const yearly = commitments.filter((c) => c.recurrence !== "ONE_OFF");
    expect(yearly).toEqual([expect.objectContaining({ recurrence: "YEARLY", value: 124_000_000_000n, commodity: "Pakan ikan", status: "SIGNED" })]);
    expect(businesses.find((b) => b.name === yearly[0].visiting)).toMatchObject({ side: "JATIM", regency: "Kota Surabaya" });
    const named = new Set(commitments.filter((c) => c.status === "SIGNED").map((c) => c.commodity));
    for (const commodity of [
      "Batu bara",
      "Pakan ikan",
      "Makanan dan minuman",
      "Fesyen",
      "Telur ayam",
      "Sapi",
      "Karkas ayam",
      "Olahan perikanan",
      "Rokok",
      "Bahan baku resto",
      "Mesin las dan suku cadang",
      "Investasi CPO",
      "Investasi wood pellet",
    ])
      expect(named).toContain(commodity);
  });

  it("has 72 Jatim and 100 Kaltim businesses with unique names over several sectors", () => {
    expect(businesses.filter((b) => b.side === "JATIM")).toHaveLength(72);
    expect(businesses.filter((b) => b.side === "KALTIM")).toHaveLength(100);
    expect(new Set(businesses.map((b) => b.name)).size).toBe(businesses.length);
    expect(new Set(businesses.map((b) => b.sector))).toEqual(
      new Set(["Fesyen", "Kuliner", "Perikanan", "Pertanian dan Perkebunan", "Kriya", "Industri Pengolahan", "Perdagangan Umum", "Jasa dan Logistik"]),
    );
    for (const b of businesses) {
      expect(DEMO_SIDES.find((s) => s.code === b.side)!.regencies).toContain(b.regency);
      if (b.nib) expect(b.nib).toMatch(/^[1-9]\d{12}$/);
      expect(b.phone).toMatch(/^\+628\d{9,11}$/);
    }
  });

  it("pairs a Jatim business with a Kaltim business in every commitment, with whole positive values", () => {
    const side = new Map(businesses.map((b) => [b.name, b.side]));
    for (const c of commitments) {
      expect(side.get(c.visiting)).toBe("JATIM");
      expect(side.get(c.host)).toBe("KALTIM");
      expect(c.value).toBeGreaterThan(0n);
    }
  });

  it("includes a voided unit slip with its replacement and an unsigned draft, neither counted", () => {
    const voided = commitments.filter((c) => c.status === "VOID");
    expect(voided).toHaveLength(1);
    expect(voided[0].voidReason).toBeTruthy();
    const replacement = commitments.find((c) => c.replaces !== null)!;
    expect(commitments[replacement.replaces!]).toBe(voided[0]);
    expect(voided[0].value).toBe(replacement.value * 10n);
    expect(commitments.filter((c) => c.status === "DRAFT")).toHaveLength(1);
  });

  it("has its cooperation agreements signed by 6 perangkat daerah, 10 BUMD and 4 asosiasi, a Jatim party with a Kaltim one each", () => {
    const party = new Map<string, (typeof DEMO_PARTIES)[number]>(DEMO_PARTIES.map((p) => [p.acronym, p]));
    const used = new Set(DEMO_AGREEMENTS.flatMap((a) => [a.visiting, a.host]));
    const kinds = [...used].map((acronym) => party.get(acronym)!.kind);
    expect({
      PERANGKAT_DAERAH: 0,
      BUMD: 0,
      ASOSIASI: 0,
      ...Object.fromEntries(["PERANGKAT_DAERAH", "BUMD", "ASOSIASI"].map((k) => [k, kinds.filter((x) => x === k).length])),
    }).toEqual({
      PERANGKAT_DAERAH: 6,
      BUMD: 10,
      ASOSIASI: 4,
    });
    for (const a of DEMO_AGREEMENTS) {
      expect(party.get(a.visiting)!.province).toBe("Jawa Timur");
      expect(party.get(a.host)!.province).toBe("Kalimantan Timur");
    }
  });

  it("is the same on every run", () => {
    expect(demoData()).toEqual(demoData());
  });
});
