// next-auth's forms are small: a sign-in posts the CSRF token, the page's address to return to, the
// e-mail and the password (at most 320 and 200 characters, lib/users/schema.ts: under 3 KB even with
// every character percent-encoded); a sign-out the token and the address. Anything over the budget is
// refused before next-auth reads it, and before a password is handed to its worker thread.
// Plain module: the browser tests send just over the budget.
export const AUTH_FORM_MAX_BYTES = 8 * 1024;

/** Refusals made before next-auth runs, each worded by the sign-in form (app/masuk/sign-in-form.tsx). */
export type EarlyRefusal = "BUSY" | "SLOW" | "TOO_LARGE";

/**
 * Every refusal the sign-in form words, as next-auth hands it over in `error`: the password check's
 * (lib/auth/options.ts; LOCKED comes with ":minutes") and those made before next-auth runs.
 */
export type SignInRefusal = "INVALID" | "DISABLED" | "LOCKED" | "BUSY" | "UNAVAILABLE" | EarlyRefusal;

/** next-auth's client reads a refusal from the answer's `url` (its `error`), as it reads next-auth's own. */
export function refusalUrl(origin: string, refusal: EarlyRefusal): string {
  return `${origin}/masuk?error=${refusal}`;
}
