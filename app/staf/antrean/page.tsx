import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/page-access";
import { OutboxList } from "./outbox-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("offline"))("outboxTitle") };
}

// The tablet's outbox (antrean kirim): what was recorded offline, what was sent, what was refused.
// It lives in the browser, so the page only draws it.
export default async function OutboxPage() {
  await requireStaffPage("STAFF", "/staf/antrean");
  const t = await getTranslations("offline");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("outboxTitle")}</h1>
      <p className="max-w-3xl text-slate-600">{t("outboxIntro")}</p>
      <OutboxList />
    </div>
  );
}
