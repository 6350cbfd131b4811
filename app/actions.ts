"use server";
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";
import { failure, success, type ActionResult } from "@/lib/actions/result";

/** The language switch in the header: anyone (staff or audience) chooses their language; it is kept on their browser for a year. */
export async function chooseLanguage(_previous: unknown, form: FormData): Promise<ActionResult> {
  const locale = form.get("locale");
  if (!isLocale(locale)) return failure("INVALID", "Bahasa tidak dikenal. / Unknown language.");
  // Not a secret and changes nothing recorded: no audit row. Setting it re-renders the page in that language.
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  return success(locale === "id" ? "Bahasa Indonesia" : "English", undefined);
}
