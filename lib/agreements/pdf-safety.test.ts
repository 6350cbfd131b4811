import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pdfVerdict } from "./pdf-safety";

async function scan(setUp: (pdf: PDFDocument) => void = () => undefined, useObjectStreams = false): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  setUp(pdf);
  return pdf.save({ useObjectStreams });
}

describe("pdfVerdict", () => {
  it("lets a plain scan through, including one that opens at its first page", async () => {
    expect(await pdfVerdict(await scan())).toBe("plain");
    const fit = await scan((pdf) => pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.obj([pdf.getPage(0).ref, PDFName.of("Fit")])));
    expect(await pdfVerdict(fit)).toBe("plain");
  });

  it("refuses JavaScript run on opening, written into the catalog or hidden in a compressed object stream", async () => {
    const openJs = (pdf: PDFDocument) =>
      pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.obj({ Type: "Action", S: "JavaScript", JS: PDFString.of("app.alert(1)") }));
    expect(await pdfVerdict(await scan(openJs))).toBe("active");
    expect(await pdfVerdict(await scan(openJs, true))).toBe("active");
    const referenced = (pdf: PDFDocument) =>
      pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.register(pdf.context.obj({ S: "JavaScript", JS: PDFString.of("x") })));
    expect(await pdfVerdict(await scan(referenced, true))).toBe("active");
  });

  it("refuses a launch action on a page event, and a document-level script", async () => {
    const launch = (pdf: PDFDocument) => pdf.getPage(0).node.set(PDFName.of("AA"), pdf.context.obj({ O: { S: "Launch", F: PDFString.of("calc.exe") } }));
    expect(await pdfVerdict(await scan(launch))).toBe("active");
    const names = (pdf: PDFDocument) =>
      pdf.catalog.set(PDFName.of("Names"), pdf.context.obj({ JavaScript: { Names: [PDFString.of("a"), { S: "JavaScript", JS: PDFString.of("x") }] } }));
    expect(await pdfVerdict(await scan(names))).toBe("active");
  });

  it("refuses a script inside an array, and embedded files or forms that carry no action of their own", async () => {
    const inArray = (pdf: PDFDocument) =>
      pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.obj([pdf.getPage(0).ref, { S: "JavaScript", JS: PDFString.of("x") }]));
    expect(await pdfVerdict(await scan(inArray))).toBe("active");
    const embedded = (pdf: PDFDocument) => pdf.catalog.set(PDFName.of("Names"), pdf.context.obj({ EmbeddedFiles: { Names: [] } }));
    expect(await pdfVerdict(await scan(embedded))).toBe("active");
    const xfa = (pdf: PDFDocument) => pdf.catalog.set(PDFName.of("AcroForm"), pdf.context.obj({ Fields: [], XFA: PDFString.of("<xdp/>") }));
    expect(await pdfVerdict(await scan(xfa))).toBe("active");
  });

  it("refuses what cannot be parsed, even when only one object of it is broken", async () => {
    expect(await pdfVerdict(new TextEncoder().encode("%PDF-1.4\n%%EOF\n"))).toBe("unreadable");
    const text = Buffer.from(await scan()).toString("latin1");
    const at = text.indexOf("1 0 obj");
    const oneBroken = Buffer.from(`${text.slice(0, at)}99 0 obj\n<< /Broken ] >>\nendobj\n${text.slice(at)}`, "latin1");
    expect(await pdfVerdict(oneBroken)).toBe("unreadable");
  });
});
