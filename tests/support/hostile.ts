// Hostile inputs the tests make themselves.
import { crc32, deflateSync } from "node:zlib";

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A PNG data URL whose header says width × height (RGBA). Its pixel data is only a few rows, so it
 * stays small: what matters is what the header makes a decoder allocate.
 */
export function pngClaiming(width: number, height: number): string {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const someRows = deflateSync(Buffer.alloc(Math.min(height, 4) * (width * 4 + 1)));
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", someRows),
    chunk("IEND", Buffer.alloc(0)),
  ]);
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
