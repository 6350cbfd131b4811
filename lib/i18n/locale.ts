// The two languages of the app. Bahasa Indonesia is the default: it is the organizers', the desk's
// and most of the audience's language; English serves foreign guests, partners and the press.
// Plain module: used on the server and in the browser.

export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";
/** The cookie that keeps each person's choice (set by the language switch, on every browser). */
export const LOCALE_COOKIE = "misi_lang";

/** The Intl tag numbers and dates are formatted with: 1.053.146.943.500 / 1,053,146,943,500; "8 Mei 2025" / "8 May 2025". */
export const INTL_TAG: Record<Locale, string> = { id: "id-ID", en: "en-GB" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The language a request's cookies say its person chose (the language switch's cookie), Indonesian otherwise. */
export function chosenLocale(cookieJar: { get(name: string): { value: string } | undefined }): Locale {
  const chosen = cookieJar.get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}
