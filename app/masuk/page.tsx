import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { authorize } from "@/lib/auth/authorize";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { usesSecureCookies } from "@/lib/auth/options";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Masuk petugas" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  await connection();
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if ((await authorize("STAFF")).ok) redirect(target);

  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">Masuk petugas</h1>
      <p className="mt-1 text-sm text-slate-600">Untuk panitia dan petugas meja. Halaman publik dan papan angka dapat dibuka tanpa masuk.</p>
      <SignInForm callbackUrl={target} secureCookies={usesSecureCookies()} sessionEnded={Boolean(error) || Boolean(callbackUrl)} />
    </div>
  );
}
