import { describe, expect, it } from "vitest";
import { abbreviateRupiah, formatRupiah } from "@/lib/money/rupiah";
import { DEMO_CATEGORY_TOTALS, DEMO_SIDES, DEMO_TOTAL, demoData } from "./demo-event";

describe("the demo mission", () => {
  const { businesses, commitments } = demoData();
  const signed = commitments.filter((c) => c.status === "SIGNED");
  const sum = (list: typeof commitments) => list.reduce((total, c) => total + c.value, 0n);

  it("adds up to the announced Rp1.053.146.943.500 exactly", () => {
    expect(formatRupiah(sum(signed))).toBe("Rp1.053.146.943.500");
    expect(sum(signed)).toBe(DEMO_TOTAL);
  });

  it("rounds per category to the announced Rp598,9 / 230 / 224 miliar", () => {
    const byCategory = (category: string) => sum(signed.filter((c) => c.category === category));
    expect(byCategory("SELL")).toBe(DEMO_CATEGORY_TOTALS.SELL);
    expect(abbreviateRupiah(byCategory("SELL"))).toBe("Rp598,9 miliar");
    expect(abbreviateRupiah(byCategory("BUY"), { fractionDigits: 0 })).toBe("Rp230 miliar");
    expect(abbreviateRupiah(byCategory("INVEST"), { fractionDigits: 0 })).toBe("Rp224 miliar");
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

  it("is the same on every run", () => {
    expect(demoData()).toEqual(demoData());
  });
});
