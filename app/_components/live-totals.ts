"use client";
import { useEffect, useState } from "react";
import type { TotalsJson } from "@/lib/totals/queries";

const POLL_MS = 5_000;

/**
 * Listens to the pushed totals (SSE). If the stream cannot be opened (a proxy that buffers), it
 * polls the totals API instead; either way every update is the full figure from the ledger.
 */
export function useLiveTotals(slug: string, initial: TotalsJson) {
  const [totals, setTotals] = useState(initial);
  const [heardAt, setHeardAt] = useState(() => Date.now());
  const [mode, setMode] = useState<"stream" | "poll">("stream");
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
    source.addEventListener("totals", (event) => {
      failures = 0;
      setTotals(JSON.parse((event as MessageEvent<string>).data));
      setHeardAt(Date.now());
    });
    source.addEventListener("ping", () => {
      failures = 0;
      setHeardAt(Date.now());
    });
    source.onerror = () => {
      // EventSource reconnects by itself (and gets a fresh snapshot); after repeated failures, or when
      // the server refused the stream outright (a full hall: 429), poll.
      if (source.readyState === EventSource.CLOSED || ++failures >= 3) {
        source.close();
        setMode("poll");
      }
    };
    return () => source.close();
  }, [slug, mode]);
  return { totals, heardAt };
}
