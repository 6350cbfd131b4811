import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireEventPage } from "@/lib/auth/page-access";
import { eventSides } from "@/lib/businesses/queries";
import { ImportWizard } from "./import-wizard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

type Props = { params: Promise<{ slug: string }> };

export default async function ImportPage({ params }: Props) {
  const { slug } = await params;
  const { event } = await requireEventPage(slug, "ADMIN", `/staf/e/${slug}/impor`);
  const [setup, t] = await Promise.all([eventSides(event.id), getTranslations("import")]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-600">
        {t.rich("intro", { em: (chunks) => <em>{chunks}</em> })}{" "}
        <a href={`/api/events/${event.slug}/businesses/import/template`} className="font-medium text-brand-700 underline">
          {t("templateXlsx")}
        </a>{" "}
        ·{" "}
        <a href={`/api/events/${event.slug}/businesses/import/template?format=csv`} className="font-medium text-brand-700 underline">
          {t("templateCsv")}
        </a>
      </p>
      <ImportWizard slug={event.slug} sides={setup.sides.map(({ code, shortName, province }) => ({ code, shortName, province }))} />
    </div>
  );
}
