"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { adoptAccountLanguage } from "@/app/actions";
import { inputClass, labelClass } from "@/app/_components/form";
import type { SignInRefusal } from "@/lib/auth/auth-form";
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from "@/lib/users/schema";

const noSubscription = () => () => {};

export function SignInForm({ callbackUrl, secureCookies, sessionEnded }: { callbackUrl: string; secureCookies: boolean; sessionEnded: boolean }) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Secure cookies are refused on plain http (other than localhost): say so instead of failing silently.
  const secureContext = useSyncExternalStore(
    noSubscription,
    () => window.isSecureContext,
    () => true,
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email: data.get("email"), password: data.get("password"), redirect: false });
      if (!result || result.error) {
        // The server's refusal as a code (lib/auth/auth-form.ts): a lockout says for how long; anything unknown is "wrong".
        const [reason, minutes] = (result?.error ?? "").split(":");
        const refusals: Record<SignInRefusal, string> = {
          INVALID: t("wrong"),
          LOCKED: t("locked", { minutes: Number(minutes) }),
          DISABLED: t("disabled"),
          BUSY: t("busy"),
          UNAVAILABLE: t("unavailable"),
          SLOW: t("network"),
          TOO_LARGE: t("tooLong"),
        };
        setError(refusals[reason as SignInRefusal] ?? t("wrong"));
        (form.elements.namedItem("password") as HTMLInputElement).value = "";
        setPending(false);
        return;
      }
      // The language saved on the account follows the person to this browser.
      await adoptAccountLanguage(null, new FormData());
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setError(t("network"));
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm" noValidate={false}>
      {secureCookies && !secureContext && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("insecure")}
        </p>
      )}
      {sessionEnded && !error && <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("continue")}</p>}
      <div>
        <label htmlFor="email" className={labelClass}>
          {t("email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" maxLength={EMAIL_MAX_LENGTH} required autoFocus className={inputClass} />
      </div>
      <div>
        <label htmlFor="password" className={labelClass}>
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" maxLength={PASSWORD_MAX_LENGTH} required className={inputClass} />
      </div>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white transition hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("checking") : t("submit")}
      </button>
    </form>
  );
}
