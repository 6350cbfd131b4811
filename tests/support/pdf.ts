// The text a PDF shows, read back by pdf.js (through unpdf, its build for servers without a canvas):
// what a reader's PDF viewer would find, so a test can assert a letter's or a recap's parties, figures
// and words. Lines are joined with spaces.
import { extractText, getDocumentProxy } from "unpdf";

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, " ");
}
