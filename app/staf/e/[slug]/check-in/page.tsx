import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireEventPage } from "@/lib/auth/page-access";
import { CheckInDesk } from "./check-in-desk";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkIn"))("title") };
}

type Props = { params: Promise<{ slug: string }> };

export default async function CheckInPage({ params }: Props) {
  const { slug } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/check-in`);
  const t = await getTranslations("checkIn");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <CheckInDesk slug={event.slug} defaultDesk={actor.name} />
    </div>
  );
}
