"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/i18n/locale";
import { publicAction, staffAction } from "@/lib/kernel/action";
import { done } from "@/lib/kernel/outcome";
import { accountLanguage, saveOwnLanguage } from "@/lib/users/language";

async function keepOnThisBrowser(locale: Locale) {
  // Setting it re-renders the page in that language; kept for a year.
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
}

/** The language switch in the header: anyone chooses their language; staff also keep it on their account. */
export const chooseLanguage = publicAction({ input: z.object({ locale: z.enum(LOCALES) }) }, async ({ input: { locale } }) => {
  await keepOnThisBrowser(locale);
  const access = await authorize("STAFF", { pendingPasswordChange: "allow" });
  if (access.ok) await saveOwnLanguage(access.actor, locale);
  return done("LANGUAGE_CHOSEN", undefined, { locale });
});

/** Right after signing in: this browser takes the language saved on the account. */
export const adoptAccountLanguage = staffAction({ need: "STAFF", pendingPasswordChange: "allow", input: z.object({}) }, async ({ actor }) => {
  const locale = await accountLanguage(actor.id);
  await keepOnThisBrowser(locale);
  return done("LANGUAGE_CHOSEN", undefined, { locale });
});
