"use client";
import { useEffect } from "react";

/**
 * Registers the service worker (public/sw.js) that lets desk pages open offline. Browsers allow one
 * only on HTTPS or localhost: on a plain-http address the app works as before, online only.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch((error) => console.warn("[service worker]", error));
  }, []);
  return null;
}

/** Asks the service worker to keep these desk pages now, so they open offline before they are visited. */
export async function keepPagesForOffline(urls: string[]): Promise<void> {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({ type: "warm", urls });
}
