"use client";
import { buttonClass } from "@/app/_components/button";
import { startTransition, useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useBusinessSearch } from "@/app/_components/business-search";
import { inputClass, labelClass } from "@/app/_components/form";
import type { CheckInOutcome } from "@/lib/businesses/check-in";
import { badgeCodeFrom, findOnDeskList } from "@/lib/businesses/desk-list";
import { newIdempotencyKey } from "@/lib/commitments/new-key";
import type { ActionResult } from "@/lib/kernel/outcome";
import { readDeskList } from "@/app/_offline/desk-list";
import { withOfflineFallback } from "@/app/_offline/network";
import { enqueue } from "@/app/_offline/outbox";
import { checkInAction } from "../pelaku-usaha/actions";
import { CheckInControls } from "../pelaku-usaha/[id]/check-in-controls";
import { CameraScanner } from "./camera-scanner";

/** A check-in as the desk shows it: recorded, already done, or (offline) waiting on this tablet to be sent. */
type DeskOutcome = Omit<CheckInOutcome, "status"> & { status: CheckInOutcome["status"] | "QUEUED" };
type DeskState = ActionResult<DeskOutcome> | null;

const DESK_KEY = "misi-dagang.desk";
const subscribeToStorage = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};

/** The desk's name is kept on this device, so "sudah check-in … oleh Meja 2" names the right table. */
function saveDesk(value: string) {
  window.localStorage.setItem(DESK_KEY, value);
  // "storage" fires only in other tabs; tell this one too.
  window.dispatchEvent(new StorageEvent("storage", { key: DESK_KEY }));
}

/**
 * One screen for the three ways in: a USB/Bluetooth scanner (it types the code and presses Enter into
 * the focused field), the device camera, or a search and a click. The code field is cleared and
 * focused again after every scan, whatever the outcome, so the scanner is never stuck.
 */
export function CheckInDesk({ slug, defaultDesk }: { slug: string; defaultDesk: string }) {
  const t = useTranslations("checkIn");
  const tOffline = useTranslations("offline");
  const locale = useLocale();
  // Without a network the badge is checked against the list this tablet keeps, and the check-in waits
  // in the outbox. Two desks offline can both admit one badge: the server keeps the first, and the
  // other desk's outbox reports "already checked in" when it is sent.
  const checkInOffline = async (_prev: DeskState, data: FormData): Promise<DeskState> => {
    const time = (iso: string) => new Date(iso).toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" });
    const kept = await readDeskList(slug);
    if (!kept) return { ok: false, code: "OFFLINE", message: tOffline("noListToCheck") };
    const code = String(data.get("code") ?? "");
    const entry = findOnDeskList(kept.businesses, { code, businessId: String(data.get("businessId") ?? "") });
    if (!entry) return { ok: false, code: "UNKNOWN_BADGE", message: tOffline("notOnList", { code: badgeCodeFrom(code), time: time(kept.keptAt) }) };
    const business = { id: entry.id, name: entry.name, representative: entry.representative, side: entry.side, sector: entry.sector };
    if (entry.checkedInAt) {
      const at = time(entry.checkedInAt);
      const message = tOffline("alreadyOnList", { name: entry.name, at, hasDesk: entry.checkedInDesk ? "yes" : "no", desk: entry.checkedInDesk ?? "" });
      return { ok: true, message, data: { status: "ALREADY", business, at, desk: entry.checkedInDesk } };
    }
    const desk = String(data.get("desk") ?? "");
    await enqueue({
      key: newIdempotencyKey(),
      slug,
      kind: "checkIn",
      label: `${entry.name} · ${entry.side}`,
      businessId: entry.id,
      body: { businessId: entry.id, desk },
    });
    const at = time(new Date().toISOString());
    return { ok: true, message: tOffline("checkInQueued", { name: entry.name }), data: { status: "QUEUED", business, at, desk } };
  };
  const [state, dispatch, pending] = useActionState<DeskState, FormData>(
    withOfflineFallback((_prev: DeskState, data: FormData) => checkInAction(null, data), checkInOffline),
    null,
  );
  const codeRef = useRef<HTMLInputElement>(null);
  const savedDesk = useSyncExternalStore(
    subscribeToStorage,
    () => window.localStorage.getItem(DESK_KEY),
    () => null,
  );
  const desk = savedDesk ?? defaultDesk;
  // Each scan is numbered and timed on this desk: the same badge twice shows two different panels.
  const [scan, setScan] = useState({ n: 0, at: "" });
  // Searched again after every check-in, so the list shows who is present now.
  const { query, setQuery, results, nothingFound, failed } = useBusinessSearch({ slug, refresh: state });

  function submit(fields: { code?: string; businessId?: string }) {
    const data = new FormData();
    data.set("slug", slug);
    data.set("desk", desk);
    if (fields.code) data.set("code", fields.code);
    if (fields.businessId) data.set("businessId", fields.businessId);
    setScan((last) => ({ n: last.n + 1, at: new Date().toLocaleTimeString("id-ID", { hour: "2-digit", minute: "2-digit", second: "2-digit" }) }));
    startTransition(() => dispatch(data));
  }

  useEffect(() => {
    if (!state) return;
    codeRef.current?.focus();
  }, [state]);

  const outcome = state?.ok ? state.data : null;

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="space-y-4">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const code = codeRef.current?.value ?? "";
            if (codeRef.current) codeRef.current.value = "";
            if (code.trim()) submit({ code });
          }}
          className="space-y-2 rounded-xl border border-slate-200 bg-white p-4"
        >
          <label htmlFor="badge-code" className={labelClass}>
            {t("badgeCode")}
          </label>
          <input
            id="badge-code"
            ref={codeRef}
            name="code"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            className={`${inputClass} font-mono text-2xl tracking-widest`}
          />
          <CameraScanner onCode={(code) => submit({ code })} />
        </form>

        <div aria-live="polite" data-testid="check-in-result">
          {pending && !state && <p className="text-slate-500">{t("checking")}</p>}
          {state && !state.ok && <p className="rounded-xl border-2 border-red-300 bg-red-50 p-4 text-lg text-red-900">{state.message}</p>}
          {outcome && <Outcome key={scan.n} slug={slug} outcome={outcome} message={state!.message} scan={scan} />}
        </div>

        <div className="flex items-center gap-2 text-sm text-slate-600">
          <label htmlFor="desk-name">{t("deskName")}</label>
          <input id="desk-name" value={desk} onChange={(e) => saveDesk(e.target.value)} className="rounded border border-slate-300 px-2 py-1" maxLength={40} />
        </div>
      </div>

      <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
        <label htmlFor="search" className={labelClass}>
          {t("search")}
        </label>
        <input id="search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" className={inputClass} />
        {failed && <p className="text-sm text-red-700">{t("searchFailed")}</p>}
        <ul className="divide-y divide-slate-100" data-testid="search-results">
          {results.map((b) => (
            <li key={b.id} className="flex items-center justify-between gap-3 py-2">
              <div>
                <p className="font-medium">{b.name}</p>
                <p className="text-sm text-slate-600">
                  {b.representative} · {b.side} · {b.sector}
                  {b.regency ? ` · ${b.regency}` : ""}
                </p>
              </div>
              {b.checkedInAt ? (
                <span className="text-sm text-emerald-700">
                  {t("present")}
                  {b.checkedInDesk ? ` (${b.checkedInDesk})` : ""}
                </span>
              ) : (
                <button type="button" onClick={() => submit({ businessId: b.id })} className={buttonClass("primary", "sm")}>
                  {t("checkIn")}
                </button>
              )}
            </li>
          ))}
          {nothingFound && <li className="py-2 text-sm text-slate-500">{t("notFound")}</li>}
        </ul>
      </div>
    </div>
  );
}

function Outcome({ slug, outcome, message, scan }: { slug: string; outcome: DeskOutcome; message: string; scan: { n: number; at: string } }) {
  const t = useTranslations("checkIn");
  const fresh = outcome.status === "CHECKED_IN";
  const tone = {
    CHECKED_IN: "border-emerald-300 bg-emerald-50 text-emerald-900",
    QUEUED: "border-sky-300 bg-sky-50 text-sky-900",
    ALREADY: "border-amber-300 bg-amber-50 text-amber-900",
  }[outcome.status];
  return (
    <div className={`rounded-xl border-2 p-4 ${tone}`} data-status={outcome.status}>
      <p className="text-sm font-semibold tracking-wide uppercase">
        {t(outcome.status === "CHECKED_IN" ? "done" : outcome.status === "QUEUED" ? "queued" : "already")}
      </p>
      <p className="mt-1 text-2xl font-bold">{outcome.business.name}</p>
      <p>
        {outcome.business.representative} · {outcome.business.side} · {outcome.business.sector}
      </p>
      <p className="mt-1">{message}</p>
      <p className="mt-2 text-sm opacity-80" data-testid="scan-number">
        {t("scanLine", { n: scan.n, time: scan.at })}
      </p>
      {/* A mistaken check-in is taken back here, with a reason, without leaving the desk. */}
      {fresh && <CheckInControls slug={slug} businessId={outcome.business.id} checkedIn />}
    </div>
  );
}
