import "server-only";
import { z } from "zod";
import { done, fail, type FieldCode, type Outcome } from "@/lib/kernel/outcome";
import { auditedBy, recordAudit, type AuditActor } from "@/lib/audit/record";
import { newPublicCode } from "@/lib/codes";
import { getDb, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BUSINESS_FIELDS, cleanBusiness, searchKey, simplify, type BusinessField, type CleanBusiness } from "./fields";
import { readSpreadsheet } from "./spreadsheet";
import { notOpenFor } from "@/lib/events/open-for";
import { linesOfRow, matchKey, type CleanTradeLine } from "@/lib/matching/lines";

/** Which column (by index) holds each field; null when the file has none. */
export type ColumnMapping = Partial<Record<BusinessField, number | null>>;

export const columnMapping = z.partialRecord(
  z.enum(BUSINESS_FIELDS.map((f) => f.key) as [BusinessField, ...BusinessField[]]),
  z.number().int().min(0).max(500).nullable(),
);

export interface ImportRequest {
  eventId: string;
  sideCode: string;
  file: { name: string; bytes: Uint8Array };
  /** As chosen on the preview; without it, the mapping remembered for these headers, or a guess. */
  mapping?: ColumnMapping;
  /** Why this list may take the side past its quota (kept in the audit trail); without it, it may not. */
  overQuotaReason?: string;
}

export interface PreviewRow {
  line: number;
  values: Partial<Record<BusinessField, string>>;
  errors: FieldCode[];
}

/** A preview as the organizer reads it: each row's problems in their language (the route translates them). */
export type DescribedPreview = Omit<ImportPreview, "rows"> & { rows: (Omit<PreviewRow, "errors"> & { errors: string[] })[] };

export interface ImportPreview {
  side: { code: string; shortName: string; province: string; quota: number; registered: number };
  fileName: string;
  headers: string[];
  mapping: ColumnMapping;
  /** Required fields no column is mapped to: nothing can be imported until they are. */
  unmapped: string[];
  total: number;
  valid: number;
  invalid: number;
  /** Every row with an error, and the first valid ones, for the preview table. */
  rows: PreviewRow[];
}

const PREVIEW_VALID_ROWS = 50;

/** Reads and checks a file without writing anything: the preview the organizer confirms. */
export async function previewImport(request: ImportRequest): Promise<Outcome<ImportPreview>> {
  const db = await getDb();
  const prepared = await prepare(db, request);
  if (!prepared.ok) return prepared;
  return done("PREVIEW_READY", prepared.data.preview);
}

/**
 * Imports the valid rows of a file, all of them or none, after checking the file again inside the
 * transaction (never trusting an earlier preview). `onProgress` is told how far the insert has come.
 */
export async function commitImport(
  request: ImportRequest,
  actor: AuditActor,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<Outcome<{ imported: number; skipped: number; preview: ImportPreview }>> {
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      // One import or walk-in at a time per event, so two never both pass the duplicate check. NO KEY
      // UPDATE, not UPDATE: a signing's insert takes KEY SHARE on the same row (its foreign key), which
      // UPDATE would make wait for the whole import.
      await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${request.eventId} FOR NO KEY UPDATE`;
      const closed = await notOpenFor(tx, request.eventId, "registration");
      if (closed) return closed;
      const prepared = await prepare(tx, request);
      if (!prepared.ok) return prepared;
      const { preview, valid, lines, sideId } = prepared.data;
      if (preview.unmapped.length > 0) return fail("UNMAPPED_COLUMNS", { columns: preview.unmapped.join(", ") });
      if (valid.length === 0) {
        // Nothing new because its rows are registered already: most likely this list went in a moment
        // ago (another tab, another desk), which is not the same as a list full of mistakes.
        const registered = preview.rows.filter((row) => row.errors.some((e) => typeof e === "object" && e.key.startsWith("registeredWith"))).length;
        return registered > 0 ? fail("ALREADY_IMPORTED", { count: registered }) : fail("NO_VALID_ROWS");
      }
      // All or nothing: a list that would take the side past its quota is not imported in part.
      const { quota, registered } = preview.side;
      const overQuotaReason = request.overQuotaReason?.trim() ?? "";
      if (registered + valid.length > quota && overQuotaReason.length < 5)
        return fail("IMPORT_OVER_QUOTA", { side: preview.side.shortName, registered, importing: valid.length, quota });

      const CHUNK = 1000;
      for (let start = 0; start < valid.length; start += CHUNK) {
        const rows = valid.slice(start, start + CHUNK).map((b) => businessRow(b, request.eventId, sideId, "PRE_REGISTERED"));
        const ids = await insertBusinesses(tx, rows);
        // Each row's offers and needs for the business matching, on the business just made.
        await tx.tradeLine.createMany({
          data: rows.flatMap((row, i) =>
            lines[start + i].map((line) => ({ ...line, matchKey: matchKey(line.commodity), eventId: request.eventId, businessId: ids.get(row.badgeCode)! })),
          ),
        });
        onProgress(Math.min(start + CHUNK, valid.length), valid.length);
      }
      // After a big list, fresh statistics let search use its trigram index straight away.
      if (valid.length >= 1000) await tx.$executeRaw`ANALYZE "Business"`;
      await rememberMapping(tx, request.eventId, preview.headers, preview.mapping);
      await recordAudit(tx, {
        ...auditedBy(actor),
        eventId: request.eventId,
        action: "businesses.imported",
        targetType: "EventSide",
        targetId: sideId,
        after: {
          side: preview.side.code,
          file: preview.fileName,
          rows: preview.total,
          imported: valid.length,
          skipped: preview.invalid,
          tradeLines: lines.flat().length,
          ...(registered + valid.length > quota ? { overQuota: { quota, registeredAfter: registered + valid.length, reason: overQuotaReason } } : {}),
        },
      });
      return done(
        "IMPORTED",
        { imported: valid.length, skipped: preview.invalid, preview },
        { count: valid.length, side: preview.side.shortName, skipped: preview.invalid },
      );
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/**
 * One INSERT per chunk with a column of values per field (unnest), not one parameter per cell: a
 * 10,000-row list goes in a few times faster than through createMany.
 */
async function insertBusinesses(tx: Tx, rows: Prisma.BusinessCreateManyInput[]): Promise<Map<string, string>> {
  const column = <K extends keyof Prisma.BusinessCreateManyInput>(key: K) => rows.map((r) => (r[key] ?? null) as string | null);
  const inserted = await tx.$queryRaw<{ id: string; badgeCode: string }[]>`
    INSERT INTO "Business" (id, "eventId", "sideId", name, "legalForm", representative, sector, scale, regency, nib, phone, email, products, source, "badgeCode", "searchKey", "updatedAt")
    SELECT gen_random_uuid()::text, e, s, n, lf::"LegalForm", r, sec, sc::"BusinessScale", reg, nib, ph, em, pr, src::"RegistrationSource", bc, sk, now()
    FROM unnest(${column("eventId")}::text[], ${column("sideId")}::text[], ${column("name")}::text[], ${column("legalForm")}::text[], ${column("representative")}::text[],
                ${column("sector")}::text[], ${column("scale")}::text[], ${column("regency")}::text[], ${column("nib")}::text[], ${column("phone")}::text[],
                ${column("email")}::text[], ${column("products")}::text[], ${column("source")}::text[], ${column("badgeCode")}::text[], ${column("searchKey")}::text[])
      AS t(e, s, n, lf, r, sec, sc, reg, nib, ph, em, pr, src, bc, sk)
    RETURNING id, "badgeCode"`;
  return new Map(inserted.map((b) => [b.badgeCode, b.id]));
}

export function businessRow(b: CleanBusiness, eventId: string, sideId: string, source: "PRE_REGISTERED" | "WALK_IN"): Prisma.BusinessCreateManyInput {
  return { ...b, eventId, sideId, source, badgeCode: newPublicCode(), searchKey: searchKey(b.name, b.representative) };
}

async function prepare(
  tx: Tx,
  request: ImportRequest,
): Promise<Outcome<{ preview: ImportPreview; valid: CleanBusiness[]; lines: CleanTradeLine[][]; sideId: string }>> {
  const side = await tx.eventSide.findFirst({
    where: { eventId: request.eventId, code: request.sideCode },
    select: {
      id: true,
      code: true,
      shortName: true,
      province: true,
      quota: true,
      regencies: true,
      event: { select: { sectors: true } },
      _count: { select: { businesses: true } },
    },
  });
  if (!side) return fail("INVALID", undefined, { side: ["sideRequired"] });
  const read = await readSpreadsheet(request.file);
  if (!read.ok) return fail("INVALID", undefined, { file: [read.error] });
  const { sheet } = read;

  const mapping = request.mapping ?? (await rememberedMapping(tx, request.eventId, sheet.headers)) ?? guessMapping(sheet.headers);
  const unmapped = BUSINESS_FIELDS.filter((f) => f.required && (mapping[f.key] ?? null) === null).map((f) => f.label);

  const existing = await tx.business.findMany({
    where: { eventId: request.eventId },
    select: { name: true, nib: true, phone: true, representative: true, regency: true, sideId: true },
  });
  const byNib = new Map(existing.filter((b) => b.nib).map((b) => [b.nib!, b.name]));
  const byPhone = new Map(existing.filter((b) => b.phone).map((b) => [b.phone!, b.name]));
  const byDetails = new Map(existing.filter((b) => b.sideId === side.id).map((b) => [sameDetails(b), b.name]));
  const seenNib = new Map<string, number>();
  const seenPhone = new Map<string, number>();
  const seenDetails = new Map<string, number>();

  const rows: PreviewRow[] = [];
  const valid: CleanBusiness[] = [];
  // Each valid row's offers and needs, in the same order.
  const lines: CleanTradeLine[][] = [];
  let invalid = 0;
  for (const row of sheet.rows) {
    const values = valuesOf(row.cells, mapping);
    const cleaned = cleanBusiness(values, { sectors: side.event.sectors, regencies: side.regencies });
    const errors: FieldCode[] = cleaned.ok ? [] : Object.values(cleaned.errors);
    // A row whose own sector is wrong still has its lines checked (against the first sector), so every mistake shows at once.
    const matching = linesOfRow(values, { sectors: side.event.sectors, businessSector: cleaned.ok ? cleaned.value.sector : (side.event.sectors[0] ?? "") });
    errors.push(...matching.errors);
    if (cleaned.ok) {
      const { nib, phone } = cleaned.value;
      if (nib && byNib.has(nib)) errors.push({ key: "registeredWithNib", params: { name: byNib.get(nib)! } });
      else if (nib && seenNib.has(nib)) errors.push({ key: "sameNibAsLine", params: { line: seenNib.get(nib)! } });
      if (phone && byPhone.has(phone)) errors.push({ key: "registeredWithPhone", params: { name: byPhone.get(phone)! } });
      else if (phone && seenPhone.has(phone)) errors.push({ key: "samePhoneAsLine", params: { line: seenPhone.get(phone)! } });
      if (nib && !seenNib.has(nib)) seenNib.set(nib, row.line);
      if (phone && !seenPhone.has(phone)) seenPhone.set(phone, row.line);
      if (!nib && !phone) {
        // Nothing that identifies it but what it says: the same name, representative and place is the same business.
        const details = sameDetails(cleaned.value);
        if (byDetails.has(details)) errors.push({ key: "registeredWithSameDetails", params: { name: byDetails.get(details)! } });
        else if (seenDetails.has(details)) errors.push({ key: "sameDetailsAsLine", params: { line: seenDetails.get(details)! } });
        else seenDetails.set(details, row.line);
      }
    }
    if (errors.length > 0 || !cleaned.ok) {
      invalid++;
      rows.push({ line: row.line, values, errors });
    } else {
      valid.push(cleaned.value);
      lines.push(matching.lines);
      if (valid.length <= PREVIEW_VALID_ROWS) rows.push({ line: row.line, values, errors: [] });
    }
  }
  rows.sort((a, b) => a.line - b.line);
  return done("PREVIEW_READY", {
    preview: {
      side: { code: side.code, shortName: side.shortName, province: side.province, quota: side.quota, registered: side._count.businesses },
      fileName: request.file.name,
      headers: sheet.headers,
      mapping,
      unmapped,
      total: sheet.rows.length,
      valid: unmapped.length ? 0 : valid.length,
      invalid: unmapped.length ? sheet.rows.length : invalid,
      rows,
    },
    valid: unmapped.length ? [] : valid,
    lines: unmapped.length ? [] : lines,
    sideId: side.id,
  });
}

/** A row without NIB or phone is known by its name, representative and kabupaten/kota, as people write them. */
function sameDetails(b: { name: string; representative: string; regency: string | null }): string {
  return [b.name, b.representative, b.regency ?? ""].map(simplify).join("|");
}

function valuesOf(cells: string[], mapping: ColumnMapping): Partial<Record<BusinessField, string>> {
  const values: Partial<Record<BusinessField, string>> = {};
  for (const field of BUSINESS_FIELDS) {
    const column = mapping[field.key];
    if (column !== null && column !== undefined) values[field.key] = cells[column] ?? "";
  }
  return values;
}

/** The same template gives the same signature, whatever the case or punctuation of its headers. */
export function headerSignature(headers: string[]): string {
  return headers.map(simplify).join("|");
}

/**
 * Each field to the header that names it best; a header serves one field at most. Headers named
 * exactly by some field go first, so "Produk yang ditawarkan" is the offer's column even though it
 * contains "produk"; then each field still without a column takes the first header containing an alias.
 */
export function guessMapping(headers: string[]): ColumnMapping {
  const simple = headers.map(simplify);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const take = (matches: (header: string, aliases: readonly string[]) => boolean) => {
    for (const field of BUSINESS_FIELDS) {
      if (mapping[field.key] !== undefined && mapping[field.key] !== null) continue;
      const column = simple.findIndex((h, i) => !used.has(i) && matches(h, field.aliases));
      mapping[field.key] = column >= 0 ? column : null;
      if (column >= 0) used.add(column);
    }
  };
  take((header, aliases) => aliases.includes(header));
  take((header, aliases) => aliases.some((a) => a.length > 3 && header.includes(a)));
  return mapping;
}

async function rememberedMapping(tx: Tx, eventId: string, headers: string[]): Promise<ColumnMapping | null> {
  const saved = await tx.importMapping.findUnique({ where: { eventId_signature: { eventId, signature: headerSignature(headers) } } });
  const parsed = columnMapping.safeParse(saved?.mapping);
  return parsed.success ? parsed.data : null;
}

async function rememberMapping(tx: Tx, eventId: string, headers: string[], mapping: ColumnMapping) {
  const signature = headerSignature(headers);
  await tx.importMapping.upsert({ where: { eventId_signature: { eventId, signature } }, create: { eventId, signature, mapping }, update: { mapping } });
}
