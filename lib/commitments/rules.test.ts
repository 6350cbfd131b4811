import { describe, expect, it } from "vitest";
import { inIndonesian } from "@/tests/support/said";
import { checkCommitment, exceedsCeiling, parseQuantity, partyRoles, valueCeiling } from "./rules";

const base = {
  visitingBusinessId: "v",
  hostBusinessId: "h",
  category: "SELL" as const,
  commodity: "Batik tulis",
  sector: "Fesyen",
  instrument: "MOU" as const,
  value: "598,9 miliar",
};

describe("partyRoles", () => {
  it("reads each category from the visiting side", () => {
    expect(partyRoles("SELL")).toEqual({ visiting: "Penjual", host: "Pembeli" });
    expect(partyRoles("BUY")).toEqual({ visiting: "Pembeli", host: "Penjual" });
    expect(partyRoles("INVEST")).toEqual({ visiting: "Investor", host: "Mitra penerima investasi" });
  });
});

describe("exceedsCeiling", () => {
  it("is strictly above the mission's ceiling; a mission without one is checked against Rp1 triliun", () => {
    expect(exceedsCeiling(100_000_000_000n, 100_000_000_000n)).toBe(false);
    expect(exceedsCeiling(100_000_000_001n, 100_000_000_000n)).toBe(true);
    expect(valueCeiling(null)).toBe(1_000_000_000_000n);
    expect(valueCeiling(5n)).toBe(5n);
    expect(checkCommitment({ ...base, value: "2 triliun" }, null)).toMatchObject({ ok: false, fieldErrors: { confirmAboveCeiling: ["aboveCeiling"] } });
    expect(checkCommitment({ ...base, value: "1 triliun" }, null)).toMatchObject({ ok: true });
  });
});

describe("parseQuantity", () => {
  it("reads Indonesian decimals and thousands", () => {
    expect(parseQuantity("2,5")).toEqual({ ok: true, value: "2.5" });
    expect(parseQuantity("1.500")).toEqual({ ok: true, value: "1500" });
    expect(parseQuantity("")).toEqual({ ok: true, value: null });
    expect(parseQuantity("-3").ok).toBe(false);
    expect(parseQuantity("dua").ok).toBe(false);
    // Nothing of something is no quantity.
    expect(parseQuantity("0").ok).toBe(false);
    expect(parseQuantity("0,000").ok).toBe(false);
  });
});

describe("checkCommitment", () => {
  it("reads the value as people type it", () => {
    expect(checkCommitment(base, null)).toMatchObject({ ok: true, value: { value: 598_900_000_000n, quantity: null } });
  });

  it("wants a second confirmation above the ceiling, and a unit with a quantity", () => {
    expect(checkCommitment(base, 100_000_000_000n)).toEqual({
      ok: false,
      fieldErrors: { confirmAboveCeiling: ["aboveCeiling"] },
    });
    expect(checkCommitment({ ...base, confirmAboveCeiling: true }, 100_000_000_000n).ok).toBe(true);
    expect(checkCommitment({ ...base, quantity: "2,5" }, null)).toEqual({ ok: false, fieldErrors: { unit: ["unitRequired"] } });
    expect(inIndonesian("unitRequired")).toBe("Tulis satuan jumlahnya (mis. ton, kg, unit).");
  });

  it("says what is wrong with each field", () => {
    const result = checkCommitment({ ...base, commodity: "", value: "1,2,3 miliar", category: "GIFT" as "SELL", visitingBusinessId: "" }, null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["category", "commodity", "value", "visitingBusinessId"]);
  });
});
