"use client";
// What a desk tablet keeps for working offline, in IndexedDB (through idb): the outbox of signings and
// check-ins waiting to be sent, and each mission's desk list. IndexedDB, not localStorage: it survives a
// closed tab and a restarted browser, holds megabytes, and is this site's alone. Every change is told to
// the other tabs of this tablet (BroadcastChannel) and to this one's listeners.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { DeskListEntry } from "@/lib/businesses/desk-list";

export type OutboxKind = "commitment" | "checkIn";
/** waiting: not sent yet; refused: the server said no (the reason is kept); recorded / already: sent. */
export type OutboxState = "waiting" | "refused" | "recorded" | "already";

export interface OutboxItem {
  /** The item's identity, and for a signing its idempotency key: sent twice, it is recorded once. */
  key: string;
  slug: string;
  kind: OutboxKind;
  queuedAt: number;
  /** What the desk sees in the list: the two parties and the value, or the business checked in. */
  label: string;
  /** For a check-in, the business: the desk list shows it as present until the server's list does. */
  businessId?: string;
  /** The request as the route takes it. Dropped once it is recorded: a signing's holds two signatures. */
  body: Record<string, string | boolean> | null;
  state: OutboxState;
  /** The server's own sentence: why it refused, or who had checked the business in already. */
  message?: string;
  code?: string;
  fieldErrors?: Record<string, string[]>;
  /** A recorded signing: its letter and verification page. */
  commitment?: { id: string; verificationCode: string; status: string };
  settledAt?: number;
}

export interface KeptDeskList {
  slug: string;
  keptAt: string;
  businesses: DeskListEntry[];
}

interface OfflineSchema extends DBSchema {
  outbox: { key: string; value: OutboxItem; indexes: { byQueuedAt: number } };
  deskLists: { key: string; value: KeptDeskList };
}

const NAME = "misi-dagang-offline";
let opened: Promise<IDBPDatabase<OfflineSchema>> | null = null;

export function offlineDb(): Promise<IDBPDatabase<OfflineSchema>> {
  opened ??= openDB<OfflineSchema>(NAME, 1, {
    upgrade(db) {
      db.createObjectStore("outbox", { keyPath: "key" }).createIndex("byQueuedAt", "queuedAt");
      db.createObjectStore("deskLists", { keyPath: "slug" });
    },
    // Another tab deleted the database (sign-out): open it afresh next time.
    terminated: () => (opened = null),
  });
  return opened;
}

const listeners = new Set<() => void>();
let channel: BroadcastChannel | null = null;
// Changes come in bursts (an outbox of hundreds sent one by one): readers hear of them at most every
// tenth of a second, not once per item.
let told: ReturnType<typeof setTimeout> | null = null;
function tell() {
  told ??= setTimeout(() => {
    told = null;
    listeners.forEach((l) => l());
  }, 100);
}

// Sign-outs seen by this tab (its own and other tabs'): what was fetched for the account that left
// is not kept once it arrives.
let signOuts = 0;
export const signOutsSoFar = () => signOuts;

function openChannel() {
  if (channel || typeof BroadcastChannel === "undefined") return;
  channel = new BroadcastChannel(NAME);
  channel.onmessage = (event) => {
    if (event.data === "forget") signOuts++;
    tell();
  };
}

/** Calls `listener` after changes to the kept data, in this tab or another. */
export function onOfflineChange(listener: () => void): () => void {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function offlineChanged(): void {
  tell();
  channel?.postMessage("changed");
}

/**
 * On sign-out: the outbox (signatures are personal data), the desk lists and the pages the service
 * worker kept for this account all leave the tablet.
 */
export async function forgetEverything(): Promise<void> {
  signOuts++;
  openChannel();
  channel?.postMessage("forget");
  const db = await offlineDb();
  const tx = db.transaction(["outbox", "deskLists"], "readwrite");
  await Promise.all([tx.objectStore("outbox").clear(), tx.objectStore("deskLists").clear(), tx.done]);
  navigator.serviceWorker?.controller?.postMessage({ type: "forget" });
  if ("caches" in window) await caches.delete("misi-dagang-pages");
  offlineChanged();
}
