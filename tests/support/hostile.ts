// Hostile inputs the tests make themselves.
import { deflateSync } from "node:zlib";
import JSZip from "jszip";
import { rgbaPng } from "../../lib/commitments/rgba-png";

/**
 * A PNG data URL whose header says width × height (RGBA). Its pixel data is only a few rows, so it
 * stays small: what matters is what the header makes a decoder allocate.
 */
export function pngClaiming(width: number, height: number): string {
  const someRows = deflateSync(Buffer.alloc(Math.min(height, 4) * (width * 4 + 1)));
  const png = rgbaPng(width, height, someRows);
  return `data:image/png;base64,${png.toString("base64")}`;
}

/** A one-page PDF, as a scanner makes it; with `script`, one that runs JavaScript when opened (hidden in an object stream). */
export async function scannedPdf(options: { script?: string } = {}): Promise<Uint8Array> {
  const { PDFDocument, PDFName, PDFString } = await import("pdf-lib");
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  if (options.script) pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.obj({ Type: "Action", S: "JavaScript", JS: PDFString.of(options.script) }));
  return pdf.save({ useObjectStreams: true });
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Peserta" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** An inline-string cell and a worksheet claiming `dimension`, as an .xlsx writes them. */
export const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
export const sheet = (dimension: string, rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dimension}"/><sheetData>${rows}</sheetData></worksheet>`;

/** An .xlsx of one sheet holding exactly this XML (or these bytes, to make a bomb of). */
export async function xlsx(sheetXml: string | Uint8Array): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", ROOT_RELS);
  zip.file("xl/workbook.xml", WORKBOOK);
  zip.file("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
  zip.file("xl/worksheets/sheet1.xml", sheetXml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** A signature as a pad of width × height would send it: a dark stroke across a transparent picture. */
export async function drawnSignature(width: number, height: number): Promise<string> {
  const { PNG } = await import("pngjs");
  const png = new PNG({ width, height });
  png.data.fill(0);
  for (let x = 0; x < width; x++) {
    const middle = Math.round(height / 2 + (height / 3) * Math.sin((x / width) * 6 * Math.PI));
    for (let y = Math.max(0, middle - 3); y <= Math.min(height - 1, middle + 3); y++) png.data.set([15, 23, 42, 255], (y * width + x) * 4);
  }
  return `data:image/png;base64,${PNG.sync.write(png).toString("base64")}`;
}
