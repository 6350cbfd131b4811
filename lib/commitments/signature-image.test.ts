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
});
