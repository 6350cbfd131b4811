import "server-only";
import { getDb } from "@/lib/db/client";
import { localIsoDateTime, zoneLabel } from "@/lib/format/datetime";
import type { PartyKind as PartyKindCode } from "@/lib/generated/prisma/enums";
import { COMMITMENTS } from "./commitments";
import { PAGE_ROWS, position, text, wordsOf, type Cell, type Column, type Exportable, type Words } from "./exportable";

// What staff can export per mission, one definition per dataset: its columns and how its rows are
// read from the database in batches (keyset pages), so 100,000 rows never sit in memory at once.

export const DATASETS = ["businesses", "commitments", "agreements", "audit"] as const;
export type Dataset = (typeof DATASETS)[number];

interface DatasetDefinition<Row> {
  fileName: string;
  /** Only organizers may export it at all. */
  organizerOnly?: boolean;
  columns: Column<Row>[];
  /** The rows after `cursor` (exclusive), at most `take`, in a stable order. */
  page: (eventId: string, cursor: string | null, take: number) => Promise<{ rows: Row[]; next: string | null }>;
}

function dataset<Row>(definition: DatasetDefinition<Row>): Exportable {
  const columns = definition.columns.map((c) => ({ ...c, contact: c.contact ?? false }));
  return {
    fileName: definition.fileName,
    organizerOnly: definition.organizerOnly ?? false,
    columns,
    async *batches({ id: eventId, timeZone }, include, locale) {
      const words = wordsOf(locale);
      const chosen = columns.filter(include);
      for await (const { rows } of paged((cursor) => definition.page(eventId, cursor, PAGE_ROWS))) {
        if (rows.length > 0) yield rows.map((row) => chosen.map((c) => c.cell(row, words, timeZone)));
      }
    },
  };
}

/** Pages one after another; the next is asked for before this one is handed on, so the database works while this process does. */
async function* paged<Page extends { next: string | null }>(read: (cursor: string | null) => Promise<Page>): AsyncGenerator<Page> {
  let coming: Promise<Page> | null = read(null);
  try {
    while (coming) {
      const page: Page = await coming;
      coming = page.next ? read(page.next) : null;
      yield page;
    }
  } finally {
    // A download cancelled mid-way: the page already asked for is not left to fail unheard.
    await coming?.catch(() => undefined);
  }
}

// Keyset pages written out as conditions ("after the last row's sort key"), not Prisma's `cursor`
// option, which reads far more than one page on a large ledger (see npm run bench:export).

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
  commitments: COMMITMENTS,
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
