import { describe, expect, it } from "vitest";
import { ViewerLimits } from "./viewer-limits";

describe("ViewerLimits", () => {
  it("admits up to the limit per address and in all, and frees a place when a viewer leaves (once)", () => {
    const limits = new ViewerLimits(2, 3);
    const a1 = limits.admit("10.0.0.1");
    const a2 = limits.admit("10.0.0.1");
    expect(a1 && a2).toBeTruthy();
    expect(limits.admit("10.0.0.1")).toBeNull(); // this address is full
    const b1 = limits.admit("10.0.0.2");
    expect(b1).toBeTruthy();
    expect(limits.admit("10.0.0.3")).toBeNull(); // the process is full
    a1!();
    a1!(); // leaving twice frees one place, not two
    expect(limits.admit("10.0.0.3")).toBeTruthy();
    expect(limits.admit("10.0.0.1")).toBeNull();
  });
});
