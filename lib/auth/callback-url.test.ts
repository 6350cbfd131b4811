import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeCallbackPath("/staf/e/jatim-kaltim-2025?tab=meja")).toBe("/staf/e/jatim-kaltim-2025?tab=meja");
    expect(safeCallbackPath(["/staf/pengguna", "/x"])).toBe("/staf/pengguna");
  });

  it("sends anything else to the staff home", () => {
    for (const value of [
      undefined,
      null,
      "",
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "staf",
      "/masuk?callbackUrl=/masuk",
    ]) {
      expect(safeCallbackPath(value)).toBe("/staf");
    }
  });
});
