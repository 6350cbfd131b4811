import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireEventPage } from "@/lib/auth/page-access";
import { eventSides } from "@/lib/businesses/queries";
import { WalkInForm } from "./walk-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("walkIn"))("title") };
}

type Props = { params: Promise<{ slug: string }> };

export default async function WalkInPage({ params }: Props) {
  const { slug } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/pelaku-usaha/baru`);
  const [setup, t] = await Promise.all([eventSides(event.id), getTranslations("walkIn")]);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="text-slate-600">{t("intro")}</p>
      <WalkInForm slug={event.slug} sides={setup.sides} sectors={setup.sectors} canOverrideQuota={actor.role === "ADMIN"} />
    </div>
  );
}
