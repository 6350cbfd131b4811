import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireEventPage } from "@/lib/auth/page-access";
import { signingSetup } from "@/lib/commitments/signing-setup";
import { SigningDesk } from "../signing-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signing"))("title") };
}

type Props = { params: Promise<{ slug: string }> };

export default async function NewCommitmentPage({ params }: Props) {
  const { slug } = await params;
  const { event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/komitmen/baru`);
  const [setup, t] = await Promise.all([signingSetup(event.id), getTranslations("signing")]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <SigningDesk slug={event.slug} mode={{ kind: "new" }} {...setup} />
    </div>
  );
}
