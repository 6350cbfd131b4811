import type { CommitmentCategory } from "@/lib/generated/prisma/enums";

const VERBS: Record<CommitmentCategory, string> = { SELL: "menjual", BUY: "membeli", INVEST: "berinvestasi" };

/** Categories are read from the visiting delegation's side: "Jatim menjual", "Jatim membeli", "Jatim berinvestasi". */
export function categoryLabel(category: CommitmentCategory, visitingShortName: string): string {
  return `${visitingShortName} ${VERBS[category]}`;
}
