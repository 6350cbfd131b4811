import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeCallbackPath("/staf/e/jatim-kaltim-2025?tab=meja")).toBe("/staf/e/jatim-kaltim-2025?tab=meja");
    expect(safeCallbackPath(["/staf/pengguna", "/x"])).toBe("/staf/pengguna");
    expect(safeCallbackPath("/staf/e/a/../b#top")).toBe("/staf/e/b#top");
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
      "evil/x",
      "/masuk/lagi",
      "/masuk?callbackUrl=/masuk",
      "/\t/evil.example/x",
      "/\t\\evil.example",
      "/\n/evil.example",
      "/\u0000/evil.example",
      "/staf\\..\\..\\evil",
      "///evil.example",
      "/\r\n//evil.example",
    ]) {
      expect(safeCallbackPath(value)).toBe("/staf");
    }
    expect(safeCallbackPath("evil/x", "/")).toBe("/");
  });
});
