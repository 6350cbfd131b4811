"use client";
import { useEffect, useState } from "react";
import { applyPatch, type Json, type Patch } from "@/lib/live/totals-patch";
import type { TotalsJson } from "@/lib/totals/queries";

const POLL_MS = 5_000;

/**
 * Listens to the pushed totals (SSE): the whole figure first, then each change as a patch to the
 * version shown (lib/live/totals-patch.ts). A patch for another version than the one shown (a gap)
 * opens the stream again for the whole figure. If the stream cannot be opened (a proxy that buffers),
 * it polls the totals API instead; either way what is shown is the ledger's figure.
 */
export function useLiveTotals(slug: string, initial: TotalsJson) {
  const [totals, setTotals] = useState(initial);
  const [heardAt, setHeardAt] = useState(() => Date.now());
  const [mode, setMode] = useState<"stream" | "poll">("stream");
  // Bumped to open a fresh stream after a gap.
  const [opening, setOpening] = useState(0);
  useEffect(() => {
    if (mode === "poll") {
      const timer = setInterval(async () => {
        try {
          const response = await fetch(`/api/events/${slug}/totals`, { cache: "no-store" });
          if (response.ok) {
            setTotals(await response.json());
            setHeardAt(Date.now());
          }
        } catch {
          // offline for a moment; the stale marker will tell
        }
      }, POLL_MS);
      return () => clearInterval(timer);
    }
    const source = new EventSource(`/api/events/${slug}/stream`);
    let failures = 0;
    // The figure shown and its version's id; EventSource sends that id back when it reconnects.
    let shown: TotalsJson | null = null;
    let version = "";
    const heard = (next: TotalsJson, id: string) => {
      failures = 0;
      shown = next;
      version = id;
      setTotals(next);
      setHeardAt(Date.now());
    };
    source.addEventListener("totals", (event) => heard(JSON.parse((event as MessageEvent<string>).data), (event as MessageEvent).lastEventId));
    source.addEventListener("change", (event) => {
      const { from, patch } = JSON.parse((event as MessageEvent<string>).data) as { from: string; patch: Patch };
      if (!shown || from !== version) {
        source.close();
        setOpening((n) => n + 1);
        return;
      }
      heard(applyPatch(shown as unknown as Json, patch) as unknown as TotalsJson, (event as MessageEvent).lastEventId);
    });
    source.addEventListener("ping", () => {
      failures = 0;
      setHeardAt(Date.now());
    });
    source.onerror = () => {
      // EventSource reconnects by itself (and gets what changed since its last id); after repeated
      // failures, or when the server refused the stream outright (a full hall: 429), poll.
      if (source.readyState === EventSource.CLOSED || ++failures >= 3) {
        source.close();
        setMode("poll");
      }
    };
    return () => source.close();
  }, [slug, mode, opening]);
  return { totals, heardAt };
}
