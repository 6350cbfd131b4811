"use client";
import { useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { unambiguousMatch, useBusinessSearch } from "@/app/_components/business-search";
import { inputClass } from "@/app/_components/form";

export interface Picked {
  id: string;
  name: string;
  representative: string;
}

/**
 * Finds a business of one side by name (typos forgiven) or by its badge: a scanner types the code
 * and Enter, which picks the match when it is unambiguous (instead of submitting the form), and
 * otherwise marks the list to pick from.
 */
export function BusinessPicker({
  slug,
  side,
  name,
  label,
  initial = null,
  onChange,
}: {
  slug: string;
  side: string;
  name: string;
  label: string;
  initial?: Picked | null;
  onChange?: (picked: Picked | null) => void;
}) {
  const t = useTranslations("signing");
  const [picked, setPicked] = useState<Picked | null>(initial);
  // Enter found several alike: the list is marked and the desk picks one by hand.
  const [choosing, setChoosing] = useState(false);
  const { query, setQuery, results: shown, current, nothingFound, searchNow } = useBusinessSearch({ slug, side });

  const pick = (business: Picked | null) => {
    setPicked(business);
    onChange?.(business);
  };
  const choose = (business: Picked) => {
    pick({ id: business.id, name: business.name, representative: business.representative });
    setQuery("");
    setChoosing(false);
  };
  // A scanner's Enter comes right after the code, before the typed search has answered: search now.
  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const term = query.trim();
    const found = current ? shown : term.length >= 2 ? await searchNow(term).catch(() => []) : [];
    const match = unambiguousMatch(found);
    if (match) choose(match);
    else setChoosing(found.length > 1);
  };

  return (
    <div>
      <input type="hidden" name={name} value={picked?.id ?? ""} />
      {picked ? (
        <div className="flex items-center justify-between gap-3 rounded-md border border-brand-600 bg-brand-50 px-3 py-2" data-testid={`picked-${name}`}>
          <div>
            <p className="font-semibold">{picked.name}</p>
            <p className="text-sm text-slate-600">{picked.representative}</p>
          </div>
          <button type="button" onClick={() => pick(null)} className="text-sm text-slate-600 underline">
            {t("change")}
          </button>
        </div>
      ) : (
        <>
          <input
            aria-label={label}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setChoosing(false);
            }}
            onKeyDown={onKeyDown}
            placeholder={t("pickerPlaceholder")}
            autoComplete="off"
            className={inputClass}
          />
          {nothingFound && <p className="mt-1 text-sm text-slate-500">{t("notOnSide")}</p>}
          {choosing && (
            <p role="status" className="mt-1 text-sm font-medium text-amber-800">
              {t("chooseOne")}
            </p>
          )}
          {shown.length > 0 && (
            <ul
              className={`mt-1 divide-y divide-slate-100 rounded-md border bg-white shadow-sm ${choosing ? "border-amber-500 ring-2 ring-amber-300" : "border-slate-200"}`}
            >
              {shown.map((business) => (
                <li key={business.id}>
                  <button type="button" onClick={() => choose(business)} className="w-full px-3 py-2 text-left hover:bg-slate-50">
                    <span className="font-medium">{business.name}</span> <span className="text-sm text-slate-600">· {business.representative}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
