// Decodes a signature within its budget (pngjs) and redraws it at the one size every stored
// signature has, writing the rows into buffers kept between calls (rgba-png.ts wraps them as a file).
// Runs in the signature worker thread (signature.worker.ts); no "server-only" mark, as a worker
// thread is plain Node.
import { deflateSync } from "node:zlib";
import { PNG } from "pngjs";
import { rgbaPng } from "./rgba-png";
import { STORED_SIGNATURE } from "./signature-image";

const { width, height } = STORED_SIGNATURE;
// Kept between calls: a thread redrawing hundreds of signatures allocates no more than one of each
// (fresh half-megabyte buffers per task left the process's memory tens of megabytes higher).
const sums = new Float64Array(width * height * 5);
const rows = Buffer.alloc(height * (width * 4 + 1));

/**
 * A signature cropped to its ink and redrawn at STORED_SIGNATURE (signature-store.ts runs it in a
 * worker thread): a data URL, or null when the picture has no ink. Throws on a file that is no PNG.
 */
export function redrawSignature(dataUrl: string): string | null {
  const source = PNG.sync.read(Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64"));
  const ink = inkBounds(source);
  if (!ink) return null;
  // Never enlarged (a small signature stays sharp), shrunk to fit, centred.
  const scale = Math.min(1, width / ink.width, height / ink.height);
  const fitted = { width: Math.max(1, Math.round(ink.width * scale)), height: Math.max(1, Math.round(ink.height * scale)) };
  const left = Math.floor((width - fitted.width) / 2);
  const top = Math.floor((height - fitted.height) / 2);

  // Each stored pixel is the average of the source pixels that fall in it (colour weighted by alpha).
  sums.fill(0, 0, fitted.width * fitted.height * 5);
  // Stryker disable all: per-pixel loops (millions of turns per signature); instrumented, they outlast the worker's time budget. signature-redraw.test.ts checks what they draw.
  for (let y = 0; y < ink.height; y++) {
    const ty = Math.min(fitted.height - 1, Math.floor(y * scale));
    for (let x = 0; x < ink.width; x++) {
      const tx = Math.min(fitted.width - 1, Math.floor(x * scale));
      const from = ((ink.top + y) * source.width + ink.left + x) * 4;
      const to = (ty * fitted.width + tx) * 5;
      const alpha = source.data[from + 3];
      sums[to] += source.data[from] * alpha;
      sums[to + 1] += source.data[from + 1] * alpha;
      sums[to + 2] += source.data[from + 2] * alpha;
      sums[to + 3] += alpha;
      sums[to + 4] += 1;
    }
  }
  // The PNG's rows: each a filter byte (0: none) and RGBA pixels, transparent around the signature.
  rows.fill(0);
  for (let y = 0; y < fitted.height; y++) {
    for (let x = 0; x < fitted.width; x++) {
      const at = (y * fitted.width + x) * 5;
      const alpha = sums[at + 3];
      if (alpha === 0) continue;
      const to = (top + y) * (width * 4 + 1) + 1 + (left + x) * 4;
      rows[to] = Math.round(sums[at] / alpha);
      rows[to + 1] = Math.round(sums[at + 1] / alpha);
      rows[to + 2] = Math.round(sums[at + 2] / alpha);
      rows[to + 3] = Math.round(alpha / sums[at + 4]);
    }
  }
  // Stryker restore all
  const png = rgbaPng(width, height, deflateSync(rows));
  return `data:image/png;base64,${png.toString("base64")}`;
}

/** The smallest rectangle holding every pixel that is not transparent (nor white, for a pad that paints its background). */
function inkBounds(png: PNG): { left: number; top: number; width: number; height: number } | null {
  let left = png.width;
  let right = -1;
  let top = png.height;
  let bottom = -1;
  // Stryker disable all: per-pixel loop, as in redrawSignature.
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const at = (y * png.width + x) * 4;
      const blank = png.data[at + 3] === 0 || (png.data[at] > 245 && png.data[at + 1] > 245 && png.data[at + 2] > 245);
      if (blank) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  // Stryker restore all
  return right < 0 ? null : { left, top, width: right - left + 1, height: bottom - top + 1 };
}
