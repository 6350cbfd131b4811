import type { CommitmentCategory } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";

const VERBS: Record<Locale, Record<CommitmentCategory, string>> = {
  id: { SELL: "menjual", BUY: "membeli", INVEST: "berinvestasi" },
  en: { SELL: "sells", BUY: "buys", INVEST: "invests" },
};

/** Categories are read from the visiting delegation's side: "Jatim menjual", "Jatim membeli", "Jatim berinvestasi" ("Jatim sells" …). */
export function categoryLabel(category: CommitmentCategory, visitingShortName: string, locale: Locale = "id"): string {
  return `${visitingShortName} ${categoryVerb(category, locale)}`;
}

/** "menjual" / "sells": what a category's label says after the visiting side's name. */
export function categoryVerb(category: CommitmentCategory, locale: Locale): string {
  return VERBS[locale][category];
}
