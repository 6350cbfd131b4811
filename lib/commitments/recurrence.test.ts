import { expect, it } from "vitest";
import { newIdempotencyKey } from "./new-key";
import { periodPhrase, type PeriodWords } from "./recurrence";

const words: PeriodWords = (key, values) => ({ perMONTHLY: "per bulan", perYEARLY: "per tahun", forYears: `selama ${values?.years} tahun` })[key];

it("says a recurring value's period, with its years when the parties gave them; nothing for a one-off", () => {
  expect(periodPhrase(words, "ONE_OFF", 3)).toBe("");
  expect(periodPhrase(words, "MONTHLY", null)).toBe("per bulan");
  expect(periodPhrase(words, "YEARLY", null)).toBe("per tahun");
  expect(periodPhrase(words, "YEARLY", 3)).toBe("per tahun, selama 3 tahun");
  expect(periodPhrase(words, "MONTHLY", 2)).toBe("per bulan, selama 2 tahun");
});

it("a signing form's idempotency key is 32 hexadecimal digits, never the same twice", () => {
  // Every byte is written with both its digits, a leading zero included: always 32 of them.
  const keys = Array.from({ length: 200 }, newIdempotencyKey);
  for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
  expect(new Set(keys).size).toBe(keys.length);
});
