import Link from "next/link";
import { getTranslations } from "next-intl/server";

const PAGES = ["", "/jadwal", "/meja", "/cetak", "/hasil"] as const;

/** The business matching's own pages: pairs, the schedule, the tables on the day, printing, and what came of it. */
export async function MatchingNav({ slug, current }: { slug: string; current: (typeof PAGES)[number] }) {
  const t = await getTranslations("matching");
  const label = { "": t("navPairs"), "/jadwal": t("navSchedule"), "/meja": t("navTables"), "/cetak": t("navPrint"), "/hasil": t("navOutcomes") };
  return (
    <nav aria-label={t("title")} className="flex flex-wrap gap-2 print:hidden">
      {PAGES.map((page) => (
        <Link
          key={page}
          href={`/staf/e/${slug}/temu-bisnis${page}`}
          aria-current={page === current ? "page" : undefined}
          className={`rounded-md px-3 py-2 text-sm font-medium ${page === current ? "bg-brand-700 text-white" : "border border-slate-300 bg-white text-slate-700 hover:border-brand-600"}`}
        >
          {label[page]}
        </Link>
      ))}
    </nav>
  );
}
