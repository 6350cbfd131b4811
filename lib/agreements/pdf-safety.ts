import "server-only";
// A scanned agreement is a picture in a PDF: it never needs to run anything. A PDF can carry
// JavaScript (run by a browser's viewer when opened inline), launch actions, or actions on open, on
// page events or on form fields, and hide them inside compressed object streams; so the whole file is
// parsed (pdf-lib reads object streams too) and every object looked at. One that cannot be parsed is
// refused as well: what cannot be checked is not served.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFObject } from "pdf-lib";

// Keys that only exist to carry something that runs or is embedded; and the kinds of action (/S) that run something.
const ACTIVE_KEYS = ["JS", "JavaScript", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "XFA"].map((k) => PDFName.of(k));
const ACTIVE_ACTIONS = ["JavaScript", "Launch", "ImportData", "SubmitForm", "ResetForm", "Rendition", "GoToE", "RichMediaExecute"].map((k) => PDFName.of(k));

export type PdfVerdict = "plain" | "active" | "unreadable";

export async function inspectPdf(bytes: Uint8Array): Promise<PdfVerdict> {
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
