import { describe, expect, it } from "vitest";
import { commodityWords, editDistance, likeness, wordLikeness } from "./likeness";

describe("how alike two commodities are", () => {
  it("reads the words, without fillers, punctuation or accents", () => {
    expect(commodityWords("Makanan dan Minuman (Olahan)")).toEqual(["makanan", "minuman", "olahan"]);
    expect(commodityWords("Café & Kopi, untuk ekspor")).toEqual(["cafe", "kopi", "ekspor"]);
    expect(commodityWords("dan")).toEqual([]);
  });

  it("counts edits, a swap of neighbours as one", () => {
    expect(editDistance("pakan", "pakan")).toBe(0);
    expect(editDistance("pakna", "pakan")).toBe(1);
    expect(editDistance("pakn", "pakan")).toBe(1);
    expect(editDistance("pakan", "pakann")).toBe(1);
    expect(editDistance("pakan", "pokan")).toBe(1);
    expect(editDistance("ikan", "ternak")).toBe(5);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("abc", "ca")).toBe(3);
  });

  it("takes a word for another when it is the same, a longer form of it, or a typo of it", () => {
    expect(wordLikeness("udang", "udang")).toBe(1);
    expect(wordLikeness("batik", "batiknya")).toBe(0.9);
    expect(wordLikeness("batiknya", "batik")).toBe(0.9);
    expect(wordLikeness("kopi", "kopiah")).toBe(0);
    expect(wordLikeness("pakna", "pakan")).toBe(0.8);
    expect(wordLikeness("sapi", "sari")).toBe(0);
    expect(wordLikeness("ikn", "ikan")).toBe(0);
    expect(wordLikeness("pergudangan", "pergudagnan")).toBe(0.8);
    expect(wordLikeness("pergudangan", "pergdagnan")).toBe(0.8);
    expect(wordLikeness("pergudangan", "perdgaagnan")).toBe(0);
    expect(wordLikeness("bandeng", "bandung")).toBe(0.8);
    expect(wordLikeness("ikan", "ternak")).toBe(0);
  });

  it("matches when every word of the shorter name stands for a word of the other, closer the more it covers", () => {
    expect(likeness("Pakan ikan", "pakan ikan")).toBe(1);
    expect(likeness("Batu bara", "Batubara")).toBe(1);
    expect(likeness("Udang", "Udang vaname")).toBe(0.5);
    expect(likeness("Udang vaname", "udang")).toBe(0.5);
    expect(likeness("Pakna ikan", "Pakan ikan")).toBeCloseTo(0.9);
    expect(likeness("Makanan dan minuman", "minuman")).toBe(0.5);
    expect(likeness("Pakan ikan", "Pakan ternak")).toBe(0);
    expect(likeness("Pakan ikan", "Ikan bandeng")).toBe(0);
    expect(likeness("Investasi CPO", "Investasi wood pellet")).toBe(0);
    expect(likeness("Kain batik", "Batik tulis")).toBe(0);
    expect(likeness("dan", "Pakan ikan")).toBe(0);
    expect(likeness("Kopi", "")).toBe(0);
  });
});
