"use client";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { outboxItems } from "@/app/_offline/outbox";
import { forgetEverything } from "@/app/_offline/store";
import { discardAllSigningDrafts } from "./e/[slug]/komitmen/signing-draft";

export function SignOutButton() {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        // What this tablet has not sent yet is lost with the sign-out: the desk is asked first.
        const unsent = (await outboxItems().catch(() => [])).filter((item) => item.state === "waiting" || item.state === "refused").length;
        if (unsent > 0 && !window.confirm(t("signOutUnsent", { count: unsent }))) return;
        setPending(true);
        discardAllSigningDrafts();
        await forgetEverything().catch(() => undefined);
        await signOut({ redirect: false });
        router.replace("/masuk");
        router.refresh();
      }}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
    >
      {pending ? t("signingOut") : t("signOut")}
    </button>
  );
}
