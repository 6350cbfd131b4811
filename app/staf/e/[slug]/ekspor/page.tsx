import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireEventPage } from "@/lib/auth/page-access";
import { DATASET, DATASETS } from "@/lib/exports/datasets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exports"))("title") };
}

// Downloads for staff; the files themselves are streamed by /api/events/[slug]/exports/[dataset].
export default async function ExportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/ekspor`);
  const [t, locale] = await Promise.all([getTranslations("exports"), getLocale()]);
  const organizer = actor.role === "ADMIN";
  const datasets = DATASETS.filter((d) => organizer || !DATASET[d].organizerOnly);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-600">{t("intro")}</p>
        <p className="mt-2 text-sm text-slate-600">{organizer ? t("contactIncluded") : t("contactExcluded")}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2">
        {datasets.map((dataset) => (
          <li key={dataset} className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">{t(dataset)}</h2>
            <p className="mt-1 text-sm text-slate-600">{t(`${dataset}Note`)}</p>
            <div className="mt-3 flex gap-2">
              {(["csv", "xlsx"] as const).map((format) => (
                <a
                  key={format}
                  href={`/api/events/${event.slug}/exports/${dataset}?format=${format}&lang=${locale}`}
                  className="rounded-md border border-brand-700 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50"
                  data-testid={`export-${dataset}-${format}`}
                >
                  {t(format)}
                </a>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
