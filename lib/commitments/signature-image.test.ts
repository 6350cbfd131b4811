import { describe, expect, it } from "vitest";
import { pngClaiming } from "@/tests/support/hostile";
import { SIGNATURE } from "@/tests/support/signature";
import { pngDimensions, signatureWithinBudget } from "./signature-image";

describe("signature images", () => {
  it("reads a PNG's size from its header", () => {
    expect(pngDimensions(SIGNATURE)).toEqual({ width: 1, height: 1 });
    expect(pngDimensions(pngClaiming(1200, 400))).toEqual({ width: 1200, height: 400 });
  });

  it("accepts a pad's signature and refuses a picture that would decode to gigabytes, or no PNG at all", () => {
    expect(signatureWithinBudget(SIGNATURE)).toBe(true);
    expect(signatureWithinBudget(pngClaiming(2400, 600))).toBe(true);
    expect(signatureWithinBudget(pngClaiming(16_000, 16_000))).toBe(false);
    expect(signatureWithinBudget(pngClaiming(4001, 10))).toBe(false);
    expect(signatureWithinBudget(pngClaiming(2500, 1999))).toBe(false); // within each side, over the pixels
    expect(signatureWithinBudget("data:image/png;base64,R0lGODlhAQABAAAAACw=")).toBe(false); // a GIF
    expect(signatureWithinBudget("data:image/png;base64,!!!")).toBe(false);
  });

  it("reads the size only from a PNG data URL whose first chunk is IHDR", () => {
    const header = (bytes: number[]) => `data:image/png;base64,${Buffer.from(bytes).toString("base64")}`;
    const magic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    const ihdr = [0, 0, 0, 13, ...Buffer.from("IHDR"), 0, 0, 0x04, 0xb0, 0, 0, 0x01, 0x90];
    expect(pngDimensions(header([...magic, ...ihdr]))).toEqual({ width: 1200, height: 400 });
    expect(pngDimensions(header([...magic, ...ihdr]).replace("image/png", "image/jpeg"))).toBeNull();
    expect(pngDimensions(`data:image/png,${Buffer.from([...magic, ...ihdr]).toString("base64")}`)).toBeNull();
    // Each byte of the magic number counts, the first and the last.
    expect(pngDimensions(header([0x88, ...magic.slice(1), ...ihdr]))).toBeNull();
    expect(pngDimensions(header([...magic.slice(0, 7), 0x0b, ...ihdr]))).toBeNull();
    expect(pngDimensions(header([...magic, 0, 0, 0, 13, ...Buffer.from("IDAT"), ...ihdr.slice(8)]))).toBeNull();
    // Too short to hold the height.
    expect(pngDimensions(header([...magic, ...ihdr.slice(0, 15)]))).toBeNull();
  });

  it("allows each side and the pixels up to the budget exactly, and no empty picture", () => {
    const within = (width: number, height: number) => signatureWithinBudget(pngClaiming(width, height), { width: 40, height: 20, pixels: 400 });
    // 20 × 20 is the pixels exactly; 40 × 11 is within each side but over the pixels.
    expect([within(40, 10), within(41, 5), within(20, 20), within(10, 21), within(40, 11), within(21, 19)]).toEqual([true, false, true, false, false, true]);
    expect([within(0, 10), within(10, 0), within(1, 1)]).toEqual([false, false, true]);
    expect(signatureWithinBudget(pngClaiming(4000, 1000))).toBe(true);
    expect(signatureWithinBudget(pngClaiming(2000, 2000))).toBe(true);
    expect(signatureWithinBudget(pngClaiming(2000, 2001))).toBe(false);
  });
});
