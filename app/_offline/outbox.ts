"use client";
// The outbox: what a desk recorded without the network, sent in the order it was made as soon as the
// server can be reached (send.ts). Each item is sent with its idempotency key, so a retry after a lost
// answer is recorded once; what the server refuses stays, with its reason, until the desk clears it.
import { useEffect, useState } from "react";
import { offlineChanged, offlineDb, onOfflineChange, type OutboxItem } from "./store";

export async function enqueue(item: Omit<OutboxItem, "state" | "queuedAt">): Promise<OutboxItem> {
  const db = await offlineDb();
  const queued: OutboxItem = { ...item, state: "waiting", queuedAt: Date.now() };
  await db.put("outbox", queued);
  offlineChanged();
  return queued;
}

/** Every item on this tablet, oldest first. */
export async function outboxItems(): Promise<OutboxItem[]> {
  return (await offlineDb()).getAllFromIndex("outbox", "byQueuedAt");
}

/** The oldest item still waiting to be sent. */
export async function firstWaiting(): Promise<OutboxItem | null> {
  const tx = (await offlineDb()).transaction("outbox");
  for await (const cursor of tx.store.index("byQueuedAt").iterate()) if (cursor.value.state === "waiting") return cursor.value;
  return null;
}

export async function updateItem(key: string, change: Partial<OutboxItem>): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction("outbox", "readwrite");
  const item = await tx.store.get(key);
  if (item) await tx.store.put({ ...item, ...change });
  await tx.done;
  offlineChanged();
}

/** A refused item the desk wants sent again (the organizer reopened the mission, say). */
export function sendAgain(key: string): Promise<void> {
  return updateItem(key, { state: "waiting", message: undefined, code: undefined, fieldErrors: undefined });
}

export async function removeItem(key: string): Promise<void> {
  await (await offlineDb()).delete("outbox", key);
  offlineChanged();
}

/** Clears what was sent: the receipts of recorded signings and check-ins. */
export async function clearSent(): Promise<void> {
  const db = await offlineDb();
  const tx = db.transaction("outbox", "readwrite");
  for (const item of await tx.store.getAll()) if (item.state === "recorded" || item.state === "already") await tx.store.delete(item.key);
  await tx.done;
  offlineChanged();
}

/** The outbox as it is now, kept current as items are added, sent or cleared (in any tab). `null` until read. */
export function useOutbox(): OutboxItem[] | null {
  const [items, setItems] = useState<OutboxItem[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      outboxItems().then(
        (found) => live && setItems(found),
        () => live && setItems([]),
      );
    read();
    const stop = onOfflineChange(read);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return items;
}
