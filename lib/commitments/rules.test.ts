import { describe, expect, it } from "vitest";
import { inIndonesian } from "@/tests/support/said";
import { SIGNATURE } from "@/tests/support/signature";
import { checkCommitment, checkSigningOffline, exceedsCeiling, parseQuantity, parseRecurrenceYears, partyRoles, valueCeiling } from "./rules";
import { parseRupiah } from "@/lib/money/rupiah";

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

  it("ignores spaces, takes a dot before three digits as thousands only, and allows three decimals", () => {
    expect(parseQuantity("   ")).toEqual({ ok: true, value: null });
    expect(parseQuantity(" 1 500 ")).toEqual({ ok: true, value: "1500" });
    expect(parseQuantity("1.500,25")).toEqual({ ok: true, value: "1500.25" });
    expect(parseQuantity("2.25")).toEqual({ ok: true, value: "2.25" });
    expect(parseQuantity("2,125")).toEqual({ ok: true, value: "2.125" });
    // Four digits after a dot are neither thousands nor decimals.
    expect(parseQuantity("1.5000").ok).toBe(false);
    expect(parseQuantity("2,1255").ok).toBe(false);
    expect(parseQuantity("x12").ok).toBe(false);
    expect(parseQuantity("12x").ok).toBe(false);
    expect(parseQuantity("1234567890123456").ok).toBe(false);
    expect(parseQuantity("123456789012345")).toEqual({ ok: true, value: "123456789012345" });
    expect(parseQuantity(" dua ton ")).toEqual({ ok: false, error: { key: "quantityInvalid", params: { quantity: "dua ton" } } });
  });
});

describe("parseRecurrenceYears", () => {
  it("reads 1 to 50 years for a recurring deal; nothing said is null, and a one-off has none", () => {
    expect(parseRecurrenceYears("", "MONTHLY")).toEqual({ ok: true, value: null });
    expect(parseRecurrenceYears("  ", "YEARLY")).toEqual({ ok: true, value: null });
    expect(parseRecurrenceYears("3", "ONE_OFF")).toEqual({ ok: true, value: null });
    expect(parseRecurrenceYears("abc", "ONE_OFF")).toEqual({ ok: true, value: null });
    expect(parseRecurrenceYears(" 3 ", "YEARLY")).toEqual({ ok: true, value: 3 });
    expect(parseRecurrenceYears(7, "MONTHLY")).toEqual({ ok: true, value: 7 });
    expect(parseRecurrenceYears("1", "YEARLY")).toEqual({ ok: true, value: 1 });
    expect(parseRecurrenceYears("50", "YEARLY")).toEqual({ ok: true, value: 50 });
    for (const wrong of ["0", "51", "99", "100", "5a", "a5", "2.5", "-3"])
      expect(parseRecurrenceYears(wrong, "YEARLY"), wrong).toEqual({ ok: false, error: { key: "recurrenceYearsInvalid", params: { years: wrong, max: 50 } } });
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
    const wrongValue = parseRupiah("1,2,3 miliar");
    expect(result.fieldErrors.value).toEqual([!wrongValue.ok && wrongValue.error]);
  });

  it("gives each field's own error: a quantity, its unit (spaces are none), the years; no value at all is a missing value", () => {
    expect(checkCommitment({ ...base, quantity: "dua" }, null)).toEqual({
      ok: false,
      fieldErrors: { quantity: [{ key: "quantityInvalid", params: { quantity: "dua" } }] },
    });
    expect(checkCommitment({ ...base, quantity: "2", unit: "   " }, null)).toEqual({ ok: false, fieldErrors: { unit: ["unitRequired"] } });
    expect(checkCommitment({ ...base, recurrence: "YEARLY", recurrenceYears: "80" }, null)).toEqual({
      ok: false,
      fieldErrors: { recurrenceYears: [{ key: "recurrenceYearsInvalid", params: { years: "80", max: 50 } }] },
    });
    // A one-off deal's years are not read at all.
    expect(checkCommitment({ ...base, recurrenceYears: "80" }, null)).toMatchObject({ ok: true, value: { recurrenceYears: null } });
    const missing = parseRupiah("");
    const { value: _value, ...withoutValue } = base;
    expect(checkCommitment(withoutValue as typeof base, null)).toMatchObject({ ok: false, fieldErrors: { value: [!missing.ok && missing.error] } });
    expect(checkCommitment({ ...base, quantity: "2,5", unit: " ton ", recurrence: "MONTHLY", recurrenceYears: "2" }, null)).toMatchObject({
      ok: true,
      value: { quantity: "2.5", unit: "ton", recurrence: "MONTHLY", recurrenceYears: 2 },
    });
  });
});

describe("checkSigningOffline", () => {
  const complete = {
    intent: "sign",
    visitingBusinessId: "b1",
    hostBusinessId: "b2",
    category: "SELL",
    commodity: "Bandeng presto",
    sector: "Perikanan",
    instrument: "MOU",
    value: "1,5 juta",
    visitingSignerName: "Hadi Santoso",
    visitingSignature: SIGNATURE,
    hostSignerName: "Rina Wati",
    hostSignature: SIGNATURE,
    deskConfirmed: true,
    confirmAboveCeiling: false,
  };

  it("keeps a complete signing, and a draft without signatures", () => {
    expect(checkSigningOffline(complete, null)).toEqual({});
    expect(checkSigningOffline({ ...complete, intent: "draft", visitingSignature: "", hostSignature: "", deskConfirmed: false }, null)).toEqual({});
  });

  it("refuses on the tablet what the server would: missing parties, a bad value, signatures, the desk's confirmation", () => {
    const refused = checkSigningOffline({ ...complete, hostBusinessId: "", value: "banyak", hostSignature: "", deskConfirmed: false }, null);
    expect(refused.hostBusinessId).toEqual(["hostBusinessRequired"]);
    expect(refused.value).toHaveLength(1);
    expect(refused.hostSignature).toEqual(["signatureMissing"]);
    expect(refused.deskConfirmed).toEqual(["deskConfirmationRequired"]);
    expect(Object.keys(refused).sort()).toEqual(["deskConfirmed", "hostBusinessId", "hostSignature", "value"]);
  });

  it("asks for the confirmation above the mission's ceiling", () => {
    expect(checkSigningOffline({ ...complete, value: "2 juta" }, 1_000_000n)).toEqual({ confirmAboveCeiling: ["aboveCeiling"] });
    expect(checkSigningOffline({ ...complete, value: "2 juta", confirmAboveCeiling: true }, 1_000_000n)).toEqual({});
  });
});
