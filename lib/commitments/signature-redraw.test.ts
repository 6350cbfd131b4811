// The redraw itself, in this process (signature-store.test.ts tries it through its worker thread).
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { drawnSignature } from "@/tests/support/hostile";
import { STORED_SIGNATURE } from "./signature-image";
import { redrawSignature } from "./signature-redraw";

const { width, height } = STORED_SIGNATURE;
const decoded = (dataUrl: string) => PNG.sync.read(Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64"));
const dataUrl = (png: PNG) => `data:image/png;base64,${PNG.sync.write(png).toString("base64")}`;
const pixel = (png: PNG, x: number, y: number) => Array.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4));

/** A transparent picture with the given rectangles painted. */
function picture(w: number, h: number, ...rects: { x: number; y: number; w: number; h: number; rgba: number[] }[]) {
  const png = new PNG({ width: w, height: h });
  png.data.fill(0);
  for (const r of rects) for (let y = r.y; y < r.y + r.h; y++) for (let x = r.x; x < r.x + r.w; x++) png.data.set(r.rgba, (y * w + x) * 4);
  return png;
}

/** Where the ink of a stored signature lies: its bounding box. */
function inkBox(png: PNG) {
  let [left, right, top, bottom] = [png.width, -1, png.height, -1];
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++)
      if (png.data[(y * png.width + x) * 4 + 3] > 0)
        [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
  return { left, right, top, bottom };
}

/** The distinct pixels inside `box`: a solid stroke has one. */
function solid(png: PNG, box: ReturnType<typeof inkBox>) {
  const seen = new Map<string, number[]>();
  for (let y = box.top; y <= box.bottom; y++)
    for (let x = box.left; x <= box.right; x++) {
      const p = pixel(png, x, y);
      seen.set(p.join(), p);
    }
  return [...seen.values()];
}

describe("redrawSignature", () => {
  it("crops to the ink and centres it at its own size: a 10×4 mark anywhere on the pad lands in the middle, colour kept", () => {
    const mark = { x: 700, y: 30, w: 10, h: 4, rgba: [15, 23, 42, 255] };
    const stored = decoded(redrawSignature(dataUrl(picture(1_000, 300, mark)))!);
    expect([stored.width, stored.height]).toEqual([width, height]);
    const left = Math.floor((width - 10) / 2);
    const top = Math.floor((height - 4) / 2);
    expect(inkBox(stored)).toEqual({ left, right: left + 9, top, bottom: top + 3 });
    expect(pixel(stored, left, top)).toEqual([15, 23, 42, 255]);
    expect(pixel(stored, left - 1, top)).toEqual([0, 0, 0, 0]);
  });

  it("treats white as paper, not ink: a pad that paints its background white keeps only the stroke", () => {
    const paper = { x: 0, y: 0, w: 400, h: 200, rgba: [255, 255, 255, 255] };
    const almostWhite = { x: 0, y: 0, w: 5, h: 5, rgba: [246, 250, 255, 255] };
    const stroke = { x: 100, y: 50, w: 20, h: 2, rgba: [200, 0, 0, 255] };
    const stored = decoded(redrawSignature(dataUrl(picture(400, 200, paper, almostWhite, stroke)))!);
    const box = inkBox(stored);
    expect([box.right - box.left + 1, box.bottom - box.top + 1]).toEqual([20, 2]);
    expect(pixel(stored, box.left, box.top)).toEqual([200, 0, 0, 255]);
    // Paper is lighter than 245 in every channel; one channel at 245 is already ink.
    const only = (rgba: number[]) => redrawSignature(dataUrl(picture(20, 20, { x: 5, y: 5, w: 2, h: 2, rgba })));
    expect(only([246, 246, 246, 255])).toBeNull();
    for (const ink of [
      [245, 255, 255, 255],
      [255, 245, 255, 255],
      [255, 255, 245, 255],
    ])
      expect(only(ink)).not.toBeNull();
  });

  it("shrinks a wide signature to the stored width, never past it, and averages what falls in one pixel by its alpha", () => {
    const stored = decoded(redrawSignature(dataUrl(picture(width * 2, 10, { x: 0, y: 0, w: width * 2, h: 10, rgba: [0, 0, 0, 255] })))!);
    const box = inkBox(stored);
    expect([box.left, box.right, box.bottom - box.top + 1]).toEqual([0, width - 1, 5]);
    expect(solid(stored, box)).toEqual([[0, 0, 0, 255]]);
    // Half of each stored pixel's sources are opaque red, half transparent: red, at half alpha.
    const striped = picture(width * 2, 2, ...Array.from({ length: width }, (_, i) => ({ x: i * 2, y: 0, w: 1, h: 2, rgba: [255, 0, 0, 255] })));
    const half = decoded(redrawSignature(dataUrl(striped))!);
    const at = inkBox(half);
    expect(pixel(half, at.left + 3, at.top)).toEqual([255, 0, 0, 128]);
  });

  it("keeps nothing of an earlier signature in the buffers it reuses", () => {
    redrawSignature(dataUrl(picture(width, height, { x: 0, y: 0, w: width, h: height, rgba: [0, 0, 0, 255] })));
    const small = decoded(redrawSignature(dataUrl(picture(50, 50, { x: 10, y: 10, w: 4, h: 4, rgba: [0, 0, 0, 255] })))!);
    const box = inkBox(small);
    expect([box.right - box.left + 1, box.bottom - box.top + 1]).toEqual([4, 4]);
    expect(solid(small, box)).toEqual([[0, 0, 0, 255]]);
  });

  it("keeps a see-through stroke's colour and its transparency, pixel for pixel", () => {
    const stored = decoded(redrawSignature(dataUrl(picture(30, 30, { x: 5, y: 5, w: 6, h: 3, rgba: [10, 20, 30, 200] })))!);
    const box = inkBox(stored);
    expect([box.right - box.left + 1, box.bottom - box.top + 1]).toEqual([6, 3]);
    expect(solid(stored, box)).toEqual([[10, 20, 30, 200]]);
  });

  it("finds the ink's edges whatever its shape: a single dot in the corner, an L wider at the top", () => {
    const dot = decoded(redrawSignature(dataUrl(picture(20, 20, { x: 0, y: 0, w: 1, h: 1, rgba: [0, 0, 0, 255] })))!);
    const dotBox = inkBox(dot);
    expect([dotBox.right - dotBox.left + 1, dotBox.bottom - dotBox.top + 1]).toEqual([1, 1]);
    const ell = decoded(
      redrawSignature(dataUrl(picture(40, 40, { x: 3, y: 3, w: 21, h: 2, rgba: [0, 0, 0, 255] }, { x: 3, y: 5, w: 3, h: 10, rgba: [0, 0, 0, 255] })))!,
    );
    const ellBox = inkBox(ell);
    expect([ellBox.right - ellBox.left + 1, ellBox.bottom - ellBox.top + 1]).toEqual([21, 12]);
  });

  it("shrinks a tall signature to the stored height, every stored pixel of a solid stroke solid", () => {
    const tall = decoded(redrawSignature(dataUrl(picture(20, height * 2, { x: 0, y: 0, w: 20, h: height * 2, rgba: [0, 0, 0, 255] })))!);
    const box = inkBox(tall);
    expect([box.right - box.left + 1, box.top, box.bottom]).toEqual([10, 0, height - 1]);
    expect(solid(tall, box)).toEqual([[0, 0, 0, 255]]);
  });

  it("is null for a picture with no ink, and throws on bytes that are no PNG", async () => {
    expect(redrawSignature(dataUrl(picture(300, 100)))).toBeNull();
    expect(() => redrawSignature("data:image/png;base64,iVBORw0KGgoAAAAN")).toThrow();
    // A drawn stroke comes back as a PNG data URL.
    expect(redrawSignature(await drawnSignature(600, 200))).toMatch(/^data:image\/png;base64,/);
  });
});
