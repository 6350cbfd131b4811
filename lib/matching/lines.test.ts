import { describe, expect, it } from "vitest";
import { answeringKind, categoryOf, checkTradeLine, linesOfRow, matchKey, potentialOf, splitVolume } from "./lines";

const context = { sectors: ["Perikanan", "Kuliner", "Pertanian dan Perkebunan"], businessSector: "Perikanan" };

describe("a business's lines of offers and needs", () => {
  it("answers an offer with a need, a need with an offer, an investment with an investment", () => {
    expect(answeringKind("OFFER")).toBe("NEED");
    expect(answeringKind("NEED")).toBe("OFFER");
    expect(answeringKind("INVEST")).toBe("INVEST");
  });

  it("reads the deal from the visiting side, as the signing form does", () => {
    expect(categoryOf("OFFER")).toBe("SELL");
    expect(categoryOf("NEED")).toBe("BUY");
    expect(categoryOf("INVEST")).toBe("INVEST");
  });

  it("compares commodities lower-cased without punctuation or accents", () => {
    expect(matchKey("  Pakan-Ikan (Apung) ")).toBe("pakan ikan apung");
    expect(matchKey("Kopi Gayo Café")).toBe("kopi gayo cafe");
  });

  it("takes the smaller estimate as a pair's potential, and none without both", () => {
    expect(potentialOf(5_000_000n, 2_000_000n)).toBe(2_000_000n);
    expect(potentialOf(2_000_000n, 5_000_000n)).toBe(2_000_000n);
    expect(potentialOf(7n, 7n)).toBe(7n);
    expect(potentialOf(null, 5n)).toBeNull();
    expect(potentialOf(5n, null)).toBeNull();
  });

  it("cleans a line: sector by the mission's names (the business's own when empty), volume and value the Indonesian way", () => {
    expect(checkTradeLine({ kind: "OFFER", commodity: "  Pakan   ikan ", quantity: "2,5", unit: "ton", estimatedValue: "1,2 miliar" }, context)).toEqual({
      ok: true,
      value: { kind: "OFFER", commodity: "Pakan ikan", sector: "Perikanan", quantity: "2.5", unit: "ton", estimatedValue: 1_200_000_000n },
    });
    expect(checkTradeLine({ kind: "NEED", commodity: "Beras", sector: "pertanian dan perkebunan" }, context)).toEqual({
      ok: true,
      value: { kind: "NEED", commodity: "Beras", sector: "Pertanian dan Perkebunan", quantity: null, unit: null, estimatedValue: null },
    });
  });

  it("reads a row of the import: one offer, one need, one investment, each with its volume and value", () => {
    expect(splitVolume(" 2,5 ton ")).toEqual({ quantity: "2,5", unit: "ton" });
    expect(splitVolume("1.000 karton")).toEqual({ quantity: "1.000", unit: "karton" });
    expect(splitVolume("banyak")).toEqual({ quantity: "banyak", unit: "" });
    expect(splitVolume("")).toEqual({ quantity: "", unit: "" });
    expect(
      linesOfRow(
        { offer: "Pakan ikan", offerVolume: "100 ton", offerValue: "2 miliar", need: "Batu bara", investment: "Cold storage", investmentValue: "5 M" },
        context,
      ),
    ).toEqual({
      lines: [
        { kind: "OFFER", commodity: "Pakan ikan", sector: "Perikanan", quantity: "100", unit: "ton", estimatedValue: 2_000_000_000n },
        { kind: "NEED", commodity: "Batu bara", sector: "Perikanan", quantity: null, unit: null, estimatedValue: null },
        { kind: "INVEST", commodity: "Cold storage", sector: "Perikanan", quantity: null, unit: null, estimatedValue: 5_000_000_000n },
      ],
      errors: [],
    });
    expect(linesOfRow({ name: "Usaha" }, context)).toEqual({ lines: [], errors: [] });
    expect(linesOfRow({ needValue: "1 juta", offer: "Udang", offerVolume: "3", investmentValue: "2 M" }, context)).toEqual({
      lines: [],
      errors: ["unitRequired", { key: "lineCommodityMissing", params: { kind: "NEED" } }, { key: "lineCommodityMissing", params: { kind: "INVEST" } }],
    });
  });

  it("says what is wrong with each field", () => {
    expect(checkTradeLine({ kind: "SELL" as never, commodity: "x" }, context)).toEqual({
      ok: false,
      fieldErrors: { kind: ["lineKindRequired"], commodity: ["commodityRequired"] },
    });
    expect(checkTradeLine({ kind: "OFFER", commodity: "Udang", sector: "Tambang", quantity: "nol", estimatedValue: "12.5 juta" }, context)).toEqual({
      ok: false,
      fieldErrors: {
        sector: [{ key: "sectorUnknown", params: { sector: "Tambang", choices: "Perikanan, Kuliner, Pertanian dan Perkebunan" } }],
        quantity: [{ key: "quantityInvalid", params: { quantity: "nol" } }],
        estimatedValue: [{ key: "amountAmbiguousDecimal", params: { number: "12.5", decimal: "12,5 juta" } }],
      },
    });
    expect(checkTradeLine({ kind: "OFFER", commodity: "Udang", quantity: "3" }, context)).toEqual({ ok: false, fieldErrors: { unit: ["unitRequired"] } });
  });
});
