// What an .xlsx may cost before exceljs opens it. An .xlsx is a zip of XML; a 1.5 KB file can claim a
// used range up to XFD1048576 (exceljs then allocates the whole range) or inflate to gigabytes. So the
// zip's own table of contents is read first (sizes as declared, nothing inflated), then each sheet's
// XML, inflated within its budget, is scanned for the cells it really has. A few dozen lines of the
// zip format, because the zip libraries at hand either inflate first or keep these sizes private.
import { inflateRawSync } from "node:zlib";
import type { FieldCode } from "@/lib/kernel/outcome";

export const XLSX_BUDGET = {
  /** All entries inflated together. */
  uncompressedBytes: 64 * 1024 * 1024,
  /** One sheet's XML, inflated. */
  sheetBytes: 32 * 1024 * 1024,
  /** Cells that hold something (in all sheets). */
  cells: 500_000,
  /** Rows and columns a cell may sit in: the list's rows and its header, and far more columns than a list has. */
  rows: 20_001,
  columns: 60,
};

/** What reading a list within that budget may take, in its worker thread (lib/workers/run.ts). */
export const XLSX_WORK = { timeMs: 30_000, memoryMb: 768 };

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Null when the file is within budget, else why it is not (a field code for the file input). */
export function xlsxOverBudget(bytes: Uint8Array, budget = XLSX_BUDGET): FieldCode | null {
  const entries = centralDirectory(bytes);
  if (!entries) return "fileUnreadable";
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > budget.uncompressedBytes) return { key: "fileInflatesTooMuch", params: { limit: `${budget.uncompressedBytes / 1024 / 1024} MB` } };
  let cells = 0;
  for (const entry of entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name))) {
    if (entry.uncompressedSize > budget.sheetBytes) return { key: "fileInflatesTooMuch", params: { limit: `${budget.sheetBytes / 1024 / 1024} MB` } };
    const xml = inflated(bytes, entry, budget.sheetBytes);
    if (xml === null) return "fileUnreadable";
    // Every cell that holds a value or a formula: <c r="B7" …>…</c>, not an empty <c …/>.
    for (const match of xml.matchAll(/<c\b([^>]*?)(\/?)>/g)) {
      if (match[2] === "/") continue;
      if (++cells > budget.cells) return { key: "fileTooManyCells", params: { max: budget.cells } };
      const ref = /\br="([A-Z]{1,3})(\d{1,7})"/.exec(match[1]);
      if (!ref) continue;
      if (columnNumber(ref[1]) > budget.columns) return { key: "fileTooManyColumns", params: { max: budget.columns } };
      if (Number(ref[2]) > budget.rows) return { key: "fileTooManyRows", params: { max: budget.rows - 1 } };
    }
  }
  return null;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}

/** The zip's table of contents (its central directory), or null when it is not a zip we can read. */
function centralDirectory(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: in the last 64 KB + 22 bytes (its comment is at most 64 KB).
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const entry: Entry = {
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    };
    // 0xFFFFFFFF means the real size is in a ZIP64 record: far beyond any list's budget.
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff) return null;
    entries.push(entry);
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

/** One entry's text, inflated with a hard ceiling (the declared size is a claim, not a promise). */
function inflated(bytes: Uint8Array, entry: Entry, limit: number): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return new TextDecoder().decode(data);
    if (entry.method !== 8) return null;
    return new TextDecoder().decode(inflateRawSync(data, { maxOutputLength: limit }));
  } catch {
    return null; // corrupt, or more than it claimed
  }
}
