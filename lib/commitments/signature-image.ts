// A signature from the pad is a PNG data URL. Its header says how big the picture is before anything
// decodes it: a 332 KB data URL can describe 16000×16000 pixels (1 GB decoded), which pdf-lib would
// decode for every letter. So the size is checked where it is recorded (and the signature stored
// redrawn at one small size) and again before a letter embeds it. Plain module: the signing form and
// the server share it.

/** Every signature is stored redrawn at this size (signature-store.ts): what a letter embeds is always this small. */
export const STORED_SIGNATURE = { width: 600, height: 200 };

/** A pad on a tablet at 3× pixel density is about 2400×600; twice that is still a signature. */
export const SIGNATURE_BUDGET = { width: 4000, height: 2000, pixels: 4_000_000 };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the PNG's IHDR chunk, or null when it is not a PNG data URL. */
export function pngDimensions(dataUrl: string): { width: number; height: number } | null {
  const prefix = "data:image/png;base64,";
  if (!dataUrl.startsWith(prefix)) return null;
  // 24 bytes hold the magic number and IHDR's width and height: 32 base64 characters.
  let head: Uint8Array;
  try {
    head = Uint8Array.from(atob(dataUrl.slice(prefix.length, prefix.length + 32)), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
  if (head.length < 24 || PNG_MAGIC.some((b, i) => head[i] !== b)) return null;
  if (String.fromCharCode(...head.slice(12, 16)) !== "IHDR") return null;
  const view = new DataView(head.buffer);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Whether a signature image may be decoded: a real PNG whose size is within the budget. */
export function signatureWithinBudget(dataUrl: string, budget = SIGNATURE_BUDGET): boolean {
  const size = pngDimensions(dataUrl);
  return (
    size !== null &&
    size.width > 0 &&
    size.height > 0 &&
    size.width <= budget.width &&
    size.height <= budget.height &&
    size.width * size.height <= budget.pixels
  );
}
