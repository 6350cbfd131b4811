"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FieldErrors, FormMessage, SubmitButton, useActionForm } from "@/app/_components/form";
import { acceptPairsAction } from "./actions";

export interface PairRow {
  key: string;
  visiting: string;
  host: string;
  category: string;
  reason: string;
  potential: string | null;
  /** A representative's request waiting for the partner, or a pair cancelled earlier: the organizer may accept it. */
  status: string | null;
}

/** Suggested pairs to accept, one or many at once (ticked), optionally as must-meet. */
export function PairsForm({ slug, rows }: { slug: string; rows: PairRow[] }) {
  const t = useTranslations("matching");
  const { state, formProps } = useActionForm(acceptPairsAction);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const toggle = (key: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    <form {...formProps} onReset={() => setChosen(new Set())} className="space-y-3">
      <input type="hidden" name="slug" value={slug} />
      <div className="flex flex-wrap items-center gap-4">
        <label className="flex min-h-11 items-center gap-2 font-medium">
          <input
            type="checkbox"
            className="size-5"
            checked={rows.length > 0 && chosen.size === rows.length}
            onChange={(e) => setChosen(e.target.checked ? new Set(rows.map((r) => r.key)) : new Set())}
          />
          {t("chooseAll", { count: rows.length })}
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="mustMeet" value="1" className="size-5" />
          {t("asMustMeet")}
        </label>
        <SubmitButton pendingText={t("saving")}>{t("acceptChosen", { count: chosen.size })}</SubmitButton>
      </div>
      <FieldErrors state={state} name="pairs" />
      <FormMessage state={state} />
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="suggested-pairs">
        {rows.map((row) => (
          <li key={row.key}>
            <label className="flex cursor-pointer items-start gap-3 p-3">
              <input
                type="checkbox"
                name="pairs"
                value={row.key}
                checked={chosen.has(row.key)}
                onChange={() => toggle(row.key)}
                className="mt-1 size-5 shrink-0"
              />
              <span className="flex-1">
                <span className="font-medium">{row.visiting}</span> ↔ <span className="font-medium">{row.host}</span>
                <span className="block text-sm text-slate-600">
                  {row.category} · {row.reason}
                  {row.potential && ` · ${row.potential}`}
                  {row.status && ` · ${row.status}`}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </form>
  );
}
