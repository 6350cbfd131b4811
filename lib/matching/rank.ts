// From lines that match to suggested pairs of businesses, ranked, each with its reason and its
// estimated potential. Plain module: the database finds the look-alikes (suggest.ts), likeness.ts
// says how alike they are, and this decides the order.
import type { Category } from "@/lib/commitments/rules";
import { categoryOf, potentialOf, type TradeLineKindCode } from "./lines";

export interface MatchedLine {
  id: string;
  businessId: string;
  kind: TradeLineKindCode;
  commodity: string;
  sector: string;
  estimatedValue: bigint | null;
}

/** A visiting business's line and a host business's line of the answering kind, and how alike their commodities are (likeness.ts: 0 no match, up to 1). */
export interface LineMatch {
  visiting: MatchedLine;
  host: MatchedLine;
  similarity: number;
}

export interface SuggestedPair {
  visitingBusinessId: string;
  hostBusinessId: string;
  /** The deal the best-matching lines would make, from the visiting side. */
  category: Category;
  /** The reason: the two lines that match best ("pakan ikan ↔ kebutuhan pakan ikan, Perikanan"). */
  visitingLine: MatchedLine;
  hostLine: MatchedLine;
  /** The sector they share, or the visiting line's. */
  sector: string;
  sameSector: boolean;
  similarity: number;
  /** The smaller of the two lines' estimates; null when either has none. */
  potential: bigint | null;
  /** How many pairs of their lines match (the best one is the reason). */
  lineMatches: number;
  score: number;
}

/** Sharing a sector counts for this much on top of the commodities' likeness. */
const SAME_SECTOR_BONUS = 0.25;

/** A match's place in a ranking: likeness plus the shared sector, then the larger potential. */
function scoreOf(match: LineMatch): number {
  return match.similarity + (match.visiting.sector === match.host.sector ? SAME_SECTOR_BONUS : 0);
}

/** Larger potential first; an unknown potential after every known one (a sort's comparison). */
export function byPotential(a: bigint | null, b: bigint | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a > b ? -1 : 1;
}

/** The look-alikes that are matches (any likeness at all), best first; ties by the larger potential, then by the lines' ids. */
export function rankLineMatches(candidates: LineMatch[]): LineMatch[] {
  return candidates
    .filter((m) => m.similarity > 0)
    .sort(
      (a, b) =>
        scoreOf(b) - scoreOf(a) ||
        byPotential(potentialOf(a.visiting.estimatedValue, a.host.estimatedValue), potentialOf(b.visiting.estimatedValue, b.host.estimatedValue)) ||
        a.visiting.id.localeCompare(b.visiting.id) ||
        a.host.id.localeCompare(b.host.id),
    );
}

/**
 * One suggestion per pair of businesses, from its best-matching pair of lines, ranked as those are:
 * what an organizer accepts, and what a representative asks to meet.
 */
export function rankPairs(candidates: LineMatch[]): SuggestedPair[] {
  const pairs = new Map<string, SuggestedPair>();
  for (const match of rankLineMatches(candidates)) {
    const key = `${match.visiting.businessId}|${match.host.businessId}`;
    const known = pairs.get(key);
    if (known) {
      known.lineMatches += 1;
      continue;
    }
    const sameSector = match.visiting.sector === match.host.sector;
    pairs.set(key, {
      visitingBusinessId: match.visiting.businessId,
      hostBusinessId: match.host.businessId,
      category: categoryOf(match.visiting.kind),
      visitingLine: match.visiting,
      hostLine: match.host,
      sector: match.visiting.sector,
      sameSector,
      similarity: match.similarity,
      potential: potentialOf(match.visiting.estimatedValue, match.host.estimatedValue),
      lineMatches: 1,
      score: scoreOf(match),
    });
  }
  // Insertion order is the ranking of each pair's best match.
  return [...pairs.values()];
}
