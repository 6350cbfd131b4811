"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/app/_components/button";
import { EmptyState } from "@/app/_components/data-table";
import { clearSent, removeItem, sendAgain, useOutbox } from "@/app/_offline/outbox";
import { sendWaiting, useSendPhase } from "@/app/_offline/send";
import type { OutboxItem } from "@/app/_offline/store";

/** The outbox on this tablet, in three groups: waiting to be sent, refused by the server, sent. */
export function OutboxList() {
  const t = useTranslations("offline");
  const items = useOutbox();
  const phase = useSendPhase();
  if (!items) return null;
  if (!items.length) return <EmptyState>{t("outboxEmpty")}</EmptyState>;
  const waiting = items.filter((item) => item.state === "waiting");
  const refused = items.filter((item) => item.state === "refused");
  const sent = items.filter((item) => item.state === "recorded" || item.state === "already");
  return (
    <div className="space-y-6">
      {waiting.length > 0 && (
        <section className="space-y-2" data-testid="outbox-waiting">
          <h2 className="font-semibold">{t("waitingCount", { count: waiting.length })}</h2>
          <p className="text-sm text-slate-600">{t(`phase.${phase}`)}</p>
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
            {waiting.map((item) => (
              <Row key={item.key} item={item} />
            ))}
          </ul>
        </section>
      )}
      {refused.length > 0 && (
        <section className="space-y-2" data-testid="outbox-refused">
          <h2 className="font-semibold text-red-800">{t("refusedCount", { count: refused.length })}</h2>
          <ul className="divide-y divide-red-100 rounded-xl border border-red-200 bg-white">
            {refused.map((item) => (
              <Row key={item.key} item={item}>
                <p className="text-red-800">{item.message ?? t("refusedNoReason", { code: item.code ?? "" })}</p>
                {item.fieldErrors && (
                  <ul className="list-disc pl-5 text-sm text-red-800">
                    {Object.values(item.fieldErrors)
                      .flat()
                      .map((message) => (
                        <li key={message}>{message}</li>
                      ))}
                  </ul>
                )}
                <p className="text-sm text-slate-700">{t(item.kind === "commitment" ? "refusedWhatToDoSigning" : "refusedWhatToDoCheckIn")}</p>
                <div className="flex flex-wrap gap-3">
                  <button
                    type="button"
                    className={buttonClass("plain", "sm")}
                    onClick={async () => {
                      await sendAgain(item.key);
                      void sendWaiting();
                    }}
                  >
                    {t("sendAgain")}
                  </button>
                  <button
                    type="button"
                    className="text-sm font-medium text-red-700 underline"
                    onClick={() => window.confirm(t("removeConfirm")) && void removeItem(item.key)}
                  >
                    {t("remove")}
                  </button>
                </div>
              </Row>
            ))}
          </ul>
        </section>
      )}
      {sent.length > 0 && (
        <section className="space-y-2" data-testid="outbox-sent-list">
          <div className="flex items-center justify-between gap-3">
            <h2 className="font-semibold">{t("sentCount", { count: sent.length })}</h2>
            <button type="button" onClick={() => void clearSent()} className="text-sm font-medium text-slate-600 underline">
              {t("clearSent")}
            </button>
          </div>
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
            {sent.map((item) => (
              <Row key={item.key} item={item}>
                {item.message && <p className={item.state === "already" ? "font-medium text-amber-900" : "text-emerald-800"}>{item.message}</p>}
                {item.commitment && <Receipt slug={item.slug} commitment={item.commitment} />}
              </Row>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function Row({ item, children }: { item: OutboxItem; children?: React.ReactNode }) {
  const t = useTranslations("offline");
  const locale = useLocale();
  const time = (at: number) => new Date(at).toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" });
  return (
    <li className="space-y-1.5 px-4 py-3" data-testid="outbox-item" data-state={item.state}>
      <p className="font-medium">{item.label}</p>
      <p className="text-sm text-slate-600">
        {t(`kind.${item.kind}`)} · {t("queuedAt", { time: time(item.queuedAt) })}
        {item.settledAt ? ` · ${t("settledAt", { time: time(item.settledAt) })}` : ""}
      </p>
      {children}
    </li>
  );
}

/** A signing the server recorded: its letter (once signed) and its public verification page. */
export function Receipt({ slug, commitment }: { slug: string; commitment: NonNullable<OutboxItem["commitment"]> }) {
  const t = useTranslations("signing");
  return (
    <div className="flex flex-wrap gap-4 text-sm font-medium">
      <Link href={`/staf/e/${slug}/komitmen/${commitment.id}`} className="underline">
        {t("view")}
      </Link>
      {commitment.status === "SIGNED" && (
        <a href={`/api/events/${slug}/commitments/${commitment.id}/letter`} className="underline">
          {t("letter")}
        </a>
      )}
      <Link href={`/verify/${commitment.verificationCode}`} className="underline">
        {t("verifyPage")}
      </Link>
    </div>
  );
}
