import "server-only";
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor, type Messages } from "@/lib/i18n/messages";

// What every export shares: cells, columns, the mission exported, and a dataset ready to write.

/** A cell: text, or a whole rupiah amount (a number with a rupiah format in Excel). */
export type Cell = { text: string } | { rupiah: bigint } | null;
export const text = (value: string | null | undefined): Cell => (value ? { text: value } : null);

export interface Column<Row> {
  header: Record<Locale, string>;
  /** Phones, e-mails, NIB: exported for organizers only. */
  contact?: boolean;
  width?: number;
  /**
   * The cell in the export's language: codes (JATIM, MIKRO, SELL) become the words people use; moments
   * are written in the mission's time zone.
   */
  cell: (row: Row, words: Words, timeZone: string) => Cell;
}

/** The messages of the export's language. */
export type Words = ReturnType<typeof createTranslator<Messages>> & { locale: Locale };
export const wordsOf = (locale: Locale): Words => Object.assign(createTranslator({ locale, messages: messagesFor(locale) }), { locale });

/** The mission exported, as the route has it already: its rows are read by id, its moments written in its zone. */
export interface ExportedEvent {
  id: string;
  timeZone: string;
}

/** A dataset ready to write: its chosen columns' headers, and its rows as cells, batch by batch. */
export interface Exportable {
  fileName: string;
  organizerOnly: boolean;
  columns: { header: Record<Locale, string>; contact: boolean; width?: number }[];
  /** Batches of rows (each a list of cells, one per column in `columns` that `include` keeps). */
  batches: (event: ExportedEvent, include: (column: { contact: boolean }) => boolean, locale: Locale) => AsyncGenerator<Cell[][]>;
  /**
   * If the database writes this dataset's CSV itself: its records, page by page, each ending in "\n"
   * (every column: such a dataset has no contact columns).
   */
  csvPages?: (event: ExportedEvent, locale: Locale) => AsyncGenerator<Uint8Array>;
}

/**
 * Rows read per database round trip: small enough that memory stays flat at 100,000 rows, large
 * enough that the client's work per query (planning it, a few milliseconds) is paid 20 times, not 100.
 */
export const PAGE_ROWS = 5000;

/** A page's position: the last row's sort key (a date, or none) and id, as one string. */
export const position = (at: Date | null, id: string) => `${at?.toISOString() ?? ""}|${id}`;
