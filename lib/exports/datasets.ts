import "server-only";
import { getDb } from "@/lib/db/client";
import { localIsoDateTime, zoneLabel } from "@/lib/format/datetime";
import { createTranslator } from "use-intl/core";
import { periodPhrase } from "@/lib/commitments/recurrence";
import type { CommitmentCategory, Instrument, PartyKind as PartyKindCode, Recurrence } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { messagesFor, type Messages } from "@/lib/i18n/messages";
import { categoryLabel } from "@/lib/totals/labels";

// What staff can export per mission, one definition per dataset: its columns and how its rows are
// read from the database in batches (keyset pages), so 100,000 rows never sit in memory at once.

export const DATASETS = ["businesses", "commitments", "agreements", "audit"] as const;
export type Dataset = (typeof DATASETS)[number];

/** A cell: text, or a whole rupiah amount (a number with a rupiah format in Excel). */
export type Cell = { text: string } | { rupiah: bigint } | null;
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
type Words = ReturnType<typeof createTranslator<Messages>> & { locale: Locale };
interface DatasetDefinition<Row> {
  fileName: string;
  /** Only organizers may export it at all. */
  organizerOnly?: boolean;
  columns: Column<Row>[];
  /** The rows after `cursor` (exclusive), at most `take`, in a stable order. */
  page: (eventId: string, cursor: string | null, take: number) => Promise<{ rows: Row[]; next: string | null }>;
}

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
}

/**
 * Rows read per database round trip: small enough that memory stays flat at 100,000 rows, large
 * enough that the client's work per query (planning it, a few milliseconds) is paid 20 times, not 100.
 */
export const PAGE_ROWS = 5000;

function dataset<Row>(definition: DatasetDefinition<Row>): Exportable {
  const columns = definition.columns.map((c) => ({ ...c, contact: c.contact ?? false }));
  return {
    fileName: definition.fileName,
    organizerOnly: definition.organizerOnly ?? false,
    columns,
    async *batches({ id: eventId, timeZone }, include, locale) {
      const words = Object.assign(createTranslator({ locale, messages: messagesFor(locale) }), { locale });
      const chosen = columns.filter(include);
      // The next page is asked for before this one is written: the database works while this process does.
      let coming: ReturnType<typeof definition.page> | null = definition.page(eventId, null, PAGE_ROWS);
      try {
        while (coming) {
          const { rows, next }: { rows: Row[]; next: string | null } = await coming;
          coming = next ? definition.page(eventId, next, PAGE_ROWS) : null;
          if (rows.length > 0) yield rows.map((row) => chosen.map((c) => c.cell(row, words, timeZone)));
        }
      } finally {
        // A download cancelled mid-way: the page already asked for is not left to fail unheard.
        await coming?.catch(() => undefined);
      }
    },
  };
}

const text = (value: string | null | undefined): Cell => (value ? { text: value } : null);

// Keyset pages written out as conditions ("after the last row's sort key"), not Prisma's `cursor`
// option, which reads far more than one page on a large ledger (see npm run bench:export).

/** A page's position: the last row's sort key (a date, or none) and id, as one string. */
const position = (at: Date | null, id: string) => `${at?.toISOString() ?? ""}|${id}`;
function after(cursor: string | null, field: "signedAt" | "signedOn") {
  if (!cursor) return {};
  const [at, id] = cursor.split("|");
  const when = new Date(at);
  return { OR: [{ [field]: { gt: when } }, { [field]: when, id: { gt: id } }] };
}

async function businessesPage(eventId: string, cursor: string | null, take: number) {
  const db = await getDb();
  const rows = await db.business.findMany({
    where: { eventId, ...(cursor ? { id: { gt: cursor } } : {}) },
    orderBy: { id: "asc" },
    take,
    include: { side: { select: { shortName: true } } },
  });
  return { rows, next: rows.length === take ? rows.at(-1)!.id : null };
}
type BusinessRow = Awaited<ReturnType<typeof businessesPage>>["rows"][number];

interface CommitmentRow {
  id: string;
  verificationCode: string;
  signedAt: Date;
  category: CommitmentCategory;
  commodity: string;
  sector: string;
  instrument: Instrument;
  /** As typed, without trailing zeros ("2.5", not "2.500"). */
  quantity: string | null;
  unit: string | null;
  value: string;
  recurrence: Recurrence;
  recurrenceYears: number | null;
  visitingSignerName: string;
  hostSignerName: string;
  replaces: string | null;
  visitingName: string;
  visitingRegency: string;
  visitingSide: string;
  hostName: string;
  hostRegency: string;
  realised: string;
}

/**
 * The ledger of the figure: signed commitments only, so the value column sums to the totals API. One
 * statement per page with the joined names and the realised sum, and only the exported columns: the
 * client's nested reads cost more than the database's work at 100,000 rows (npm run bench:export).
 */
async function commitmentsPage(eventId: string, cursor: string | null, take: number) {
  const db = await getDb();
  const [afterAt, afterId] = cursor ? cursor.split("|") : [null, null];
  const rows = await db.$queryRaw<CommitmentRow[]>`
    SELECT c.id, c."verificationCode", c."signedAt", c.category::text AS category, c.commodity, c.sector,
      c.instrument::text AS instrument, trim_scale(c.quantity)::text AS quantity, c.unit, c.value::text AS value,
      c.recurrence::text AS recurrence, c."recurrenceYears", c."visitingSignerName", c."hostSignerName",
      r."verificationCode" AS replaces, v.name AS "visitingName", v.regency AS "visitingRegency", s."shortName" AS "visitingSide",
      h.name AS "hostName", h.regency AS "hostRegency",
      (SELECT coalesce(sum(x.amount), 0) FROM "Realisation" x WHERE x."commitmentId" = c.id)::text AS realised
    FROM "Commitment" c
      JOIN "Business" v ON v.id = c."visitingBusinessId"
      JOIN "EventSide" s ON s.id = v."sideId"
      JOIN "Business" h ON h.id = c."hostBusinessId"
      LEFT JOIN "Commitment" r ON r.id = c."replacesId"
    WHERE c."eventId" = ${eventId} AND c.status = 'SIGNED'
      AND (${afterAt}::timestamptz IS NULL OR (c."signedAt", c.id) > (${afterAt}::timestamptz, ${afterId}::text))
    ORDER BY c."signedAt", c.id
    LIMIT ${take}`;
  const last = rows.at(-1);
  return { rows, next: rows.length === take && last ? position(last.signedAt, last.id) : null };
}

async function agreementsPage(eventId: string, cursor: string | null, take: number) {
  const db = await getDb();
  const rows = await db.agreement.findMany({
    where: { eventId, ...after(cursor, "signedOn") },
    orderBy: [{ signedOn: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      title: true,
      scope: true,
      documentNumber: true,
      signedOn: true,
      visitingSignatory: true,
      hostSignatory: true,
      status: true,
      voidReason: true,
      visitingParty: { select: { name: true, kind: true, kindName: true } },
      hostParty: { select: { name: true, kind: true, kindName: true } },
    },
  });
  const last = rows.at(-1);
  return { rows, next: rows.length === take && last ? position(last.signedOn, last.id) : null };
}
type AgreementRow = Awaited<ReturnType<typeof agreementsPage>>["rows"][number];

async function auditPage(eventId: string, cursor: string | null, take: number) {
  const db = await getDb();
  const rows = await db.auditEvent.findMany({
    where: { eventId, ...(cursor ? { id: { gt: BigInt(cursor) } } : {}) },
    orderBy: { id: "asc" },
    take,
    include: { actor: { select: { name: true, email: true } } },
  });
  return { rows, next: rows.length === take ? rows.at(-1)!.id.toString() : null };
}
type AuditRow = Awaited<ReturnType<typeof auditPage>>["rows"][number];

// Sortable and the same in both languages: "2025-05-08 09:12:05 WITA", in the event's time zone.
const moment = (date: Date | null, timeZone: string): Cell =>
  date ? { text: `${localIsoDateTime(date, timeZone).replace("T", " ")} ${zoneLabel(timeZone)}` } : null;
/** "BUMD", "Asosiasi", or the organizer's own word for another kind. */
const partyKind = (party: { kind: PartyKindCode; kindName: string | null }, words: Words) => party.kindName ?? words(`partyKinds.${party.kind}`);
const day = (date: Date): Cell => ({ text: date.toISOString().slice(0, 10) });

export const DATASET: Record<Dataset, Exportable> = {
  businesses: dataset<BusinessRow>({
    fileName: "pelaku-usaha",
    page: businessesPage,
    columns: [
      { header: { id: "Pihak", en: "Side" }, cell: (b) => text(b.side.shortName) },
      { header: { id: "Nama usaha", en: "Business name" }, width: 36, cell: (b) => text(b.name) },
      { header: { id: "Bentuk usaha", en: "Legal form" }, cell: (b, words) => text(b.legalForm && words(`labels.legalForms.${b.legalForm}`)) },
      { header: { id: "Perwakilan", en: "Representative" }, width: 24, cell: (b) => text(b.representative) },
      { header: { id: "Sektor", en: "Sector" }, width: 18, cell: (b) => text(b.sector) },
      { header: { id: "Skala", en: "Scale" }, cell: (b, words) => text(b.scale && words(`labels.scales.${b.scale}`)) },
      { header: { id: "Kabupaten/kota", en: "Regency/city" }, width: 22, cell: (b) => text(b.regency) },
      { header: { id: "Produk", en: "Products" }, width: 30, cell: (b) => text(b.products) },
      { header: { id: "Sumber", en: "Source" }, cell: (b, words) => text(words(`labels.sources.${b.source}`)) },
      { header: { id: "Check-in", en: "Check-in" }, width: 22, cell: (b, _, timeZone) => moment(b.checkedInAt, timeZone) },
      { header: { id: "Meja check-in", en: "Check-in desk" }, cell: (b) => text(b.checkedInDesk) },
      { header: { id: "NIB", en: "NIB" }, contact: true, width: 16, cell: (b) => text(b.nib) },
      { header: { id: "No. HP/WA", en: "Phone/WhatsApp" }, contact: true, width: 18, cell: (b) => text(b.phone) },
      { header: { id: "E-mail", en: "E-mail" }, contact: true, width: 28, cell: (b) => text(b.email) },
    ],
  }),
  commitments: dataset<CommitmentRow>({
    fileName: "komitmen",
    page: commitmentsPage,
    columns: [
      { header: { id: "Kode", en: "Code" }, width: 14, cell: (c) => text(c.verificationCode) },
      { header: { id: "Ditandatangani", en: "Signed" }, width: 22, cell: (c, _, timeZone) => moment(c.signedAt, timeZone) },
      {
        header: { id: "Kategori", en: "Category" },
        cell: (c, words) => text(categoryLabel(c.category, c.visitingSide, words.locale)),
      },
      { header: { id: "Pelaku usaha pihak pengunjung", en: "Visiting business" }, width: 32, cell: (c) => text(c.visitingName) },
      { header: { id: "Kab/kota pengunjung", en: "Visiting regency/city" }, width: 20, cell: (c) => text(c.visitingRegency) },
      { header: { id: "Pelaku usaha tuan rumah", en: "Host business" }, width: 32, cell: (c) => text(c.hostName) },
      { header: { id: "Kab/kota tuan rumah", en: "Host regency/city" }, width: 20, cell: (c) => text(c.hostRegency) },
      { header: { id: "Komoditas", en: "Commodity" }, width: 22, cell: (c) => text(c.commodity) },
      { header: { id: "Sektor", en: "Sector" }, width: 18, cell: (c) => text(c.sector) },
      { header: { id: "Instrumen", en: "Instrument" }, cell: (c, words) => text(words(`instruments.${c.instrument}`)) },
      { header: { id: "Jumlah", en: "Quantity" }, cell: (c) => text(c.quantity) },
      { header: { id: "Satuan", en: "Unit" }, cell: (c) => text(c.unit) },
      { header: { id: "Nilai (Rp)", en: "Value (Rp)" }, width: 22, cell: (c) => ({ rupiah: BigInt(c.value) }) },
      {
        // "per tahun, selama 3 tahun": the value is one period's, as announced; empty for a one-off.
        header: { id: "Periode nilai", en: "Value period" },
        width: 22,
        cell: (c, words) => text(periodPhrase((key, values) => words(`recurrences.${key}`, values), c.recurrence, c.recurrenceYears)),
      },
      { header: { id: "Realisasi (Rp)", en: "Realised (Rp)" }, width: 22, cell: (c) => ({ rupiah: BigInt(c.realised) }) },
      { header: { id: "Penanda tangan pengunjung", en: "Visiting signatory" }, width: 22, cell: (c) => text(c.visitingSignerName) },
      { header: { id: "Penanda tangan tuan rumah", en: "Host signatory" }, width: 22, cell: (c) => text(c.hostSignerName) },
      { header: { id: "Menggantikan", en: "Replaces" }, cell: (c) => text(c.replaces) },
    ],
  }),
  agreements: dataset<AgreementRow>({
    fileName: "kerja-sama",
    page: agreementsPage,
    columns: [
      { header: { id: "Tanggal", en: "Date" }, cell: (a) => day(a.signedOn) },
      { header: { id: "Judul", en: "Title" }, width: 36, cell: (a) => text(a.title) },
      { header: { id: "Pihak pengunjung", en: "Visiting party" }, width: 36, cell: (a) => text(a.visitingParty.name) },
      { header: { id: "Jenis pihak pengunjung", en: "Visiting party's kind" }, width: 18, cell: (a, words) => text(partyKind(a.visitingParty, words)) },
      { header: { id: "Pihak tuan rumah", en: "Host party" }, width: 36, cell: (a) => text(a.hostParty.name) },
      { header: { id: "Jenis pihak tuan rumah", en: "Host party's kind" }, width: 18, cell: (a, words) => text(partyKind(a.hostParty, words)) },
      { header: { id: "Nomor dokumen", en: "Document number" }, width: 20, cell: (a) => text(a.documentNumber) },
      { header: { id: "Ruang lingkup", en: "Scope" }, width: 30, cell: (a) => text(a.scope) },
      { header: { id: "Penanda tangan pengunjung", en: "Visiting signatory" }, width: 24, cell: (a) => text(a.visitingSignatory) },
      { header: { id: "Penanda tangan tuan rumah", en: "Host signatory" }, width: 24, cell: (a) => text(a.hostSignatory) },
      { header: { id: "Status", en: "Status" }, cell: (a) => text(a.status === "VOID" ? `VOID: ${a.voidReason ?? ""}` : a.status) },
    ],
  }),
  audit: dataset<AuditRow>({
    fileName: "jejak-audit",
    organizerOnly: true,
    page: auditPage,
    columns: [
      { header: { id: "No.", en: "No." }, cell: (a) => ({ text: a.id.toString() }) },
      { header: { id: "Waktu", en: "Time" }, width: 22, cell: (a, _, timeZone) => moment(a.createdAt, timeZone) },
      { header: { id: "Oleh", en: "By" }, width: 22, cell: (a) => text(a.actor?.name ?? "sistem") },
      { header: { id: "Tindakan", en: "Action" }, width: 24, cell: (a) => text(a.action) },
      { header: { id: "Objek", en: "Target" }, width: 16, cell: (a) => text(`${a.targetType} ${a.targetId}`) },
      { header: { id: "Sebelum", en: "Before" }, width: 40, cell: (a) => text(a.before === null ? null : JSON.stringify(a.before)) },
      { header: { id: "Sesudah", en: "After" }, width: 40, cell: (a) => text(a.after === null ? null : JSON.stringify(a.after)) },
      { header: { id: "Alamat", en: "Address" }, cell: (a) => text(a.ip) },
    ],
  }),
};

export function isDataset(value: string): value is Dataset {
  return (DATASETS as readonly string[]).includes(value);
}
