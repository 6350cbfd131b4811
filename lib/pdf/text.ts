import "server-only";
import type { PDFFont } from "pdf-lib";

// Shared by the generated PDFs (letters, recaps): A4 in points, and text the standard fonts can draw.

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 56;

// The standard PDF fonts know Latin-1 only: anything else in a name is spelled without its accent,
// or replaced, rather than failing the document.
export function latin1(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/[^\x20-\x7e\xa0-\xff]/g, "?");
}

export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of latin1(text).split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
