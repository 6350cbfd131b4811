"use client";
// The mission's desk list on the tablet (lib/businesses/desk-list.ts): fetched when a desk page opens and
// every few minutes while online, so a scan or a search still answers when the network is gone.
import { useEffect, useState } from "react";
import type { DeskListEntry } from "@/lib/businesses/desk-list";
import { outboxItems } from "./outbox";
import { offlineChanged, offlineDb, onOfflineChange, signOutsSoFar, type KeptDeskList } from "./store";

export const KEEP_EVERY_MS = 3 * 60_000;

/** Fetches the list again; false when the server could not be asked (the kept one stays). */
export async function keepDeskList(slug: string): Promise<boolean> {
  const asked = signOutsSoFar();
  try {
    const response = await fetch(`/api/events/${encodeURIComponent(slug)}/desk-list`, { cache: "no-store" });
    if (!response.ok) return false;
    const { keptAt, businesses } = (await response.json()) as { keptAt: string; businesses: DeskListEntry[] };
    const db = await offlineDb();
    // Signed out while the list was on its way: it belongs to the account that left. (Checked in the
    // same tick as the write begins, so a sign-out's clearing comes after it or is seen here.)
    if (asked !== signOutsSoFar()) return false;
    await db.put("deskLists", { slug, keptAt, businesses });
    offlineChanged();
    return true;
  } catch {
    return false;
  }
}

/**
 * The kept list with this tablet's own check-ins on it: a business checked in offline is present here
 * at once, and stays so until a list from the server says it.
 */
export async function readDeskList(slug: string): Promise<KeptDeskList | null> {
  const kept = await (await offlineDb()).get("deskLists", slug);
  if (!kept) return null;
  const admitted = new Map(
    (await outboxItems())
      .filter((item) => item.slug === slug && item.kind === "checkIn" && item.state !== "refused" && item.businessId)
      .map((item) => [item.businessId!, item] as const),
  );
  if (!admitted.size) return kept;
  return {
    ...kept,
    businesses: kept.businesses.map((entry) => {
      const item = admitted.get(entry.id);
      return item && !entry.checkedInAt
        ? { ...entry, checkedInAt: new Date(item.queuedAt).toISOString(), checkedInDesk: String(item.body?.desk ?? "") }
        : entry;
    }),
  };
}

/** The kept list, read again whenever it or the outbox changes. `null` while none is kept. */
export function useDeskList(slug: string): KeptDeskList | null {
  const [list, setList] = useState<KeptDeskList | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      readDeskList(slug).then(
        (found) => live && setList(found),
        () => undefined,
      );
    read();
    const stop = onOfflineChange(read);
    return () => {
      live = false;
      stop();
    };
  }, [slug]);
  return list;
}
