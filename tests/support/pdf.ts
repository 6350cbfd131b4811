// The text a PDF shows, read back by pdf.js (through unpdf, its build for servers without a canvas):
// what a reader's PDF viewer would find, so a test can assert a letter's or a recap's parties, figures
// and words. Lines are joined with spaces.
import { extractText, getDocumentProxy, getResolvedPDFJS } from "unpdf";

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

export interface PdfLayout {
  width: number;
  height: number;
  /** Each piece of text where it starts (PDF points, from the bottom left), how wide, its size, rotation in degrees and font. */
  texts: { text: string; x: number; y: number; width: number; size: number; rotation: number; font: string }[];
  /** Each image where it is drawn. */
  images: { x: number; y: number; width: number; height: number }[];
}

type Matrix = [number, number, number, number, number, number];
const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

// pdf.js reads drawing operators with ArrayBuffer.transferToFixedLength, which Node.js 20 lacks.
const buffers = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
buffers.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
  const copy = new ArrayBuffer(length);
  new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
  return copy;
};

/** Where a page's text and images are drawn, as pdf.js reads them: for a document's layout. */
export async function pdfLayout(bytes: Uint8Array, pageNumber = 1): Promise<PdfLayout> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const page = await pdf.getPage(pageNumber);
  const [, , width, height] = page.view;
  const content = await page.getTextContent();
  const texts = content.items.flatMap((item) => {
    if (!("str" in item) || !item.str.trim()) return [];
    const [a, b, , , x, y] = item.transform as Matrix;
    return [
      {
        text: item.str,
        x,
        y,
        width: item.width,
        size: Math.round(Math.hypot(a, b) * 100) / 100,
        rotation: Math.round((Math.atan2(b, a) * 180) / Math.PI),
        font: item.fontName,
      },
    ];
  });
  const { OPS } = await getResolvedPDFJS();
  const operators = await page.getOperatorList();
  const images: PdfLayout["images"] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  operators.fnArray.forEach((fn, i) => {
    const args = operators.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = times(ctm, args as Matrix);
    else if (fn === OPS.paintImageXObject) images.push({ x: ctm[4], y: ctm[5], width: ctm[0], height: ctm[3] });
  });
  return { width, height, texts, images };
}
