import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireEventPage } from "@/lib/auth/page-access";
import { eventSides } from "@/lib/businesses/queries";
import { SetupForm } from "./setup-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("setup"))("title") };
}

type Props = { params: Promise<{ slug: string }> };

export default async function SetupPage({ params }: Props) {
  const { slug } = await params;
  const { event } = await requireEventPage(slug, "ADMIN", `/staf/e/${slug}/pengaturan`);
  const [setup, t] = await Promise.all([eventSides(event.id), getTranslations("setup")]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <SetupForm slug={event.slug} sectors={setup.sectors} sides={setup.sides} />
    </div>
  );
}
