import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/lib/auth/page-access";
import { EventForm } from "../event-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("missions"))("new") };
}

export default async function NewEventPage() {
  await requireStaffPage("ADMIN", "/staf/misi/baru");
  const t = await getTranslations("missions");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <EventForm />
    </div>
  );
}
