import { expect, it } from "vitest";
import { isCalendarDateTime } from "./datetime";

it("a local date and time is one the calendar has, written as a datetime-local input writes it", () => {
  for (const good of ["2025-05-08T12:00", "2024-02-29T23:59", "2026-12-31T00:00"]) expect(isCalendarDateTime(good), good).toBe(true);
  for (const bad of [
    "2026-02-30T12:00",
    "2025-02-29T12:00",
    "2026-13-01T12:00",
    "2026-01-01T24:00",
    "2026-01-01T12:60",
    "2026-1-01T12:00",
    "2026-01-01 12:00",
    "2026-01-01T12:00:00",
    "",
    "12.00",
  ])
    expect(isCalendarDateTime(bad), bad).toBe(false);
});
