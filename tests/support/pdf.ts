// The text drawn in a PDF made by pdf-lib with the standard fonts: every content stream, inflated
// when compressed, its hex strings (<…> Tj) decoded. Enough to check what a generated PDF says.
import { inflateSync } from "node:zlib";

export function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes);
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf("stream", at);
    if (start < 0) break;
    const dataStart = start + (raw[start + 6] === 0x0d ? 8 : 7);
    const end = raw.indexOf("endstream", dataStart);
    if (end < 0) break;
    const data = raw.subarray(dataStart, end);
    let content: string;
    try {
      content = inflateSync(data).toString("latin1");
    } catch {
      content = data.toString("latin1");
    }
    for (const match of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) out.push(Buffer.from(match[1], "hex").toString("latin1"));
    at = end + 9;
  }
  return out.join("\n");
}
