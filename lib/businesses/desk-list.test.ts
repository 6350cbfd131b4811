import { describe, expect, it } from "vitest";
import { badgeCodeFrom } from "./desk-list";

describe("badgeCodeFrom", () => {
  it("reads the code however the scanner delivers it", () => {
    expect(badgeCodeFrom("k7qm3x9t2p")).toBe("K7QM3X9T2P");
    expect(badgeCodeFrom(" K7QM-3X9T-2P ")).toBe("K7QM3X9T2P");
    expect(badgeCodeFrom("https://misidagang.example/b/K7QM3X9T2P?k=0123abcd")).toBe("K7QM3X9T2P");
    expect(badgeCodeFrom("https://misidagang.example/b/K7QM3X9T2P")).toBe("K7QM3X9T2P");
    expect(badgeCodeFrom("https://misidagang.example/lencana/K7QM3X9T2P#x")).toBe("K7QM3X9T2P");
  });
});
