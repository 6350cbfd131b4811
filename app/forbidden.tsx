import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Shown (with HTTP 403) when a signed-in staff member opens a page their role does not allow.
export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <p className="text-sm font-semibold tracking-wide text-red-700 uppercase">403</p>
      <h1 className="mt-2 text-2xl font-bold">{t("forbiddenTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("forbiddenText")}</p>
      <Link href="/staf" className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {t("toStaff")}
      </Link>
    </div>
  );
}
