import "server-only";
import { degrees, PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import { A4, latin1, MARGIN, wrap } from "@/lib/pdf/text";
import { letterText, type LetterInput } from "./letter-text";
import { runInWorker } from "@/lib/workers/run";
import { signatureWithinBudget } from "./signature-image";
import type { CommitmentDetail } from "./queries";

export interface LetterWithSignatures extends LetterInput {
  visitingSignature: string | null;
  hostSignature: string | null;
}

/** A commitment as the staff pages load it, as the letter needs it. */
export function toLetter(detail: CommitmentDetail): LetterWithSignatures {
  return {
    ...detail,
    quantity: detail.quantity?.toString() ?? null,
    visiting: { name: detail.visitingBusiness.name, side: detail.visitingBusiness.side, signerName: detail.visitingSignerName },
    host: { name: detail.hostBusiness.name, side: detail.hostBusiness.side, signerName: detail.hostSignerName },
  };
}

/** Drawing one letter: a few hundred milliseconds at most, in a worker thread (letter.worker.ts). */
export const LETTER_WORK = { timeMs: 15_000, memoryMb: 256 };

/** The letter as the download both the staff and the representative get, its QR code pointing at this site. */
export async function letterDownload(detail: CommitmentDetail, siteOrigin: string): Promise<Response> {
  const drawn = await runInWorker<Uint8Array>(
    "letter",
    { letter: toLetter(detail), verifyUrl: `${siteOrigin}/verify/${detail.verificationCode}` },
    LETTER_WORK,
  );
  if (!drawn.ok) throw new Error(`The letter ${detail.verificationCode} could not be drawn (${drawn.reason}).`);
  return new Response(drawn.value as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="surat-komitmen-${detail.verificationCode}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}

/** The signed letter as a one-page A4 PDF, with both signatures and a QR code to its verification page. */
export async function letterPdf(letter: LetterWithSignatures, verifyUrl: string): Promise<Uint8Array> {
  const text = letterText(letter);
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Surat Komitmen Transaksi ${letter.verificationCode}`);
  pdf.setSubject(letter.event.name);
  pdf.setCreator("Misi Dagang");
  const page = pdf.addPage([A4.width, A4.height]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = A4.width - 2 * MARGIN;
  let y = A4.height - MARGIN;

  const centred = (value: string, font: PDFFont, size: number) => {
    const safe = latin1(value);
    page.drawText(safe, { x: (A4.width - font.widthOfTextAtSize(safe, size)) / 2, y, size, font });
    y -= size + 6;
  };
  const paragraph = (value: string, font = regular, size = 11, indent = 0) => {
    for (const line of wrap(value, font, size, width - indent)) {
      page.drawText(line, { x: MARGIN + indent, y, size, font });
      y -= size + 4;
    }
    y -= 4;
  };

  centred(text.title, bold, 16);
  centred(text.subtitle, regular, 12);
  centred(text.number, regular, 10);
  y -= 14;
  paragraph(text.opening);
  text.parties.forEach((party, i) => paragraph(`${i + 1}. ${party}`, regular, 11, 12));
  paragraph(text.statement);
  for (const [label, value] of text.terms) {
    page.drawText(latin1(label), { x: MARGIN + 12, y, size: 11, font: bold });
    const lines = wrap(value, regular, 11, width - 130);
    lines.forEach((line, i) => page.drawText(line, { x: MARGIN + 130, y: y - i * 15, size: 11, font: regular }));
    y -= Math.max(1, lines.length) * 15 + 2;
  }
  y -= 6;
  paragraph(text.closing);
  y -= 10;
  await drawSignatures(pdf, page, text.signers, [letter.visitingSignature, letter.hostSignature], bold, regular, y);

  const qr = await pdf.embedPng(await QRCode.toBuffer(verifyUrl, { type: "png", margin: 1, width: 240, errorCorrectionLevel: "M" }));
  page.drawImage(qr, { x: MARGIN, y: MARGIN, width: 84, height: 84 });
  page.drawText("Periksa keaslian surat ini:", { x: MARGIN + 96, y: MARGIN + 50, size: 9, font: regular });
  page.drawText(latin1(verifyUrl), { x: MARGIN + 96, y: MARGIN + 36, size: 9, font: bold });

  if (text.stamp) {
    const size = text.stamp.length > 12 ? 34 : 64;
    page.drawText(text.stamp, { x: 110, y: 300, size, font: bold, color: rgb(0.8, 0.1, 0.1), opacity: 0.35, rotate: degrees(35) });
  }
  return pdf.save();
}

async function drawSignatures(
  pdf: PDFDocument,
  page: PDFPage,
  signers: { role: string; business: string; name: string | null }[],
  images: (string | null)[],
  bold: PDFFont,
  regular: PDFFont,
  top: number,
) {
  const columnWidth = (A4.width - 2 * MARGIN) / 2;
  for (const [i, signer] of signers.entries()) {
    const x = MARGIN + i * columnWidth;
    page.drawText(latin1(signer.role), { x, y: top, size: 11, font: bold });
    wrap(signer.business, regular, 10, columnWidth - 20).forEach((line, n) => page.drawText(line, { x, y: top - 14 - n * 12, size: 10, font: regular }));
    const image = images[i];
    // One recorded before the size was checked, and too big to decode, is left out rather than stall the server.
    if (image && signatureWithinBudget(image)) {
      const png = await pdf.embedPng(Buffer.from(image.slice(image.indexOf(",") + 1), "base64"));
      const scaled = png.scaleToFit(columnWidth - 30, 70);
      page.drawImage(png, { x, y: top - 112, width: scaled.width, height: scaled.height });
    }
    page.drawLine({ start: { x, y: top - 118 }, end: { x: x + columnWidth - 30, y: top - 118 }, thickness: 0.5 });
    page.drawText(latin1(signer.name ?? "(belum ditandatangani)"), { x, y: top - 132, size: 11, font: regular });
  }
}
