import { describe, expect, it } from "vitest";
import { categoryLabel } from "./labels";

describe("categoryLabel", () => {
  it("reads each category from the visiting side, in either language", () => {
    expect((["SELL", "BUY", "INVEST"] as const).map((c) => categoryLabel(c, "Jatim"))).toEqual(["Jatim menjual", "Jatim membeli", "Jatim berinvestasi"]);
    expect((["SELL", "BUY", "INVEST"] as const).map((c) => categoryLabel(c, "Jatim", "en"))).toEqual(["Jatim sells", "Jatim buys", "Jatim invests"]);
  });
});
