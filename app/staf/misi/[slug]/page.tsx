import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireEventPage } from "@/lib/auth/page-access";
import { eventDetails } from "@/lib/events/queries";
import { ArchiveForm } from "./archive-form";
import { EventForm } from "../event-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("missions"))("details") };
}

export default async function EventPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { event } = await requireEventPage(slug, "ADMIN", `/staf/misi/${slug}`);
  const [details, t] = await Promise.all([eventDetails(event.id), getTranslations("missions")]);
  const archived = details.status === "ARCHIVED";
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm font-medium text-brand-700">{t(`statuses.${details.status}`)}</p>
        <h1 className="text-2xl font-bold">{details.name}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {t("sidesElsewhere")}{" "}
          <Link href={`/staf/e/${details.slug}/pengaturan`} className="font-medium text-brand-700 hover:underline">
            {t("openSettings")}
          </Link>
        </p>
      </div>
      {archived ? <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">{t("archivedNote")}</p> : <EventForm event={details} />}
      <ArchiveForm slug={details.slug} archived={archived} />
    </div>
  );
}
