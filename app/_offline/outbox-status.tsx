"use client";
import Link from "next/link";
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { useOnline } from "./online";
import { useOutbox } from "./outbox";
import { sendWaiting, useSendPhase } from "./send";

const SEND_EVERY_MS = 15_000;

/**
 * The staff header's word on the network and the outbox ("2 menunggu dikirim"), and what sends the
 * outbox: when a staff page opens, when the network returns, and every few seconds while items wait.
 */
export function OutboxStatus() {
  const t = useTranslations("offline");
  const online = useOnline();
  const items = useOutbox();
  const phase = useSendPhase();
  const waiting = items?.filter((item) => item.state === "waiting").length ?? 0;
  const refused = items?.filter((item) => item.state === "refused").length ?? 0;
  const sent = (items?.length ?? 0) - waiting - refused;

  useEffect(() => {
    if (online) void sendWaiting();
  }, [online, waiting]);
  useEffect(() => {
    const timer = setInterval(() => {
      if (navigator.onLine) void sendWaiting();
    }, SEND_EVERY_MS);
    return () => clearInterval(timer);
  }, []);

  return (
    <span className="flex flex-wrap items-center gap-2" data-testid="outbox-status">
      {!online && (
        <span role="status" className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900" data-testid="offline-pill">
          {t("offline")}
        </span>
      )}
      {waiting === 0 && refused === 0 && sent > 0 && (
        <Link href="/staf/antrean" className="text-xs font-medium text-slate-600 underline" data-testid="outbox-sent">
          {t("sentCount", { count: sent })}
        </Link>
      )}
      {(waiting > 0 || refused > 0) && (
        <Link
          href="/staf/antrean"
          className="rounded-full bg-sky-100 px-2.5 py-0.5 text-xs font-semibold text-sky-900 hover:bg-sky-200"
          data-testid="outbox-count"
        >
          {waiting > 0 && t("waitingCount", { count: waiting })}
          {waiting > 0 && refused > 0 && " · "}
          {refused > 0 && t("refusedCount", { count: refused })}
          {waiting > 0 && phase === "signIn" && ` · ${t("signInToSend")}`}
        </Link>
      )}
    </span>
  );
}
