import "server-only";
// A scanned agreement is a picture in a PDF: it never needs to run anything. A PDF can carry
// JavaScript (run by a browser's viewer when opened inline), launch actions, or actions on open, on
// page events or on form fields, and hide them inside compressed object streams; so the whole file is
// parsed (pdf-lib reads object streams too) and every object looked at. One that cannot be parsed is
// refused as well: what cannot be checked is not served.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFObject } from "pdf-lib";
import { runInWorker } from "@/lib/workers/run";

// Keys that only exist to carry something that runs or is embedded; and the kinds of action (/S) that run something.
const ACTIVE_KEYS = ["JS", "JavaScript", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "XFA"].map((k) => PDFName.of(k));
const ACTIVE_ACTIONS = ["JavaScript", "Launch", "ImportData", "SubmitForm", "ResetForm", "Rendition", "GoToE", "RichMediaExecute"].map((k) => PDFName.of(k));

export type PdfVerdict = "plain" | "active" | "unreadable";

/** What reading a 10 MB scan may take, in its worker thread: one that takes longer is not a plain scan. */
export const PDF_WORK = { timeMs: 20_000, memoryMb: 512 };

/** The verdict on an uploaded PDF, worked out in a worker thread (pdf-safety.worker.ts). */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfVerdict> {
  const inspected = await runInWorker<PdfVerdict>("pdfSafety", bytes, PDF_WORK);
  return inspected.ok ? inspected.value : "unreadable";
}

export async function pdfVerdict(bytes: Uint8Array): Promise<PdfVerdict> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
    // A scan has at least one page; a file that parses to none is not one.
    if (pdf.getPageCount() === 0) return "unreadable";
  } catch {
    return "unreadable";
  }
  for (const [, object] of pdf.context.enumerateIndirectObjects()) if (isActive(object)) return "active";
  return isActive(pdf.catalog) ? "active" : "plain";
}

/** An object and every object written inside it (not those it refers to: each of those is looked at on its own). */
function isActive(object: PDFObject): boolean {
  if (object instanceof PDFStream) return isActive(object.dict);
  if (object instanceof PDFArray) return object.asArray().some(isActive);
  if (!(object instanceof PDFDict)) return false;
  if (ACTIVE_KEYS.some((key) => object.has(key))) return true;
  const action = object.get(PDFName.of("S"));
  if (action instanceof PDFName && ACTIVE_ACTIONS.includes(action)) return true;
  return object.values().some(isActive);
}
