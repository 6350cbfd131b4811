// Signatures as they are kept: whatever the pad sent (within its budget), cropped to the ink and
// redrawn at STORED_SIGNATURE, in a worker thread.
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { drawnSignature } from "@/tests/support/hostile";
import { STORED_SIGNATURE } from "./signature-image";
import { storedSignature } from "./signature-store";

const decoded = (dataUrl: string) => PNG.sync.read(Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64"));

describe("storedSignature", () => {
  it("redraws the pad's largest picture at the stored size, the stroke kept and filling the width", async () => {
    const stored = await storedSignature(await drawnSignature(4_000, 1_000));
    if (!stored.ok) throw new Error(stored.error);
    const png = decoded(stored.dataUrl);
    expect([png.width, png.height]).toEqual([STORED_SIGNATURE.width, STORED_SIGNATURE.height]);
    const inkAt = (x: number) => Array.from({ length: png.height }, (_, y) => png.data[(y * png.width + x) * 4 + 3]).some((a) => a > 0);
    // Cropped to the ink: the stroke runs from the left edge to the right one.
    expect(inkAt(0) && inkAt(png.width - 1)).toBe(true);
    expect(stored.dataUrl.length).toBeLessThan(60_000);
  });

  it("keeps a small signature at its own size, centred and in its own colour", async () => {
    const stored = await storedSignature(await drawnSignature(120, 40));
    if (!stored.ok) throw new Error(stored.error);
    const png = decoded(stored.dataUrl);
    const centre = ((png.height / 2) * png.width + png.width / 2) * 4;
    expect([png.width, png.height]).toEqual([STORED_SIGNATURE.width, STORED_SIGNATURE.height]);
    expect(Array.from(png.data.subarray(0, 4))).toEqual([0, 0, 0, 0]);
    expect(Array.from({ length: 40 }, (_, dy) => png.data[centre + (dy - 20) * png.width * 4 + 3]).some((a) => a === 255)).toBe(true);
    const darkest = Array.from({ length: png.data.length / 4 }, (_, i) => (png.data[i * 4 + 3] ? png.data[i * 4 + 2] : 255)).reduce((a, b) => Math.min(a, b));
    expect(darkest).toBe(42);
  });

  it("refuses a picture with no ink as unsigned, and one that is no PNG as unreadable", async () => {
    const blank = new PNG({ width: 300, height: 100 });
    blank.data.fill(0);
    expect(await storedSignature(`data:image/png;base64,${PNG.sync.write(blank).toString("base64")}`)).toEqual({ ok: false, error: "signatureMissing" });
    expect(await storedSignature("data:image/png;base64,iVBORw0KGgoAAAAN")).toEqual({ ok: false, error: "signatureUnreadable" });
  });
});
