import { describe, expect, it } from "vitest";
import { checkShownFigures, interimPressFiguresOf, pressFiguresOf, pressSummary, type PressFigures } from "./press-summary";
import type { Recap } from "./recap";

const balikpapan: PressFigures = {
  eventName: "Misi Dagang Jawa Timur – Kalimantan Timur",
  city: "Balikpapan",
  startsAt: new Date("2025-05-08T00:00:00.000Z"),
  timeZone: "Asia/Makassar",
  visitingShortName: "Jatim",
  hostShortName: "Kaltim",
  final: true,
  total: 1_053_146_943_500n,
  // Within the million of the published Rp598,953 / 230,099 / 224,094 miliar, together the exact total.
  byCategory: { SELL: 598_953_400_000n, BUY: 230_099_300_000n, INVEST: 224_094_243_500n },
  commitments: 160,
  agreements: 10,
  agreementParties: { PERANGKAT_DAERAH: 6, BUMD: 10, ASOSIASI: 4, LAINNYA: 0 },
};
const figures = (total: bigint, byCategory: PressFigures["byCategory"], extra: Partial<PressFigures> = {}) => ({ ...balikpapan, total, byCategory, ...extra });

describe("pressSummary", () => {
  it("writes the Balikpapan paragraph the way officials announce it", () => {
    expect(pressSummary(balikpapan, "id")).toBe(
      "Misi Dagang Jawa Timur – Kalimantan Timur di Balikpapan pada Kamis, 8 Mei 2025 mencatat total transaksi final Rp1.053.146.943.500 (Rp1,05 triliun), terdiri dari Jatim menjual Rp598,953 miliar, Jatim membeli Rp230,099 miliar, dan Jatim berinvestasi Rp224,094 miliar, dari 160 komitmen yang ditandatangani pelaku usaha Jatim dan Kaltim. Selain itu, ditandatangani 10 perjanjian kerja sama (PKS) oleh 6 perangkat daerah, 10 BUMD, dan 4 asosiasi kedua provinsi.",
    );
  });

  it("writes it in English with English separators and units", () => {
    expect(pressSummary(balikpapan, "en")).toBe(
      "Misi Dagang Jawa Timur – Kalimantan Timur in Balikpapan on Thursday, 8 May 2025 recorded final transactions of Rp1,053,146,943,500 (Rp1.05 trillion), consisting of Jatim sales of Rp598.953 billion, Jatim purchases of Rp230.099 billion and Jatim investment of Rp224.094 billion, from 160 commitments signed by businesses of Jatim and Kaltim. In addition, 6 regional agencies, 10 regional companies (BUMD) and 4 associations of the two provinces signed 10 cooperation agreements (PKS).",
    );
  });

  it("never calls a miliar figure juta", () => {
    const text = pressSummary(balikpapan, "id");
    expect(text).not.toMatch(/juta/);
    expect(pressSummary(balikpapan, "en")).not.toMatch(/million/);
  });

  it("says provisional before the official figure is frozen", () => {
    expect(pressSummary({ ...balikpapan, final: false }, "id")).toContain("total transaksi sementara Rp1.053.146.943.500");
    expect(pressSummary({ ...balikpapan, final: false }, "en")).toContain("recorded provisional transactions");
  });

  it("says the time of an interim figure, as the midday release did", () => {
    const midday = figures(
      834_496_700_000n,
      { SELL: 500_400_000_000n, BUY: 190_096_700_000n, INVEST: 144_000_000_000n },
      {
        final: false,
        interimAt: new Date("2025-05-08T04:00:00Z"),
        commitments: 43,
        agreements: 0,
      },
    );
    expect(pressSummary(midday, "id")).toContain(
      "mencatat total transaksi sementara hingga pukul 12.00 WITA Rp834.496.700.000 (Rp834,5 miliar), terdiri dari Jatim menjual Rp500,4 miliar, Jatim membeli Rp190,097 miliar, dan Jatim berinvestasi Rp144 miliar, dari 43 komitmen",
    );
    expect(pressSummary(midday, "id")).not.toContain("Selain itu");
    expect(pressSummary(midday, "en")).toContain("recorded provisional transactions up to 12:00 WITA of Rp834,496,700,000 (Rp834.5 billion)");
  });

  it("states exact trillions without decimals", () => {
    const text = pressSummary(figures(3_000_000_000_000n, { SELL: 2_000_000_000_000n, BUY: 1_000_000_000_000n, INVEST: 0n }), "id");
    expect(text).toContain("Rp3.000.000.000.000 (Rp3 triliun), terdiri dari Jatim menjual Rp2 triliun dan Jatim membeli Rp1 triliun,");
    expect(text).not.toContain("berinvestasi");
  });

  it("writes sub-million amounts in full, with no unit", () => {
    const text = pressSummary(figures(1_250_000n, { SELL: 750_000n, BUY: 500_000n, INVEST: 0n }, { commitments: 2, agreements: 0 }), "id");
    expect(text).toContain("Rp1.250.000 (Rp1,3 juta), terdiri dari Jatim menjual Rp750.000 dan Jatim membeli Rp500.000, dari 2 komitmen");
    expect(text).not.toContain("Selain itu");
    expect(pressSummary(figures(999_999n, { SELL: 0n, BUY: 0n, INVEST: 999_999n }, { commitments: 1 }), "en")).toContain(
      "Rp999,999 (Rp999,999), consisting of Jatim investment of Rp999,999, from 1 commitment signed",
    );
  });

  it("mixes units when categories differ in size, each one right", () => {
    const text = pressSummary(figures(1_000_250_000_000n, { SELL: 1_000_000_000_000n, BUY: 250_000_000n, INVEST: 0n }), "id");
    expect(text).toContain("Jatim menjual Rp1 triliun dan Jatim membeli Rp250 juta");
  });

  it("says so when nothing was signed yet", () => {
    expect(pressSummary(figures(0n, { SELL: 0n, BUY: 0n, INVEST: 0n }, { final: false }), "id")).toBe(
      "Misi Dagang Jawa Timur – Kalimantan Timur di Balikpapan pada Kamis, 8 Mei 2025 belum mencatat transaksi.",
    );
  });

  it("never prints a figure its guard cannot vouch for", () => {
    // Thousands of triliun would be written grouped with a unit word: refused, not printed.
    const absurd = 1_234_000_000_000_000_000n;
    expect(() => pressSummary(figures(absurd, { SELL: absurd, BUY: 0n, INVEST: 0n }), "id")).toThrow(/pemisah ribuan sekaligus kata satuan/);
  });

  it("refuses figures whose categories do not make the total", () => {
    expect(() => pressSummary(figures(1_053_146_943_500n, { SELL: 598_900_000_000n, BUY: 230_000_000_000n, INVEST: 224_000_000_000n }), "id")).toThrow(
      /tidak sama dengan total/,
    );
  });
});

describe("checkShownFigures", () => {
  const total = 1_053_146_943_500n;
  const right = [
    { value: 598_953_400_000n, text: "Rp598,953 miliar" },
    { value: 230_099_300_000n, text: "Rp230,099 miliar" },
    { value: 224_094_243_500n, text: "Rp224,094 miliar" },
  ];

  it("accepts the announced categories", () => {
    expect(checkShownFigures(total, right, "id")).toBeNull();
  });

  it("catches the official site's juta for miliar", () => {
    expect(checkShownFigures(total, [{ ...right[0], text: "Rp598,9 juta" }, right[1], right[2]], "id")).toMatch(/periksa satuannya/);
  });

  it("catches a figure rounded past what it shows", () => {
    expect(checkShownFigures(total, [{ ...right[0], text: "Rp598 miliar" }, right[1], right[2]], "id")).toMatch(/bukan Rp598\.953\.400\.000/);
  });

  it("accepts the parts at one decimal too, as long as they make the total within what they show", () => {
    const oneDecimal = [
      { value: right[0].value, text: "Rp599 miliar" },
      { value: right[1].value, text: "Rp230,1 miliar" },
      { value: right[2].value, text: "Rp224,1 miliar" },
    ];
    expect(checkShownFigures(total, oneDecimal, "id")).toBeNull();
  });

  it("refuses a number grouped in thousands with a unit word, as another outlet printed the midday figure", () => {
    expect(checkShownFigures(834_496_700_000n, [{ value: 834_496_700_000n, text: "Rp834.496.700 Miliar" }], "id")).toMatch(
      /pemisah ribuan sekaligus kata satuan/,
    );
    expect(checkShownFigures(834_496_700_000n, [{ value: 834_496_700_000n, text: "Rp834,497 Miliar" }], "id")).toBeNull();
  });

  it("catches categories that leave part of the total out", () => {
    expect(checkShownFigures(total, right.slice(0, 2), "id")).toMatch(/tidak berjumlah/);
  });

  it("reads English figures with English separators", () => {
    expect(
      checkShownFigures(
        total,
        right.map((r) => ({ value: r.value, text: r.text.replace(",", ".").replace("miliar", "billion") })),
        "en",
      ),
    ).toBeNull();
  });
});

describe("the paragraph's words, exactly", () => {
  it("counts one of each in English in the singular, and other parties too", () => {
    const single = figures(5_000_000n, { SELL: 5_000_000n, BUY: 0n, INVEST: 0n }, {
      commitments: 1,
      agreements: 1,
      agreementParties: { PERANGKAT_DAERAH: 1, BUMD: 1, ASOSIASI: 1, LAINNYA: 1 },
    });
    expect(pressSummary(single, "en")).toBe(
      "Misi Dagang Jawa Timur – Kalimantan Timur in Balikpapan on Thursday, 8 May 2025 recorded final transactions of Rp5,000,000 (Rp5 million), consisting of Jatim sales of Rp5 million, from 1 commitment signed by businesses of Jatim and Kaltim. In addition, 1 regional agency, 1 regional company (BUMD), 1 association and 1 other party of the two provinces signed 1 cooperation agreement (PKS).",
    );
    expect(pressSummary({ ...single, agreements: 2, agreementParties: { PERANGKAT_DAERAH: 0, BUMD: 0, ASOSIASI: 0, LAINNYA: 2 } }, "en")).toContain(
      "In addition, 2 other parties of the two provinces signed 2 cooperation agreements (PKS).",
    );
    expect(pressSummary({ ...single, agreements: 1, agreementParties: { PERANGKAT_DAERAH: 0, BUMD: 0, ASOSIASI: 0, LAINNYA: 1 } }, "id")).toBe(
      "Misi Dagang Jawa Timur – Kalimantan Timur di Balikpapan pada Kamis, 8 Mei 2025 mencatat total transaksi final Rp5.000.000 (Rp5 juta), terdiri dari Jatim menjual Rp5 juta, dari 1 komitmen yang ditandatangani pelaku usaha Jatim dan Kaltim. Selain itu, ditandatangani 1 perjanjian kerja sama (PKS) oleh 1 pihak lain kedua provinsi.",
    );
  });

  it("ends at the commitments when no agreement was signed, in either language", () => {
    const none = figures(5_000_000n, { SELL: 0n, BUY: 5_000_000n, INVEST: 0n }, { commitments: 2, agreements: 0 });
    expect(pressSummary(none, "en")).toBe(
      "Misi Dagang Jawa Timur – Kalimantan Timur in Balikpapan on Thursday, 8 May 2025 recorded final transactions of Rp5,000,000 (Rp5 million), consisting of Jatim purchases of Rp5 million, from 2 commitments signed by businesses of Jatim and Kaltim.",
    );
    expect(pressSummary(none, "id")).toBe(
      "Misi Dagang Jawa Timur – Kalimantan Timur di Balikpapan pada Kamis, 8 Mei 2025 mencatat total transaksi final Rp5.000.000 (Rp5 juta), terdiri dari Jatim membeli Rp5 juta, dari 2 komitmen yang ditandatangani pelaku usaha Jatim dan Kaltim.",
    );
    expect(pressSummary(figures(0n, { SELL: 0n, BUY: 0n, INVEST: 0n }), "en")).toBe(
      "Misi Dagang Jawa Timur – Kalimantan Timur in Balikpapan on Thursday, 8 May 2025 has not recorded any transactions yet.",
    );
  });
});

describe("reading a shown figure back", () => {
  it("lets a figure sit exactly half its last digit off, as rounding does, and no further", () => {
    // "Rp598,953 miliar" stands for 598.952.500.000 up to 598.953.500.000.
    expect(checkShownFigures(598_953_500_000n, [{ value: 598_953_500_000n, text: "Rp598,953 miliar" }], "id")).toBeNull();
    expect(checkShownFigures(598_952_500_000n, [{ value: 598_952_500_000n, text: "Rp598,953 miliar" }], "id")).toBeNull();
    expect(checkShownFigures(598_953_500_001n, [{ value: 598_953_500_001n, text: "Rp598,953 miliar" }], "id")).toMatch(/periksa satuannya/);
    // Too large is caught as well as too small.
    expect(checkShownFigures(598_900_000_000n, [{ value: 598_900_000_000n, text: "Rp600 miliar" }], "id")).toMatch(/periksa satuannya/);
  });

  it("lets the parts' sum sit exactly as far from the total as their roundings allow, and no further", () => {
    const parts = [
      { value: 1_500_000n, text: "Rp2 juta" },
      { value: 2_500_000n, text: "Rp3 juta" },
    ];
    // Shown 5 juta, each within half a juta: the total may be 4 to 6 juta.
    expect(checkShownFigures(4_000_000n, parts, "id")).toBeNull();
    expect(checkShownFigures(3_999_999n, parts, "id")).toMatch(/tidak berjumlah Rp3\.999\.999/);
  });

  it("refuses what cannot be read one way: no Rp, words around it, no digits before the mark, two marks, an unknown unit, more decimals than the unit has", () => {
    for (const text of ["598,9 miliar", "sekitar Rp598,9 miliar", "Rp598,9 miliar lebih", "Rp,5 miliar", "Rp5 ribuan", "Rp5,5", "Rp1,2345 ribu", "Rp1,2,3 miliar", "Rp1,,2 miliar"])
      expect(checkShownFigures(1n, [{ value: 1n, text }], "id"), text).toBe(`Angka "${text}" tidak terbaca.`);
  });
});

describe("the press figures of a recap", () => {
  const recap = (official: boolean, interim: boolean) =>
    ({
      sides: [
        { role: "HOST", code: "KALTIM", shortName: "Kaltim", province: "Kalimantan Timur" },
        { role: "VISITING", code: "JATIM", shortName: "Jatim", province: "Jawa Timur" },
      ],
      totals: {
        event: { name: "Misi", city: "Balikpapan", startsAt: new Date("2025-05-08T00:00:00Z"), timeZone: "Asia/Makassar" },
        total: 30n,
        byCategory: { SELL: 10n, BUY: 10n, INVEST: 10n },
        commitments: 3,
        agreements: 2,
        agreementParties: { PERANGKAT_DAERAH: 2, BUMD: 0, ASOSIASI: 0, LAINNYA: 0 },
        official: official ? { total: 20n, byCategory: { SELL: 20n, BUY: 0n, INVEST: 0n }, commitments: 2, agreements: 1 } : null,
        interim: interim ? { asOf: new Date("2025-05-08T04:00:00Z"), total: 5n, byCategory: { SELL: 5n, BUY: 0n, INVEST: 0n }, commitments: 1 } : null,
      },
    }) as unknown as Recap;

  it("states the frozen official figure once there is one, else the running ledger, each side named by its role", () => {
    expect(pressFiguresOf(recap(true, false))).toMatchObject({ visitingShortName: "Jatim", hostShortName: "Kaltim", final: true, total: 20n, commitments: 2, agreements: 1 });
    expect(pressFiguresOf(recap(false, false))).toMatchObject({ final: false, total: 30n, commitments: 3, agreements: 2, city: "Balikpapan" });
    expect(pressFiguresOf({ ...recap(false, false), sides: [] } as Recap)).toMatchObject({ visitingShortName: "", hostShortName: "" });
    // Whatever order the sides come in.
    expect(pressFiguresOf({ ...recap(false, false), sides: [...recap(false, false).sides].reverse() } as Recap)).toMatchObject({
      visitingShortName: "Jatim",
      hostShortName: "Kaltim",
    });
  });

  it("gives the interim announcement a paragraph of its own, never final and with no agreements", () => {
    expect(interimPressFiguresOf(recap(true, false))).toBeNull();
    expect(interimPressFiguresOf(recap(true, true))).toMatchObject({ final: false, total: 5n, commitments: 1, agreements: 0, interimAt: new Date("2025-05-08T04:00:00Z") });
  });
});
