import { describe, expect, it } from "vitest";
import { applyPatch, diffTotals, type Json } from "./totals-patch";

/** A small seeded generator, so a failure names the case that found it. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function randomJson(next: () => number, depth = 0): Json {
  const pick = next();
  if (depth > 3 || pick < 0.35) return [null, true, false, 0, Math.floor(next() * 1000), "", `s${Math.floor(next() * 5)}`][Math.floor(next() * 7)];
  if (pick < 0.65) return Array.from({ length: Math.floor(next() * 5) }, () => randomJson(next, depth + 1));
  const object: Record<string, Json> = {};
  for (let i = Math.floor(next() * 5); i > 0; i--) object[`k${Math.floor(next() * 6)}`] = randomJson(next, depth + 1);
  return object;
}

/** `value` changed a little, the way figures change: some keys and items kept, some changed, added or dropped. */
function mutate(next: () => number, value: Json, depth = 0): Json {
  if (next() < 0.2 || depth > 4) return randomJson(next, depth);
  if (Array.isArray(value)) {
    const list = value.map((item) => (next() < 0.3 ? mutate(next, item, depth + 1) : item));
    if (next() < 0.3) list.unshift(randomJson(next, depth + 1));
    if (next() < 0.3) list.pop();
    return list;
  }
  if (value !== null && typeof value === "object") {
    const object: Record<string, Json> = {};
    for (const [key, item] of Object.entries(value)) if (next() > 0.15) object[key] = next() < 0.4 ? mutate(next, item, depth + 1) : item;
    if (next() < 0.3) object[`k${Math.floor(next() * 9)}`] = randomJson(next, depth + 1);
    return object;
  }
  return randomJson(next, depth);
}

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as Json;

describe("the board's patches", () => {
  it("turn any figure into any other, through JSON as the stream sends them, and leave the old one as it was", () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const next = random(seed);
      const from = randomJson(next);
      const to = mutate(next, from);
      const before = JSON.stringify(from);
      const patch = diffTotals(from, to);
      if (JSON.stringify(from) === JSON.stringify(to)) {
        expect(patch, `seed ${seed}`).toBeUndefined();
        continue;
      }
      expect(patch, `seed ${seed}`).not.toBeUndefined();
      expect(applyPatch(roundTrip(from), roundTrip(patch)), `seed ${seed}`).toEqual(to);
      expect(JSON.stringify(from), `seed ${seed}`).toBe(before);
    }
  });

  it("keep nulls as values and tell a dropped key from a null one", () => {
    const from = { official: { total: "5" }, target: "10", note: null };
    const to = { official: null, note: "x", interim: null };
    const patch = diffTotals(from, to)!;
    expect(patch).toEqual({ official: null, target: { $del: 1 }, note: "x", interim: null });
    expect(applyPatch(from, patch)).toEqual(to);
    expect(Object.keys(applyPatch(from, patch) as object)).not.toContain("target");
  });

  it("send a signing as its few changed figures and the one new line in front of the latest", () => {
    const line = (n: number) => ({
      visiting: `PT Jatim ${n}`,
      host: `CV Kaltim ${n}`,
      category: "SELL",
      value: `${n}000000`,
      signedAt: `2025-05-08T0${n}:00:00.000Z`,
    });
    const totals = (n: number) => ({
      total: `${n}000000`,
      byCategory: { SELL: `${n}000000`, BUY: "0", INVEST: "0" },
      commitments: n,
      bySector: [
        { sector: "Perikanan", total: `${n}000000` },
        { sector: "Kuliner", total: "5" },
      ],
      latest: [n, n - 1, n - 2, n - 3, n - 4].map(line),
      updatedAt: `2025-05-08T0${n}:00:00.000Z`,
    });
    const patch = diffTotals(totals(8), totals(9));
    expect(patch).toEqual({
      total: "9000000",
      byCategory: { SELL: "9000000" },
      commitments: 9,
      bySector: { $len: 2, $at: { 0: { total: "9000000" } } },
      latest: { $len: 5, $pre: [line(9)] },
      updatedAt: "2025-05-08T09:00:00.000Z",
    });
    expect(applyPatch(totals(8), patch!)).toEqual(totals(9));
    expect(JSON.stringify(patch).length).toBeLessThan(JSON.stringify(totals(9)).length / 2);
  });

  it("replace a list whole when that is shorter, and grow or cut one", () => {
    expect(diffTotals([1, 2, 3], [4, 5, 6])).toEqual({ $: [4, 5, 6] });
    const long = { sector: "Industri Pengolahan", total: "1053146943500" };
    expect(diffTotals([long, { a: 2 }], [long])).toEqual({ $len: 1, $at: {} });
    expect(applyPatch([long, { a: 2 }], { $len: 1, $at: {} })).toEqual([long]);
    expect(applyPatch([{ a: 1 }], diffTotals([{ a: 1 }], [{ a: 1 }, { a: 2, b: [1] }])!)).toEqual([{ a: 1 }, { a: 2, b: [1] }]);
    expect(diffTotals({ a: [1] }, { a: [1] })).toBeUndefined();
  });
});
