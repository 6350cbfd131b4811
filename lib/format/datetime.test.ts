import { expect, it } from "vitest";
import { seededRandom } from "@/lib/random";
import { EVENT_TIME_ZONES, isCalendarDateTime, localIsoDateTime, utcOffset } from "./datetime";

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

it("a moment's wall-clock time in a zone is the one Intl gives, for Indonesia's zones and any other", () => {
  const random = seededRandom(20250508).next;
  const intl = (date: Date, timeZone: string) =>
    new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "medium", timeZone }).format(date).replace(" ", "T");
  // Indonesia's zones, and zones with daylight saving or a quarter-hour offset (read through Intl).
  for (const zone of ["Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura", "Europe/Amsterdam", "Asia/Kathmandu", "America/St_Johns"])
    for (let i = 0; i < 300; i++) {
      // From 1990 to 2050, to the millisecond: the seconds are cut, never rounded up.
      const date = new Date(Date.UTC(1990, 0, 1) + Math.floor(random() * 60 * 365.25 * 86_400_000));
      expect(localIsoDateTime(date, zone), `${date.toISOString()} ${zone}`).toBe(intl(date, zone));
    }
  expect(localIsoDateTime(new Date("2025-05-08T01:12:05.999Z"), "Asia/Makassar")).toBe("2025-05-08T09:12:05");
  expect(localIsoDateTime(new Date("2025-12-31T17:00:00Z"), "Asia/Jakarta")).toBe("2026-01-01T00:00:00");
  expect(localIsoDateTime(new Date("2025-12-31T14:59:59Z"), "Asia/Jayapura")).toBe("2025-12-31T23:59:59");
});

it("a zone's UTC offset turns its wall-clock time into the moment it names (WIB, WITA, WIT)", () => {
  expect(["Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"].map((zone) => utcOffset(zone))).toEqual(["+07:00", "+07:00", "+08:00", "+09:00"]);
  for (const zone of EVENT_TIME_ZONES) expect(localIsoDateTime(new Date(`2025-05-08T09:12:05${utcOffset(zone)}`), zone), zone).toBe("2025-05-08T09:12:05");
  // Other zones as Intl reads them, at the moment asked (daylight saving, quarter hours, west of UTC).
  expect(utcOffset("Europe/Amsterdam", new Date("2025-07-01T12:00:00Z"))).toBe("+02:00");
  expect(utcOffset("Europe/Amsterdam", new Date("2025-01-01T12:00:00Z"))).toBe("+01:00");
  expect(utcOffset("Asia/Kathmandu")).toBe("+05:45");
  expect(utcOffset("America/St_Johns", new Date("2025-01-01T12:00:00Z"))).toBe("-03:30");
  expect(utcOffset("UTC")).toBe("+00:00");
  for (const zone of ["Europe/Amsterdam", "Asia/Kathmandu", "America/St_Johns"]) {
    const moment = new Date("2025-05-08T01:12:05Z");
    expect(new Date(`${localIsoDateTime(moment, zone)}${utcOffset(zone, moment)}`).getTime(), zone).toBe(moment.getTime());
  }
  // A name that is no zone is refused, not read as WIB ("constructor" is no key of the table either).
  expect(() => utcOffset("Asia/Unknown")).toThrow(RangeError);
  expect(() => utcOffset("constructor")).toThrow(RangeError);
});
