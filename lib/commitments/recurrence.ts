// How a recurring deal's value is said: "Rp124.000.000.000 per tahun, selama 3 tahun". The value
// signed is one period's, as announced, and that is what the total counts. Plain module: the words
// come from the messages (`recurrences`), passed in by whoever speaks (a page, the letter, an export).
import type { RecurrenceCode } from "./rules";

export type PeriodWords = (key: "perMONTHLY" | "perYEARLY" | "forYears", values?: { years: number }) => string;

/** "per tahun, selama 3 tahun" for a recurring value; "" for a one-off. */
export function periodPhrase(words: PeriodWords, recurrence: RecurrenceCode, years: number | null): string {
  if (recurrence === "ONE_OFF") return "";
  const per = words(recurrence === "MONTHLY" ? "perMONTHLY" : "perYEARLY");
  return years ? `${per}, ${words("forYears", { years })}` : per;
}
