"use server";
import { cookies } from "next/headers";
import { failure, success, type ActionResult } from "@/lib/actions/result";
import { authorize } from "@/lib/auth/authorize";
import { isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locale";
import { accountLanguage, saveOwnLanguage } from "@/lib/users/language";

async function keepOnThisBrowser(locale: Locale) {
  // Setting it re-renders the page in that language; kept for a year.
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
}

/** The language switch in the header: anyone chooses their language; staff also keep it on their account. */
export async function chooseLanguage(_previous: unknown, form: FormData): Promise<ActionResult> {
  const locale = form.get("locale");
  if (!isLocale(locale)) return failure("INVALID", "Bahasa tidak dikenal. / Unknown language.");
  await keepOnThisBrowser(locale);
  const access = await authorize("STAFF", { pendingPasswordChange: "allow" });
  if (access.ok) await saveOwnLanguage(access.actor, locale);
  return success(locale === "id" ? "Bahasa Indonesia" : "English", undefined);
}

/** Right after signing in: this browser takes the language saved on the account. */
export async function adoptAccountLanguage(_previous: unknown, _form: FormData): Promise<ActionResult> {
  const access = await authorize("STAFF", { pendingPasswordChange: "allow" });
  if (!access.ok) return access;
  await keepOnThisBrowser(await accountLanguage(access.actor.id));
  return success("", undefined);
}
