// Dates and times are shown in the event's own time zone, labelled the way Indonesians read them
// (WIB/WITA/WIT in either language), with the day and month names of the reader's language.
import { INTL_TAG, type Locale } from "@/lib/i18n/locale";

const ZONE_LABELS: Record<string, string> = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

// Indonesia keeps no daylight saving: each zone is a fixed number of hours ahead of UTC.
const ZONE_HOURS = new Map([
  ["Asia/Jakarta", 7],
  ["Asia/Pontianak", 7],
  ["Asia/Makassar", 8],
  ["Asia/Jayapura", 9],
]);

/** The zones a mission can be run in: WIB, WITA, WIT. */
export const EVENT_TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;

/** WIB, the organizers' home zone: for what belongs to no mission (accounts, sign-in attempts). */
export const STAFF_TIME_ZONE = "Asia/Jakarta";

// Intl's formatters for zones outside the table, made once per zone and use: making one costs far more than using it.
const FORMATS = new Map<string, Intl.DateTimeFormat>();
const ZONE_FORMATS = {
  offset: (timeZone: string) => new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }),
  // Sweden's format is ISO 8601's.
  wallClock: (timeZone: string) => new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "medium", timeZone }),
};
function zoneFormat(use: keyof typeof ZONE_FORMATS, timeZone: string): Intl.DateTimeFormat {
  const key = `${use} ${timeZone}`;
  let format = FORMATS.get(key);
  if (!format) FORMATS.set(key, (format = ZONE_FORMATS[use](timeZone)));
  return format;
}

/**
 * The zone's UTC offset at a moment ("+08:00"), for turning a wall-clock time in that zone into an
 * instant. Indonesia's zones by table, any other through Intl, as localIsoDateTime reads them; a name
 * that is no zone throws, as Intl does.
 */
export function utcOffset(timeZone: string, at: Date = new Date()): string {
  const hours = ZONE_HOURS.get(timeZone);
  if (hours !== undefined) return `+${String(hours).padStart(2, "0")}:00`;
  // "GMT+05:45", or "GMT" alone at UTC.
  const name =
    zoneFormat("offset", timeZone)
      .formatToParts(at)
      .find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  return name === "GMT" ? "+00:00" : name.slice(3);
}

export function zoneLabel(timeZone: string): string {
  return ZONE_LABELS[timeZone] ?? timeZone;
}

/** "2026-02-12T09:00" names a real moment of the calendar (30 February and 25.00 do not: Date would roll them over). */
export function isCalendarDateTime(local: string): boolean {
  const read = new Date(`${local}:00Z`);
  return !Number.isNaN(read.getTime()) && read.toISOString().slice(0, 16) === local;
}

/** "2025-05-08T09:12:05": the wall-clock time in the zone, sortable, the same in every language (forms, exports). */
export function localIsoDateTime(date: Date, timeZone: string): string {
  // Indonesia's zones by arithmetic: Intl's formatter took a tenth of a 100,000-row export's time.
  const hours = ZONE_HOURS.get(timeZone);
  if (hours !== undefined) return new Date(date.getTime() + hours * 3_600_000).toISOString().slice(0, 19);
  return zoneFormat("wallClock", timeZone).format(date).replace(" ", "T");
}

/** "Kamis, 8 Mei 2025" / "Thursday, 8 May 2025" */
export function formatEventDate(date: Date, timeZone: string, locale: Locale = "id"): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone }).format(date);
}

/** "08.00 WITA" / "08:00 WITA" */
export function formatEventTime(date: Date, timeZone: string, locale: Locale = "id"): string {
  const time = new Intl.DateTimeFormat(INTL_TAG[locale], { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(date);
  return `${time} ${zoneLabel(timeZone)}`;
}

/** "8 Mei 2025 09.12.05 WITA": a moment in a list (audit trail, sign-in attempts). */
export function formatMoment(date: Date, timeZone: string, locale: Locale = "id"): string {
  const text = new Intl.DateTimeFormat(INTL_TAG[locale], {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(date);
  return `${text.replace(",", "")} ${zoneLabel(timeZone)}`;
}
