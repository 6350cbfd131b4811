import "server-only";
import { periodPhrase } from "@/lib/commitments/recurrence";
import { CATEGORIES, INSTRUMENTS, MAX_RECURRENCE_YEARS, RECURRENCES, type RecurrenceCode } from "@/lib/commitments/rules";
import { connectDatabase, getDb } from "@/lib/db/client";
import { zoneLabel } from "@/lib/format/datetime";
import { Prisma } from "@/lib/generated/prisma/client";
import { categoryVerb } from "@/lib/totals/labels";
import { PAGE_ROWS, position, text, wordsOf, type Column, type Exportable, type Words } from "./exportable";
import { csvTextSql } from "./formula";

// The commitments export: the ledger of the figure, up to 100,000 rows and more, written by the
// database itself. Each page is one statement that formats every cell (words in the export's
// language, moments in the mission's zone), as CSV (PostgreSQL's COPY) or as one JSON array for Excel;
// this process only passes it on. Reading typed rows and building cells here took most of an export's
// time (npm run bench:export).

/** The export's words for the commitments' codes, as SQL: what the database needs to write the cells itself. */
function commitmentWords(words: Words) {
  // CASE branches and an array: a jsonb lookup per row cost a third of a page's time.
  const wordFor = <Code extends string>(column: Prisma.Sql, codes: readonly Code[], word: (code: Code) => string) =>
    Prisma.sql`CASE ${column}::text ${Prisma.join(
      codes.map((code) => Prisma.sql`WHEN ${code} THEN ${word(code)}`),
      " ",
    )} END`;
  const period = (recurrence: RecurrenceCode, years: number | null) => periodPhrase((key, values) => words(`recurrences.${key}`, values), recurrence, years);
  // ", selama 3 tahun" for every length the ledger can hold (a CHECK keeps recurrenceYears within 1…MAX_RECURRENCE_YEARS).
  const forYears = Array.from({ length: MAX_RECURRENCE_YEARS }, (_, i) => period("YEARLY", i + 1).slice(period("YEARLY", null).length));
  return {
    category: wordFor(Prisma.sql`c.category`, CATEGORIES, (category) => categoryVerb(category, words.locale)),
    instrument: wordFor(Prisma.sql`c.instrument`, INSTRUMENTS, (instrument) => words(`instruments.${instrument}`)),
    period: Prisma.sql`${wordFor(Prisma.sql`c.recurrence`, RECURRENCES, (recurrence) => period(recurrence, null))} || coalesce((${forYears}::text[])[c."recurrenceYears"], '')`,
  };
}
type CommitmentWords = ReturnType<typeof commitmentWords>;

/**
 * The commitments' columns, each with the SQL that writes its cell as text in the export's language
 * (rupiah as digits), so the database writes the export: as CSV itself, or as one JSON array per page
 * for Excel. `typed` marks text people typed, which the CSV writes formula-safe. Names are of the
 * page's query (commitmentsQuery).
 */
const COMMITMENT_COLUMNS: (Omit<Column<never>, "cell" | "contact"> & {
  kind: "typed" | "words" | "rupiah";
  sql: (words: CommitmentWords, zone: Prisma.Sql) => Prisma.Sql;
})[] = [
  { header: { id: "Kode", en: "Code" }, width: 14, kind: "words", sql: () => Prisma.sql`c."verificationCode"` },
  // Sortable and the same in both languages: "2025-05-08 09:12:05 WITA", in the mission's time zone.
  { header: { id: "Ditandatangani", en: "Signed" }, width: 22, kind: "words", sql: (_, zone) => zone },
  // "Jatim menjual": the side's short name (typed by the organizer) comes first.
  { header: { id: "Kategori", en: "Category" }, kind: "typed", sql: (words) => Prisma.sql`s."shortName" || ' ' || ${words.category}` },
  { header: { id: "Pelaku usaha pihak pengunjung", en: "Visiting business" }, width: 32, kind: "typed", sql: () => Prisma.sql`v.name` },
  { header: { id: "Kab/kota pengunjung", en: "Visiting regency/city" }, width: 20, kind: "typed", sql: () => Prisma.sql`v.regency` },
  { header: { id: "Pelaku usaha tuan rumah", en: "Host business" }, width: 32, kind: "typed", sql: () => Prisma.sql`h.name` },
  { header: { id: "Kab/kota tuan rumah", en: "Host regency/city" }, width: 20, kind: "typed", sql: () => Prisma.sql`h.regency` },
  { header: { id: "Komoditas", en: "Commodity" }, width: 22, kind: "typed", sql: () => Prisma.sql`c.commodity` },
  { header: { id: "Sektor", en: "Sector" }, width: 18, kind: "typed", sql: () => Prisma.sql`c.sector` },
  { header: { id: "Instrumen", en: "Instrument" }, kind: "words", sql: (words) => words.instrument },
  // As typed, without trailing zeros ("2.5", not "2.500").
  { header: { id: "Jumlah", en: "Quantity" }, kind: "words", sql: () => Prisma.sql`trim_scale(c.quantity)::text` },
  { header: { id: "Satuan", en: "Unit" }, kind: "typed", sql: () => Prisma.sql`c.unit` },
  { header: { id: "Nilai (Rp)", en: "Value (Rp)" }, width: 22, kind: "rupiah", sql: () => Prisma.sql`c.value::text` },
  // "per tahun, selama 3 tahun": the value is one period's, as announced; empty for a one-off.
  { header: { id: "Periode nilai", en: "Value period" }, width: 22, kind: "words", sql: (words) => words.period },
  { header: { id: "Realisasi (Rp)", en: "Realised (Rp)" }, width: 22, kind: "rupiah", sql: () => Prisma.sql`coalesce(x.realised, 0)::text` },
  { header: { id: "Penanda tangan pengunjung", en: "Visiting signatory" }, width: 22, kind: "typed", sql: () => Prisma.sql`c."visitingSignerName"` },
  { header: { id: "Penanda tangan tuan rumah", en: "Host signatory" }, width: 22, kind: "typed", sql: () => Prisma.sql`c."hostSignerName"` },
  { header: { id: "Menggantikan", en: "Replaces" }, kind: "words", sql: () => Prisma.sql`r."verificationCode"` },
];
/** Rows after the keyset position `cursor` (">"), or up to it ("<="); every row when there is none. */
function keyset(cursor: string | null, side: ">" | "<=") {
  if (!cursor) return Prisma.sql`true`;
  const [at, id] = cursor.split("|");
  return Prisma.sql`("signedAt", id) ${Prisma.raw(side)} (${at}::timestamptz, ${id}::text)`;
}

/**
 * Where the page after `cursor` ends: the sort key of its `take`-th signed commitment, or null when
 * fewer remain (the last page, open-ended, so a commitment signed meanwhile is in it).
 */
async function commitmentsPageEnd(eventId: string, cursor: string | null, take: number): Promise<string | null> {
  const db = await getDb();
  const [end] = await db.$queryRaw<{ signedAt: Date; id: string }[]>`
    SELECT "signedAt", id FROM "Commitment"
    WHERE "eventId" = ${eventId} AND status = 'SIGNED' AND ${keyset(cursor, ">")}
    ORDER BY "signedAt", id
    OFFSET ${take - 1} LIMIT 1`;
  return end ? position(end.signedAt, end.id) : null;
}

/**
 * The ledger of the figure, signed commitments only (so the value column sums to the totals API), from
 * after `cursor` up to `end` (inclusive; null: to the last), selecting `select` (then `orderBy`) of the page `c` joined
 * with its parties `v` and `h`, the visiting side `s`, what it replaces `r` and its realised sum `x`.
 */
function commitmentsQuery(eventId: string, cursor: string | null, end: string | null, select: Prisma.Sql, orderBy = Prisma.empty) {
  return Prisma.sql`
    WITH page AS (
      SELECT * FROM "Commitment"
      WHERE "eventId" = ${eventId} AND status = 'SIGNED' AND ${keyset(cursor, ">")} AND ${keyset(end, "<=")})
    SELECT ${select}
    FROM page c
      JOIN "Business" v ON v.id = c."visitingBusinessId"
      JOIN "EventSide" s ON s.id = v."sideId"
      JOIN "Business" h ON h.id = c."hostBusinessId"
      -- Only this page's replaced commitments and realisations: as plain joins the planner read the
      -- whole ledger for every page, and as subqueries per row they were half the page's time.
      LEFT JOIN (SELECT id, "verificationCode" FROM "Commitment" WHERE id IN (SELECT "replacesId" FROM page)) r ON r.id = c."replacesId"
      LEFT JOIN (SELECT "commitmentId", sum(amount) AS realised FROM "Realisation" WHERE "commitmentId" IN (SELECT id FROM page) GROUP BY 1) x
        ON x."commitmentId" = c.id
    ${orderBy}`;
}

function commitmentCells(words: Words, timeZone: string): Prisma.Sql[] {
  const zone = Prisma.sql`date_trunc('second', c."signedAt" AT TIME ZONE ${timeZone})::text || ${` ${zoneLabel(timeZone)}`}`;
  const coded = commitmentWords(words);
  return COMMITMENT_COLUMNS.map((column) => column.sql(coded, zone));
}

/** The pages' ranges: after the previous page's end, up to this one's (the last open-ended). */
async function* commitmentRanges(eventId: string): AsyncGenerator<{ cursor: string | null; end: string | null }> {
  let cursor: string | null = null;
  for (;;) {
    const end = await commitmentsPageEnd(eventId, cursor, PAGE_ROWS);
    yield { cursor, end };
    if (!end) return;
    cursor = end;
  }
}

/**
 * The page of each range, each asked for as soon as its range is known and at most two at a time (one
 * per core of a small server), handed on in order.
 */
async function* readAhead<Page>(eventId: string, read: (cursor: string | null, end: string | null) => Promise<Page>): AsyncGenerator<Page> {
  const reading: Promise<Page>[] = [];
  try {
    for await (const { cursor, end } of commitmentRanges(eventId)) {
      const page = read(cursor, end);
      page.catch(() => undefined); // awaited in turn below; failing meanwhile is not an unhandled rejection
      reading.push(page);
      if (reading.length === 2) yield await reading.shift()!;
    }
    while (reading.length > 0) yield await reading.shift()!;
  } finally {
    // A download cancelled mid-way: the pages already asked for finish before the connections are reused.
    await Promise.allSettled(reading);
  }
}

export const COMMITMENTS: Exportable = {
  fileName: "komitmen",
  organizerOnly: false,
  columns: COMMITMENT_COLUMNS.map(({ header, width }) => ({ header, width, contact: false })),
  async *batches({ id: eventId, timeZone }, _include, locale) {
    const cells = Prisma.join(commitmentCells(wordsOf(locale), timeZone));
    const select = Prisma.sql`json_agg(json_build_array(${cells}) ORDER BY c."signedAt", c.id)::text AS rows`;
    const db = await getDb();
    for await (const [page] of readAhead(eventId, (cursor, end) => db.$queryRaw<{ rows: string | null }[]>(commitmentsQuery(eventId, cursor, end, select)))) {
      if (!page?.rows) continue;
      yield (JSON.parse(page.rows) as (string | null)[][]).map((row) =>
        COMMITMENT_COLUMNS.map(({ kind }, i) => (kind === "rupiah" ? { rupiah: BigInt(row[i]!) } : text(row[i]))),
      );
    }
  },
  async *csvPages({ id: eventId, timeZone }, locale) {
    // Text people typed formula-safe, empty text as an empty field (csvTextSql).
    const cells = commitmentCells(wordsOf(locale), timeZone).map((cell, i) => {
      const { kind } = COMMITMENT_COLUMNS[i];
      return kind === "rupiah" ? cell : csvTextSql(cell, kind === "typed");
    });
    const { copyCsv } = await connectDatabase();
    for await (const csv of readAhead(eventId, (cursor, end) =>
      copyCsv(commitmentsQuery(eventId, cursor, end, Prisma.join(cells), Prisma.sql`ORDER BY c."signedAt", c.id`)),
    )) {
      if (csv.length > 0) yield csv;
    }
  },
};
