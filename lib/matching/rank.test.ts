import { describe, expect, it } from "vitest";
import { rankLineMatches, rankPairs, type LineMatch, type MatchedLine } from "./rank";

const line = (
  id: string,
  businessId: string,
  kind: MatchedLine["kind"],
  commodity: string,
  sector: string,
  estimatedValue: bigint | null = null,
): MatchedLine => ({
  id,
  businessId,
  kind,
  commodity,
  sector,
  estimatedValue,
});
const match = (visiting: MatchedLine, host: MatchedLine, similarity: number): LineMatch => ({ visiting, host, similarity });

describe("suggested pairs", () => {
  const feed = line("v-feed", "V1", "OFFER", "Pakan ikan", "Perikanan", 5_000_000_000n);
  const needFeed = line("h-feed", "H1", "NEED", "Pakan ikan apung", "Perikanan", 2_000_000_000n);
  const needCattleFeed = line("h-cattle", "H2", "NEED", "Pakan ternak", "Industri Pengolahan", 9_000_000_000n);
  const coal = line("v-coal", "V1", "NEED", "Batu bara", "Perdagangan Umum");
  const sellsCoal = line("h-coal", "H1", "OFFER", "Batu bara", "Perdagangan Umum", 1_000_000_000n);

  it("keeps only the lines that match at all", () => {
    const ranked = rankLineMatches([match(feed, needFeed, 0.5), match(feed, needCattleFeed, 0), match(coal, sellsCoal, 0.01)]);
    expect(ranked.map((m) => m.host.id)).toEqual(["h-feed", "h-coal"]);
  });

  it("ranks by likeness with the shared sector's bonus, then by the larger potential, then by the lines", () => {
    const sameSector = match(feed, needFeed, 0.6); // 0.85
    const acrossSectors = match(feed, needCattleFeed, 0.84); // 0.84
    expect(rankLineMatches([acrossSectors, sameSector]).map((m) => m.host.id)).toEqual(["h-feed", "h-cattle"]);
    const small = match(line("a", "V2", "OFFER", "x", "S", 1n), line("b", "H3", "NEED", "x", "S", 1n), 1);
    const large = match(line("c", "V3", "OFFER", "x", "S", 10n), line("d", "H4", "NEED", "x", "S", 10n), 1);
    const unknown = match(line("e", "V4", "OFFER", "x", "S"), line("f", "H5", "NEED", "x", "S", 10n), 1);
    expect(rankLineMatches([unknown, small, large]).map((m) => m.visiting.id)).toEqual(["c", "a", "e"]);
    const twin = match(line("a2", "V5", "OFFER", "x", "S", 1n), line("b", "H3", "NEED", "x", "S", 1n), 1);
    expect(rankLineMatches([twin, small]).map((m) => m.visiting.id)).toEqual(["a", "a2"]);
  });

  it("makes one suggestion per pair of businesses from their best-matching lines, counting the others", () => {
    const pairs = rankPairs([match(coal, sellsCoal, 1), match(feed, needFeed, 0.7), match(feed, needCattleFeed, 0.9)]);
    expect(pairs).toEqual([
      {
        visitingBusinessId: "V1",
        hostBusinessId: "H1",
        category: "BUY",
        visitingLine: coal,
        hostLine: sellsCoal,
        sector: "Perdagangan Umum",
        sameSector: true,
        similarity: 1,
        potential: null,
        lineMatches: 2,
        score: 1.25,
      },
      {
        visitingBusinessId: "V1",
        hostBusinessId: "H2",
        category: "SELL",
        visitingLine: feed,
        hostLine: needCattleFeed,
        sector: "Perikanan",
        sameSector: false,
        similarity: 0.9,
        potential: 5_000_000_000n,
        lineMatches: 1,
        score: 0.9,
      },
    ]);
  });

  it("gives the pair the smaller of the two estimates as its potential", () => {
    const [pair] = rankPairs([match(feed, needFeed, 1)]);
    expect(pair.potential).toBe(2_000_000_000n);
    expect(pair.category).toBe("SELL");
  });
});
