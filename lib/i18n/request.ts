// next-intl's per-request configuration (named in next.config.js): the language each person chose
// (a cookie set by the language switch), Indonesian otherwise. No locale in the URL: links and QR
// codes printed on badges and letters stay the same in both languages.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { chosenLocale, isLocale, type Locale } from "./locale";
import { messagesFor } from "./messages";

export default getRequestConfig(async ({ locale: explicit }) => {
  // An explicit locale (getTranslations({ locale })) wins: the board can be set per screen.
  const locale: Locale = isLocale(explicit) ? explicit : chosenLocale(await cookies());
  return { locale, messages: messagesFor(locale) };
});
