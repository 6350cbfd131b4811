"use client";
import { useEffect } from "react";
import { useLocale, useTranslations } from "next-intl";
import { KEEP_EVERY_MS, keepDeskList, useDeskList } from "./desk-list";
import { useOnline } from "./online";
import { keepPagesForOffline } from "./service-worker";

/**
 * On every desk page of a mission: keeps the mission's desk list on the tablet (now, every few minutes,
 * and when the network returns), asks the service worker to keep the signing and check-in pages, and
 * says plainly, while offline, what still works and what needs the network.
 */
export function DeskKeeper({ slug }: { slug: string }) {
  const t = useTranslations("offline");
  const locale = useLocale();
  const online = useOnline();
  const list = useDeskList(slug);

  useEffect(() => {
    if (!online) return;
    void keepDeskList(slug);
    const timer = setInterval(() => void keepDeskList(slug), KEEP_EVERY_MS);
    return () => clearInterval(timer);
  }, [slug, online]);

  useEffect(() => {
    if (online) void keepPagesForOffline([`/staf/e/${slug}/komitmen/baru`, `/staf/e/${slug}/check-in`, "/staf/antrean", "/staf"]);
  }, [slug, online]);

  const keptAt = list ? new Date(list.keptAt).toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" }) : null;
  if (online) {
    return keptAt ? (
      <p className="sr-only" data-testid="desk-list-kept">
        {t("listKept", { time: keptAt, count: list!.businesses.length })}
      </p>
    ) : null;
  }
  return (
    <div role="status" className="space-y-1 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950" data-testid="offline-notice">
      <p className="font-semibold">{t("noticeTitle")}</p>
      <p className="text-sm">{t("noticeWorks")}</p>
      <p className="text-sm">{t("noticeNeedsNetwork")}</p>
      <p className="text-sm" data-testid="desk-list-kept">
        {keptAt ? t("listKept", { time: keptAt, count: list!.businesses.length }) : t("noList")}
      </p>
    </div>
  );
}
