import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / "page 2 of 5" / next under a paginated list; `extra` sits at the end of the same line. */
export async function Pager({ page, pages, href, extra }: { page: number; pages: number; href: (page: number) => string; extra?: React.ReactNode }) {
  const t = await getTranslations("pager");
  const current = Math.min(page, pages);
  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center gap-3 text-sm">
      {current > 1 && (
        <Link href={href(current - 1)} className="text-brand-700 underline">
          {t("previous")}
        </Link>
      )}
      <span className="text-slate-600">{t("pageOf", { page: current, pages })}</span>
      {current < pages && (
        <Link href={href(current + 1)} className="text-brand-700 underline">
          {t("next")}
        </Link>
      )}
      {extra && <span className="ml-auto">{extra}</span>}
    </nav>
  );
}
