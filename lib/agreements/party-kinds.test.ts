import { expect, it } from "vitest";
import { partiesByKind } from "./party-kinds";

it("says the kinds that have parties, in the releases' order, and leaves out the empty ones", () => {
  const say = (kind: string, count: number) => `${count} ${kind}`;
  expect(partiesByKind({ LAINNYA: 1, ASOSIASI: 4, BUMD: 10, PERANGKAT_DAERAH: 6 }, say)).toBe("6 PERANGKAT_DAERAH · 10 BUMD · 4 ASOSIASI · 1 LAINNYA");
  expect(partiesByKind({ LAINNYA: 0, ASOSIASI: 2, BUMD: 0, PERANGKAT_DAERAH: 0 }, say)).toBe("2 ASOSIASI");
  expect(partiesByKind({ LAINNYA: 0, ASOSIASI: 0, BUMD: 0, PERANGKAT_DAERAH: 0 }, say)).toBe("");
});
