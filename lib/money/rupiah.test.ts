import { describe, expect, it } from "vitest";
import { inIndonesian } from "@/tests/support/said";
import { MAX_RUPIAH, abbreviateRupiah, amountInWords, formatRupiah, parseRupiah, terbilang } from "./rupiah";

const value = (input: string) => {
  const result = parseRupiah(input);
  if (!result.ok) throw new Error(`${input}: ${JSON.stringify(result.error)}`);
  return result.value;
};
const error = (input: string) => {
  const result = parseRupiah(input);
  if (result.ok) throw new Error(`${input} was accepted as ${result.value}`);
  return inIndonesian(result.error);
};

describe("parseRupiah", () => {
  it.each([
    ["Rp1.053.146.943.500", 1_053_146_943_500n],
    ["1.053.146.943.500", 1_053_146_943_500n],
    ["Rp 1.053.146.943.500", 1_053_146_943_500n],
    ["IDR 1.053.146.943.500", 1_053_146_943_500n],
    ["598,9 miliar", 598_900_000_000n],
    ["598,9 M", 598_900_000_000n],
    ["598,9M", 598_900_000_000n],
    ["598,9 milyar", 598_900_000_000n],
    ["230 juta", 230_000_000n],
    ["250jt", 250_000_000n],
    ["250 JT", 250_000_000n],
    ["1,2 T", 1_200_000_000_000n],
    ["1 triliun", 1_000_000_000_000n],
    ["1,05 triliun", 1_050_000_000_000n],
    ["Rp 5.000.000,-", 5_000_000n],
    ["Rp5.000.000,00", 5_000_000n],
    ["5000000", 5_000_000n],
    ["1.500", 1_500n],
    ["750 ribu", 750_000n],
    ["750rb", 750_000n],
    ["1 miliar 250 juta", 1_250_000_000n],
    ["1.200 miliar", 1_200_000_000_000n],
    ["  Rp.25.000.000  ", 25_000_000n],
    ["1,053146943500 T", 1_053_146_943_500n],
  ])("reads %s", (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it("refuses what is not a positive whole rupiah amount, saying why", () => {
    expect(error("")).toBe("Nilai wajib diisi.");
    expect(error("Rp")).toBe("Nilai wajib diisi.");
    expect(error("-5 juta")).toMatch(/negatif/);
    expect(error("Rp-5.000")).toMatch(/negatif/);
    expect(error("0")).toMatch(/lebih dari nol/);
    expect(error("0,0 miliar")).toMatch(/lebih dari nol/);
    expect(error("1,5")).toMatch(/pecahan/);
    expect(error("5.000.000,50")).toMatch(/pecahan/);
    expect(error("1,0000000001 miliar")).toMatch(/pecahan rupiah/);
    expect(error("abc")).toMatch(/tidak dikenali/);
    expect(error("5 dolar")).toMatch(/Satuan "dolar" tidak dikenali/);
    expect(error("250 juta 1 miliar")).toMatch(/Urutan satuan/);
    expect(error("1 2")).toMatch(/perlu satuan/);
  });

  it("refuses ambiguous input rather than guessing", () => {
    // A decimal point: the suggestion keeps the unit that was typed (never a 1000× slip of its own).
    expect(error("1.5 miliar")).toBe('"1.5" bisa berarti dua hal. Tulis desimal dengan koma (mis. 1,5 miliar) atau ribuan dengan titik (mis. 1.500.000).');
    expect(error("12.5 juta")).toBe('"12.5" bisa berarti dua hal. Tulis desimal dengan koma (mis. 12,5 juta) atau ribuan dengan titik (mis. 1.500.000).');
    expect(error("2.5 jt")).toMatch(/\(mis\. 2,5 jt\)/);
    // Without a unit, rupiah has no decimals: it is read as bad grouping.
    expect(error("1.5")).toMatch(/bukan angka yang sah. Titik memisahkan ribuan/);
    expect(error("1,500")).toMatch(/bisa berarti dua hal/);
    expect(error("1.50.000")).toMatch(/bukan angka yang sah/);
    expect(error("1,053,146,943,500")).toMatch(/pemisah ribuan/);
  });

  it("refuses a unit said twice or out of order: a typo never becomes a value", () => {
    expect(error("1 juta 1 juta")).toBe(inIndonesian("amountUnitOrder"));
    expect(error("2 miliar 3 miliar")).toBe(inIndonesian("amountUnitOrder"));
    expect(error("500 juta 2 miliar")).toBe(inIndonesian("amountUnitOrder"));
  });

  it("refuses absurd amounts, which are unit slips", () => {
    expect(value("1.000 triliun")).toBe(MAX_RUPIAH);
    expect(error("1.001 triliun")).toMatch(/terlalu besar/);
    expect(error("1.053.146.943.500 miliar")).toMatch(/terlalu besar/);
  });
});

describe("formatRupiah", () => {
  it("groups thousands with dots", () => {
    expect(formatRupiah(1_053_146_943_500n)).toBe("Rp1.053.146.943.500");
    expect(formatRupiah(500n)).toBe("Rp500");
    expect(formatRupiah(0n)).toBe("Rp0");
    expect(abbreviateRupiah(0n)).toBe("Rp0");
    expect(formatRupiah(-2_500n)).toBe("-Rp2.500");
  });

  it("is exact beyond a float's precision", () => {
    expect(formatRupiah(9_007_199_254_740_993n)).toBe("Rp9.007.199.254.740.993");
  });
});

describe("abbreviateRupiah", () => {
  it("writes the short forms officials announce", () => {
    expect(abbreviateRupiah(1_053_146_943_500n)).toBe("Rp1,05 triliun");
    expect(abbreviateRupiah(598_941_200_000n)).toBe("Rp598,9 miliar");
    expect(abbreviateRupiah(230_000_000_000n)).toBe("Rp230 miliar");
    expect(abbreviateRupiah(230_118_750_000n, { fractionDigits: 0 })).toBe("Rp230 miliar");
    expect(abbreviateRupiah(224_086_993_500n, { fractionDigits: 0 })).toBe("Rp224 miliar");
    expect(abbreviateRupiah(250_000_000n)).toBe("Rp250 juta");
    expect(abbreviateRupiah(1_500_000n)).toBe("Rp1,5 juta");
  });

  it("rounds half up and moves to the next unit when rounding reaches it", () => {
    expect(abbreviateRupiah(598_950_000_000n)).toBe("Rp599 miliar");
    expect(abbreviateRupiah(598_949_999_999n)).toBe("Rp598,9 miliar");
    expect(abbreviateRupiah(999_960_000_000n)).toBe("Rp1 triliun");
    expect(abbreviateRupiah(999_960_000n)).toBe("Rp1 miliar");
    expect(abbreviateRupiah(1_000_000_000_000n)).toBe("Rp1 triliun");
    expect(abbreviateRupiah(1_995_000_000_000n)).toBe("Rp2 triliun");
    expect(abbreviateRupiah(12_340_000_000_000n)).toBe("Rp12,34 triliun");
  });

  it("never calls a miliar figure juta", () => {
    for (const amount of [1_000_000_000n, 598_900_000_000n, 999_000_000_000n]) {
      expect(abbreviateRupiah(amount)).toMatch(/miliar$/);
    }
    expect(abbreviateRupiah(999_000_000n)).toBe("Rp999 juta");
  });

  it("writes amounts under a million in full", () => {
    expect(abbreviateRupiah(750_000n)).toBe("Rp750.000");
    expect(abbreviateRupiah(500n)).toBe("Rp500");
  });
});

describe("terbilang", () => {
  it("spells the Balikpapan total", () => {
    expect(terbilang(1_053_146_943_500n)).toBe(
      "satu triliun lima puluh tiga miliar seratus empat puluh enam juta sembilan ratus empat puluh tiga ribu lima ratus rupiah",
    );
  });

  it.each([
    [1n, "satu rupiah"],
    [10n, "sepuluh rupiah"],
    [11n, "sebelas rupiah"],
    [12n, "dua belas rupiah"],
    [19n, "sembilan belas rupiah"],
    [20n, "dua puluh rupiah"],
    [100n, "seratus rupiah"],
    [101n, "seratus satu rupiah"],
    [111n, "seratus sebelas rupiah"],
    [1_000n, "seribu rupiah"],
    [1_001n, "seribu satu rupiah"],
    [2_000n, "dua ribu rupiah"],
    [11_000n, "sebelas ribu rupiah"],
    [100_000n, "seratus ribu rupiah"],
    [1_000_000n, "satu juta rupiah"],
    [1_001_000n, "satu juta seribu rupiah"],
    [5_000_000n, "lima juta rupiah"],
    [1_000_000_000n, "satu miliar rupiah"],
    [598_900_000_000n, "lima ratus sembilan puluh delapan miliar sembilan ratus juta rupiah"],
    [1_000_000_000_000n, "satu triliun rupiah"],
    [0n, "nol rupiah"],
  ])("spells %s", (amount, words) => {
    expect(terbilang(amount)).toBe(words);
  });
});

describe("in English", () => {
  it("groups with commas and marks decimals with a point", () => {
    expect(formatRupiah(1_053_146_943_500n, "en")).toBe("Rp1,053,146,943,500");
    expect(abbreviateRupiah(598_941_200_000n, { locale: "en" })).toBe("Rp598.9 billion");
    expect(abbreviateRupiah(1_053_146_943_500n, { locale: "en" })).toBe("Rp1.05 trillion");
    expect(abbreviateRupiah(250_000_000n, { locale: "en" })).toBe("Rp250 million");
    expect(abbreviateRupiah(999_960_000_000n, { locale: "en" })).toBe("Rp1 trillion");
  });

  it("spells amounts out on the short scale", () => {
    expect(amountInWords(1_053_146_943_500n, "en")).toBe(
      "one trillion fifty-three billion one hundred forty-six million nine hundred forty-three thousand five hundred rupiah",
    );
    expect(amountInWords(2_000_000_000_000n, "en")).toBe("two trillion rupiah");
    expect(amountInWords(0n, "en")).toBe("zero rupiah");
    expect(amountInWords(1_011n, "id")).toBe(terbilang(1_011n));
  });

  it("says ten to nineteen as English does, wherever they stand", () => {
    expect(amountInWords(615_000_000n, "en")).toBe("six hundred fifteen million rupiah");
    expect(amountInWords(13_000n, "en")).toBe("thirteen thousand rupiah");
    expect(amountInWords(1_019n, "en")).toBe("one thousand nineteen rupiah");
    expect(amountInWords(10n, "en")).toBe("ten rupiah");
    expect(amountInWords(11_012n, "en")).toBe("eleven thousand twelve rupiah");
  });
});

// Each rule of the reader, at its edge: what a mutation run found no test for.
describe("parseRupiah, rule by rule", () => {
  const code = (input: string) => {
    const result = parseRupiah(input);
    return result.ok ? result.value : result.error;
  };
  it.each([
    ["", "amountRequired"],
    ["Rp", "amountRequired"],
    // A no-break space (pasted from a document) separates like a space: two numbers need their units.
    ["1\u00a0000", "amountNeedsUnits"],
    ["Rp ,-", "amountRequired"],
    ["IDR-5000", "amountNegative"],
    ["rp -5000", "amountNegative"],
    ["Rp.-5000", "amountNegative"],
    ["idr  -1", "amountNegative"],
    ["abc", "amountUnreadable"],
    ["5 juta!", "amountUnreadable"],
    ["5,-000", "amountUnreadable"],
    ["1 juta rp -5", "amountUnreadable"],
    ["1 juta idr -5", "amountUnreadable"],
    ["5000 rp", { key: "amountUnknownUnit", params: { unit: "rp" } }],
    ["12.55 juta", { key: "amountAmbiguousDecimal", params: { number: "12.55", decimal: "12,55 juta" } }],
    ["1.12.5 juta", { key: "amountBadGrouping", params: { number: "1.12.5" } }],
    ["12.5555 juta", { key: "amountBadGrouping", params: { number: "12.5555" } }],
    ["1,5.5 juta", { key: "amountNotANumber", params: { number: "1,5.5" } }],
    ["1,1500", "amountNoCents"],
    ["5.000,50", "amountNoCents"],
    ["1.000,500", "amountNoCents"],
    ["1,2345678 juta", { key: "amountFraction", params: { number: "1,2345678" } }],
  ])("%s is refused: %j", (input, expected) => {
    expect(code(input)).toEqual(expected);
  });
  it.each([
    ["Rp 5.000.000,-", 5_000_000n],
    ["rp.5000", 5_000n],
    ["IDR 5000", 5_000n],
    ["5.000,-", 5_000n],
    ["5000", 5_000n],
    ["1,500 juta", 1_500_000n],
    ["2,5 miliar", 2_500_000_000n],
  ])("%s is %d", (input, expected) => {
    expect(code(input)).toBe(expected);
  });
});

describe("the short form and the words, at their edges", () => {
  it("writes zero without a sign, and a negative amount with one", () => {
    expect(formatRupiah(0n)).toBe("Rp0");
    expect(abbreviateRupiah(0n)).toBe("Rp0");
    expect(abbreviateRupiah(-1_500_000_000n)).toBe("-Rp1,5 miliar");
    expect(terbilang(-5_000n)).toBe("minus lima ribu rupiah");
    expect(amountInWords(-5_000n, "en")).toBe("minus five thousand rupiah");
  });
  it("refuses to spell an amount past its largest unit, in either language", () => {
    expect(() => terbilang(10n ** 18n)).toThrow(new RangeError("Nilai terlalu besar untuk dieja."));
    expect(() => amountInWords(10n ** 18n, "en")).toThrow(new RangeError("Amount too large to spell out."));
    expect(terbilang(10n ** 18n - 1n)).toMatch(/^sembilan ratus sembilan puluh sembilan kuadriliun/);
  });
  it("spells round tens in English without a dangling hyphen", () => {
    expect(amountInWords(20n, "en")).toBe("twenty rupiah");
    expect(amountInWords(30n, "en")).toBe("thirty rupiah");
    expect(amountInWords(120n, "en")).toBe("one hundred twenty rupiah");
    expect(amountInWords(21n, "en")).toBe("twenty-one rupiah");
  });
});
