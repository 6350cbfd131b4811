import { describe, expect, it } from "vitest";
import { minutesOfDay, parseBreaks, roundPlanOf, roundTimes } from "./round-times";

const plan = (extra: Partial<Parameters<typeof roundTimes>[0]> = {}) => ({
  date: "2025-05-08",
  start: "09.00",
  minutes: 20,
  rounds: 4,
  gap: 5,
  breaks: "",
  ...extra,
});
const clock = (d: Date) => d.toISOString().slice(11, 16);

describe("the rounds of the day", () => {
  it("reads times as people write them", () => {
    expect(minutesOfDay("09.00")).toBe(540);
    expect(minutesOfDay("9:05")).toBe(545);
    expect(minutesOfDay("23.59")).toBe(1439);
    expect(minutesOfDay("24.00")).toBeNull();
    expect(minutesOfDay("9.5")).toBeNull();
  });

  it("reads breaks one per line, sorted, and refuses one that ends before it starts", () => {
    expect(parseBreaks("13.00-13.30\n\n 10.00 – 10.15 ")).toEqual({
      ok: true,
      value: [
        { start: 600, end: 615 },
        { start: 780, end: 810 },
      ],
    });
    expect(parseBreaks("12.00 s.d. 13.00")).toEqual({ ok: true, value: [{ start: 720, end: 780 }] });
    expect(parseBreaks("13.00-12.00")).toEqual({ ok: false, error: { key: "breakInvalid", params: { line: "13.00-12.00" } } });
    expect(parseBreaks("siang")).toEqual({ ok: false, error: { key: "breakInvalid", params: { line: "siang" } } });
  });

  it("lays rounds out one after another in the mission's time zone, with the pause between them", () => {
    const result = roundTimes(plan(), "Asia/Makassar");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((r) => [r.number, clock(r.startsAt), clock(r.endsAt)])).toEqual([
      [1, "01:00", "01:20"],
      [2, "01:25", "01:45"],
      [3, "01:50", "02:10"],
      [4, "02:15", "02:35"],
    ]);
    expect(result.value[0].startsAt.toISOString()).toBe(new Date("2025-05-08T09:00:00+08:00").toISOString());
  });

  it("starts a round that would run into a break when the break ends", () => {
    const result = roundTimes(plan({ start: "11.00", minutes: 30, gap: 0, rounds: 4, breaks: "12.00-13.00" }), "Asia/Jakarta");
    expect(result.ok && result.value.map((r) => clock(new Date(r.startsAt.getTime() + 7 * 3_600_000)))).toEqual(["11:00", "11:30", "13:00", "13:30"]);
    const overlapping = roundTimes(plan({ start: "11.50", minutes: 20, gap: 0, rounds: 1, breaks: "12.00-12.30" }), "Asia/Jakarta");
    expect(overlapping.ok && clock(new Date(overlapping.value[0].startsAt.getTime() + 7 * 3_600_000))).toBe("12:30");
  });

  it("refuses a day that is not on the calendar and rounds past midnight", () => {
    expect(roundTimes(plan({ date: "2025-02-30" }), "Asia/Jakarta")).toEqual({ ok: false, fields: { date: ["dateRequired"] } });
    expect(roundTimes(plan({ start: "23.00", minutes: 30, gap: 0, rounds: 3 }), "Asia/Jakarta")).toEqual({
      ok: false,
      fields: { rounds: [{ key: "roundsPastMidnight", params: { count: 2 } }] },
    });
    expect(roundTimes(plan({ breaks: "x" }), "Asia/Jakarta")).toEqual({ ok: false, fields: { breaks: [{ key: "breakInvalid", params: { line: "x" } }] } });
  });
});

describe("the rounds read back", () => {
  it("gives the plan that makes the same rounds again, breaks included", () => {
    const plan = { date: "2025-05-08", start: "08.30", minutes: 20, gap: 5, rounds: 17, breaks: "12.00-13.00" };
    const rounds = roundTimes(plan, "Asia/Makassar");
    if (!rounds.ok) throw new Error("no rounds");
    const read = roundPlanOf(rounds.value, "Asia/Makassar")!;
    expect(read).toEqual({ ...plan, breaks: "11.45-13.00" });
    expect(roundTimes(read, "Asia/Makassar")).toEqual(rounds);
    expect(roundPlanOf([], "Asia/Makassar")).toBeNull();
    const one = roundTimes({ ...plan, rounds: 1, breaks: "" }, "Asia/Jakarta");
    expect(one.ok && roundPlanOf(one.value, "Asia/Jakarta")).toEqual({ ...plan, rounds: 1, gap: 0, breaks: "" });
  });
});
