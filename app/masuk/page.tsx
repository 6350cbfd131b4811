import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { authorize } from "@/lib/auth/authorize";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { usesSecureCookies } from "@/lib/auth/options";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  await connection();
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if ((await authorize("STAFF", { pendingPasswordChange: "allow" })).ok) redirect(target);
  const t = await getTranslations("signIn");

  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      <SignInForm callbackUrl={target} secureCookies={usesSecureCookies()} sessionEnded={Boolean(error) || Boolean(callbackUrl)} />
    </div>
  );
}
