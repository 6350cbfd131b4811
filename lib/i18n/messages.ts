import type { Locale } from "./locale";
import en from "./messages/en.json";
import id from "./messages/id.json";

export type Messages = typeof id;
// English must have every key Indonesian has: a missing translation fails the type check.
const english: Messages = en;
const ALL: Record<Locale, Messages> = { id, en: english };

export function messagesFor(locale: Locale): Messages {
  return ALL[locale];
}
