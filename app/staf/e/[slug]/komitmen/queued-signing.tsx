"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button";
import { useOutbox } from "@/app/_offline/outbox";
import { Receipt } from "@/app/staf/antrean/outbox-list";

/**
 * A signing made offline, as the desk sees it after pressing Sign: kept on this tablet and waiting to
 * be sent (menunggu dikirim); then recorded, with its letter; or refused, with the server's reason.
 */
export function QueuedSigning({ slug, itemKey, onNext }: { slug: string; itemKey: string; onNext: () => void }) {
  const t = useTranslations("offline");
  const item = useOutbox()?.find((found) => found.key === itemKey);
  const tone =
    item?.state === "recorded"
      ? "border-emerald-300 bg-emerald-50 text-emerald-900"
      : item?.state === "refused"
        ? "border-red-300 bg-red-50 text-red-900"
        : "border-sky-300 bg-sky-50 text-sky-900";
  return (
    <div className={`space-y-3 rounded-xl border-2 p-5 ${tone}`} data-testid="signing-queued" data-state={item?.state ?? "waiting"}>
      <p className="text-lg font-semibold">
        {item?.state === "recorded" ? t("queuedRecorded") : item?.state === "refused" ? t("queuedRefused") : t("queuedWaiting")}
      </p>
      {item && <p>{item.label}</p>}
      {item?.state === "waiting" && <p className="text-sm">{t("queuedWaitingHint")}</p>}
      {item?.state === "recorded" && <p>{item.message}</p>}
      {item?.state === "refused" && (
        <p>
          {item.message}{" "}
          <Link href="/staf/antrean" className="font-medium underline">
            {t("openOutbox")}
          </Link>
        </p>
      )}
      {item?.commitment && <Receipt slug={slug} commitment={item.commitment} />}
      <button type="button" onClick={onNext} className={buttonClass("primary", "sm")}>
        {t("nextSigning")}
      </button>
    </div>
  );
}
