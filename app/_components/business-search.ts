"use client";
import { useCallback, useEffect, useState } from "react";
import { searchDeskList } from "@/lib/businesses/desk-list";
import type { FoundBusiness } from "@/lib/businesses/queries";
import { readDeskList } from "@/app/_offline/desk-list";
import { isNetworkFailure } from "@/app/_offline/network";

/** A search result as the search route sends it (dates as ISO strings). */
export type FoundInJson = Omit<FoundBusiness, "checkedInAt"> & { checkedInAt: string | null };

/**
 * Search-as-you-type over a mission's businesses (optionally one side), for the check-in desk and the
 * signing form's picker: a short pause after each keystroke, a newer keystroke cancelling the older
 * search, and `searchNow` for a scanner's Enter, which comes before the typed search has answered.
 * `refresh` searches again when it changes (after a check-in, to show who is present now).
 */
export function useBusinessSearch({ slug, side, refresh }: { slug: string; side?: string; refresh?: unknown }) {
  const [query, setQuery] = useState("");
  const [answer, setAnswer] = useState<{ term: string; found: FoundInJson[] } | null>(null);
  const [failed, setFailed] = useState(false);
  // When the last answer came from the tablet's kept list: the time that list was kept.
  const [fromTablet, setFromTablet] = useState<string | null>(null);

  const searchNow = useCallback(
    async (term: string, signal?: AbortSignal): Promise<FoundInJson[]> => {
      const params = new URLSearchParams({ q: term, ...(side ? { side } : {}) });
      let response: Response;
      try {
        if (!navigator.onLine) throw new TypeError("offline");
        response = await fetch(`/api/events/${slug}/businesses/search?${params}`, { signal });
      } catch (error) {
        if (!isNetworkFailure(error)) throw error;
        // No network: the list this tablet keeps answers instead (no typo forgiveness there).
        const kept = await readDeskList(slug);
        if (!kept) throw error;
        setFromTablet(kept.keptAt);
        return searchDeskList(kept.businesses, term, { sideCode: side });
      }
      if (!response.ok) throw new Error(`search answered ${response.status}`);
      setFromTablet(null);
      return (await response.json()).results;
    },
    [slug, side],
  );

  useEffect(() => {
    const term = query.trim();
    if (term.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        setAnswer({ term, found: await searchNow(term, controller.signal) });
        setFailed(false);
      } catch (error) {
        if ((error as Error).name !== "AbortError") setFailed(true);
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, searchNow, refresh]);

  const term = query.trim();
  const searching = term.length >= 2;
  return {
    query,
    setQuery,
    /** Matches for what is typed (the last answer while the next is on its way; none under two characters). */
    results: searching && answer ? answer.found : [],
    /** The results are the answer for exactly what is typed now (not the last one's, while it is on its way). */
    current: searching && answer?.term === term,
    /** What is typed now was searched, and nothing matched. */
    nothingFound: searching && !failed && answer?.term === term && answer.found.length === 0,
    failed: searching && failed,
    fromTablet: searching ? fromTablet : null,
    searchNow,
  };
}

/**
 * The match a scanner's or a keyboard's Enter may take without asking: the only one, or one that
 * matched better than every other (its badge, its exact name); among look-alikes, none.
 */
export function unambiguousMatch(found: FoundInJson[]): FoundInJson | null {
  const [top, next] = found;
  if (!top) return null;
  return !next || top.matchRank > next.matchRank ? top : null;
}
