// Misi Dagang's service worker: the desk pages open on a tablet without a network. Hand-written, not
// Serwist: Serwist's Next integration builds its precache list with a webpack plugin, and this app
// builds with Turbopack; what a desk needs is three small rules (README: Working offline).
//
// - /_next/static/*: cache first. Next names these files by their content, so a kept one never goes stale.
// - Page navigations: network first. A staff page that loaded is kept (for this tablet's account, until
//   sign-out); with no network the kept copy opens, or a page saying this needs the network.
// - Everything else (the API, the board's stream, server actions, uploads): untouched, never cached.
const PAGES = "misi-dagang-pages";
const ASSETS = "misi-dagang-assets";
const OFFLINE_PAGE = "/offline.html";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(ASSETS)
      .then((cache) => cache.add(new Request(OFFLINE_PAGE, { cache: "reload" })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

/** Pages worth keeping: the staff's desk pages (the public board and pages need no offline copy). */
function isDeskPage(url) {
  return url.pathname === "/staf" || url.pathname.startsWith("/staf/");
}

async function keepPage(request, response) {
  const url = new URL(request.url);
  // A redirect (to sign in, say) or an error is not the page: keep the last good copy instead.
  if (!isDeskPage(url) || response.status !== 200 || response.redirected) return;
  await (await caches.open(PAGES)).put(url.pathname + url.search, response);
}

async function navigate(event) {
  try {
    const response = await fetch(event.request);
    event.waitUntil(keepPage(event.request, response.clone()));
    return response;
  } catch {
    const url = new URL(event.request.url);
    const kept = await (await caches.open(PAGES)).match(url.pathname + url.search);
    return kept ?? (await caches.match(OFFLINE_PAGE)) ?? Response.error();
  }
}

async function staticAsset(request) {
  const cache = await caches.open(ASSETS);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/_next/static/")) event.respondWith(staticAsset(request));
  else if (request.mode === "navigate") event.respondWith(navigate(event));
});

/** When warm() last fetched each page: every desk page asks, and a page kept within this is kept enough. */
const warmedAt = new Map();
const WARM_EVERY_MS = 3 * 60 * 1000;

/**
 * A desk page asks for the desk's pages of its mission to be kept now, so they open offline even if
 * the desk never visited them: each page, and the scripts and styles it names.
 */
async function warm(urls) {
  const assets = await caches.open(ASSETS);
  const asked = signedOut;
  for (const url of urls) {
    if (Date.now() - (warmedAt.get(url) ?? -Infinity) < WARM_EVERY_MS) continue;
    // Marked before the fetch, so two tabs asking at once fetch it once.
    warmedAt.set(url, Date.now());
    try {
      const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
      if (response.status !== 200 || response.redirected) {
        warmedAt.delete(url);
        continue;
      }
      const html = await response.clone().text();
      // Signed out while this page was on its way: it belongs to the account that left.
      if (asked !== signedOut) return;
      await keepPage(new Request(url), response);
      const named = new Set(html.match(/\/_next\/static\/[^"'\s)\\]+/g) ?? []);
      for (const asset of named) if (!(await assets.match(asset))) await assets.add(asset).catch(() => undefined);
    } catch {
      // Offline or refused: the page will be kept when it is next opened, or asked for again.
      warmedAt.delete(url);
    }
  }
}

/** Counts sign-outs on this tablet, so a page fetched for the last account is not kept after it left. */
let signedOut = 0;

self.addEventListener("message", (event) => {
  if (event.data?.type === "forget") {
    signedOut++;
    warmedAt.clear();
    event.waitUntil(caches.delete(PAGES));
  }
  if (event.data?.type === "warm" && Array.isArray(event.data.urls))
    event.waitUntil(warm(event.data.urls.filter((u) => typeof u === "string" && u.startsWith("/staf"))));
});
