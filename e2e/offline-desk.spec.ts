import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "@playwright/test";
import {
  createMission,
  DESK,
  DESK_HOME,
  expect,
  ORGANIZER,
  PRACTICE,
  registerWalkIn,
  signBothAndSubmit,
  signIn,
  TABLET_LANDSCAPE,
  TABLET_PORTRAIT,
  test,
  watchForPageErrors,
} from "./support";

// A desk tablet that loses the hotel's network keeps signing and checking in: what it records waits
// on the tablet (IndexedDB) and reaches the ledger exactly once when the network returns.

interface Totals {
  total: string;
  commitments: number;
}

/** A tablet whose storage outlives closing it, like a real browser's profile: its own folder. */
async function tablet(
  profile: string,
  baseURL: string | undefined,
  viewport = TABLET_LANDSCAPE,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const { launchOptions } = test.info().project.use;
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, viewport, hasTouch: true });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, problems: watchForPageErrors(page) };
}

/** Waits until the service worker controls the page and keeps the desk pages and list of `slug`. */
async function readyForOffline(page: Page, slug: string) {
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await expect(page.getByTestId("desk-list-kept")).toBeAttached();
  for (const kept of [`/staf/e/${slug}/komitmen/baru`, `/staf/e/${slug}/check-in`, "/staf/antrean"])
    await expect.poll(() => page.evaluate(async (url) => Boolean(await (await caches.open("misi-dagang-pages")).match(url)), kept)).toBe(true);
}

/** Fills the signing form for two parties and signs it, with the network up or down. */
async function signCommitment(page: Page, parties: { visiting: string; host: string }, commodity: string, value: string, { withSignatures = true } = {}) {
  await page.getByLabel("Cari pelaku usaha Jatim").fill(parties.visiting);
  await page.getByRole("button", { name: new RegExp(parties.visiting) }).click();
  await page.getByLabel("Cari pelaku usaha Kaltim").fill(parties.host);
  await page.getByRole("button", { name: new RegExp(parties.host) }).click();
  await page.getByLabel("Jatim menjual").check();
  await page.getByLabel("Komoditas").fill(commodity);
  await page.getByLabel("Sektor").selectOption("Perikanan");
  await page.getByLabel("Nilai (mis. 1,2 miliar · 250 jt · Rp1.053.146.943.500)").fill(value);
  if (withSignatures) await signBothAndSubmit(page, SIGNERS);
  else await page.getByRole("button", { name: "Tanda tangani & simpan" }).click();
}

const SIGNERS = { visiting: "Hadi Santoso", host: "Rina Wati" };

const profiles: string[] = [];
const profile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "misi-dagang-tablet-"));
  profiles.push(dir);
  return dir;
};
test.afterAll(() => {
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

test("two signings made offline survive a reload and a browser restart, then reach the ledger exactly once", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const stamp = Date.now() % 1_000_000;
  const parties = { visiting: `Luring Bandeng ${stamp}`, host: `Luring Kepiting ${stamp}` };
  await signIn(page, DESK);
  await registerWalkIn(page, "Jatim (Jawa Timur)", parties.visiting, `0812${String(stamp).padStart(8, "1")}`, "Kota Malang");
  await registerWalkIn(page, "Kaltim (Kalimantan Timur)", parties.host, `0813${String(stamp).padStart(8, "1")}`, "Kota Balikpapan");
  const totals = async () => (await (await page.request.get(`/api/events/${PRACTICE}/totals`)).json()) as Totals;
  const before = await totals();
  // The hall's board, open all along (under the service worker too: its stream is never cached).
  await page.goto(`/e/${PRACTICE}/board`);
  await expect(page.getByTestId("board-commitments")).toHaveText(String(before.commitments));
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  const dir = profile();
  let desk = await tablet(dir, baseURL);
  await signIn(desk.page, DESK);
  await desk.page.goto(`${DESK_HOME}/komitmen/baru`);
  await readyForOffline(desk.page, PRACTICE);

  await desk.context.setOffline(true);
  await expect(desk.page.getByTestId("offline-notice")).toContainText("Penandatanganan komitmen dan check-in tetap berjalan");
  await signCommitment(desk.page, parties, "Bandeng presto", "1,5 juta");
  const queued = desk.page.getByTestId("signing-queued");
  await expect(queued).toContainText("Disimpan di tablet ini: menunggu dikirim");
  await expect(queued).toContainText(`${parties.visiting} ↔ ${parties.host} · Rp1.500.000`);
  await expect(desk.page.getByTestId("outbox-count")).toHaveText("1 menunggu dikirim");
  await queued.getByRole("button", { name: "Komitmen berikutnya" }).click();
  await signCommitment(desk.page, parties, "Kepiting bakau", "2 juta");
  await expect(desk.page.getByTestId("outbox-count")).toHaveText("2 menunggu dikirim");

  // Reloaded without a network: the page comes from the tablet, the two signings are still there.
  await desk.page.reload();
  await expect(desk.page.getByTestId("outbox-count")).toHaveText("2 menunggu dikirim");
  await expect(desk.page.getByLabel("Cari pelaku usaha Jatim")).toBeVisible();

  // The browser closed and opened again, still offline: the outbox is kept.
  await desk.context.close();
  desk = await tablet(dir, baseURL);
  await desk.context.setOffline(true);
  await desk.page.goto("/staf/antrean");
  await expect(desk.page.getByTestId("outbox-waiting").getByTestId("outbox-item")).toHaveCount(2);
  expect((await totals()).commitments).toBe(before.commitments);

  // The network returns: both are sent, in order, each once; their letters are there.
  await desk.context.setOffline(false);
  const sent = desk.page.getByTestId("outbox-sent-list").getByTestId("outbox-item");
  await expect(sent).toHaveCount(2);
  await expect(sent.first()).toContainText("Komitmen ditandatangani dan masuk ke total.");
  await expect(sent.first().getByRole("link", { name: "Unduh surat (PDF)" })).toBeVisible();
  await expect(desk.page.getByTestId("outbox-count")).toHaveCount(0);
  const after = await totals();
  expect(after.commitments).toBe(before.commitments + 2);
  expect(BigInt(after.total) - BigInt(before.total)).toBe(3_500_000n);
  // The board, never reloaded, moved by exactly these two.
  await expect(page.getByTestId("board-commitments")).toHaveText(String(before.commitments + 2));
  await expect(page.getByTestId("board-total")).toHaveText(`Rp${BigInt(after.total).toLocaleString("id-ID")}`, { timeout: 5_000 });

  // Sent again (a lost answer), a signing is not counted twice: the signatures have left the tablet.
  const kept = await desk.page.evaluate(async () => {
    const request = indexedDB.open("misi-dagang-offline");
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const all = db.transaction("outbox").objectStore("outbox").getAll();
    return new Promise<{ body: unknown }[]>((resolve) => (all.onsuccess = () => resolve(all.result)));
  });
  expect(kept.map((item) => item.body)).toEqual([null, null]);
  expect(desk.problems).toEqual([]);
  await desk.context.close();
});

test("two desks admitting one badge offline end with one check-in and one 'already checked in' report", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const stamp = Date.now() % 1_000_000;
  const name = `Luring Hadir ${stamp}`;
  await signIn(page, DESK);
  await registerWalkIn(page, "Kaltim (Kalimantan Timur)", name, `0813${String(stamp).padStart(8, "2")}`, "Kota Balikpapan");
  const found = async () =>
    (
      (await (await page.request.get(`/api/events/${PRACTICE}/businesses/search?q=${encodeURIComponent(name)}`)).json()) as {
        results: { name: string; badgeCode: string; checkedInAt: string | null; checkedInDesk: string | null }[];
      }
    ).results.find((b) => b.name === name)!;
  const { badgeCode } = await found();

  const desks = [];
  for (const [deskName, viewport] of [
    ["Meja Pintu Utara", TABLET_LANDSCAPE],
    ["Meja Pintu Selatan", TABLET_PORTRAIT],
  ] as const) {
    const desk = await tablet(profile(), baseURL, viewport);
    await signIn(desk.page, DESK);
    await desk.page.goto(`${DESK_HOME}/check-in`);
    await desk.page.getByLabel("Nama meja ini:").fill(deskName);
    await readyForOffline(desk.page, PRACTICE);
    desks.push(desk);
  }
  // Both lose the network, and both admit the same badge: each tablet's list says it is not in yet.
  for (const desk of desks) {
    await desk.context.setOffline(true);
    await desk.page.getByLabel("Kode lencana (pindai, atau ketik lalu Enter)").fill(badgeCode);
    await desk.page.getByLabel("Kode lencana (pindai, atau ketik lalu Enter)").press("Enter");
    const result = desk.page.getByTestId("check-in-result");
    await expect(result).toContainText("Dicatat di tablet, menunggu dikirim");
    await expect(result).toContainText(`${name} dicatat hadir di tablet ini dan menunggu dikirim.`);
    // Scanned again on the same tablet: its own list now says present.
    await desk.page.getByLabel("Kode lencana (pindai, atau ketik lalu Enter)").fill(badgeCode);
    await desk.page.getByLabel("Kode lencana (pindai, atau ketik lalu Enter)").press("Enter");
    await expect(result).toContainText("Sudah check-in");
    await expect(result).toContainText("menurut daftar tablet ini");
    await expect(desk.page.getByTestId("outbox-count")).toHaveText("1 menunggu dikirim");
  }
  // A badge the tablet's list does not know is refused at once, offline too.
  await desks[0].page.getByLabel("Kode lencana (pindai, atau ketik lalu Enter)").fill("ZZZZ9999ZZ");
  await desks[0].page.getByLabel("Kode lencana (pindai, atau ketik lalu Enter)").press("Enter");
  await expect(desks[0].page.getByTestId("check-in-result")).toContainText("Lencana ZZZZ9999ZZ tidak ada di daftar tablet ini");
  expect((await found()).checkedInAt).toBeNull();

  // The north desk reconnects first: its check-in is the one recorded.
  await desks[0].context.setOffline(false);
  await expect(desks[0].page.getByTestId("outbox-count")).toHaveCount(0);
  await expect.poll(async () => (await found()).checkedInDesk).toBe("Meja Pintu Utara");
  // The south desk's is reported, not counted: already checked in, by whom.
  await desks[1].context.setOffline(false);
  await desks[1].page.goto("/staf/antrean");
  const report = desks[1].page.getByTestId("outbox-sent-list").getByTestId("outbox-item");
  await expect(report).toHaveAttribute("data-state", "already");
  await expect(report).toContainText(`${name} sudah check-in`);
  await expect(report).toContainText("Meja Pintu Utara");
  expect((await found()).checkedInDesk).toBe("Meja Pintu Utara");
  for (const desk of desks) {
    expect(desk.problems).toEqual([]);
    await desk.context.close();
  }
});

test("a signing the server refuses at sync is shown with its reason; the session ending keeps the outbox, sign-out clears it", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const stamp = Date.now() % 1_000_000;
  // A mission of its own, which the organizer closes while the desk is offline.
  await signIn(page, ORGANIZER);
  const slug = await createMission(page, { name: `Misi Luring ${stamp}`, quota: 10 });
  const statusForm = async (status: "LIVE" | "CLOSED") => {
    await page.goto(`/staf/misi/${slug}`);
    const form = page.locator("main form").filter({ has: page.getByLabel("Status", { exact: true }) });
    await form.getByLabel("Status", { exact: true }).selectOption(status);
    await form.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(page.locator("main").getByRole("status")).toHaveText("Data misi dagang disimpan.");
  };
  await statusForm("LIVE");
  const parties = { visiting: `Tolak Jatim ${stamp}`, host: `Tolak Kaltim ${stamp}` };
  await registerWalkIn(page, "Jatim (Jawa Timur)", parties.visiting, `0812${String(stamp).padStart(8, "3")}`, "Kota Malang", slug);
  await registerWalkIn(page, "Kaltim (Kalimantan Timur)", parties.host, `0813${String(stamp).padStart(8, "3")}`, "Kota Balikpapan", slug);

  const desk = await tablet(profile(), baseURL);
  await signIn(desk.page, DESK);
  await desk.page.goto(`/staf/e/${slug}/komitmen/baru`);
  await readyForOffline(desk.page, slug);
  await desk.context.setOffline(true);

  // Offline, the tablet still says what is missing before it keeps anything.
  await signCommitment(desk.page, parties, "Garam krosok", "4 juta", { withSignatures: false });
  await expect(desk.page.getByText("Tanda tangan belum dibubuhkan.").first()).toBeVisible();
  await expect(desk.page.getByText("Petugas meja harus mengonfirmasi penandatanganan.")).toBeVisible();
  await expect(desk.page.getByTestId("outbox-count")).toHaveCount(0);
  await signBothAndSubmit(desk.page, SIGNERS);
  await expect(desk.page.getByTestId("signing-queued")).toBeVisible();

  // What needs the network says so plainly.
  await desk.page.goto(`/staf/e/${slug}/ekspor`);
  await expect(desk.page.getByTestId("needs-network")).toContainText("Halaman ini memerlukan jaringan");

  await statusForm("CLOSED");
  await desk.context.setOffline(false);
  await desk.page.goto("/staf/antrean");
  const refused = desk.page.getByTestId("outbox-refused").getByTestId("outbox-item");
  await expect(refused).toContainText(`${parties.visiting} ↔ ${parties.host} · Rp4.000.000`);
  await expect(refused).toContainText("Misi ini sudah selesai: penandatanganan tidak dibuka.");
  await expect(refused).toContainText("minta panitia membuka kembali misi");
  await expect(desk.page.getByTestId("outbox-count")).toHaveText("1 ditolak");

  // Reopened, it is sent again and recorded.
  await page.goto(`/staf/misi/${slug}`);
  const form = page.locator("main form").filter({ has: page.getByLabel("Status", { exact: true }) });
  await form.getByLabel("Status", { exact: true }).selectOption("LIVE");
  await form.getByLabel("Alasan membuka kembali (wajib bila status diubah dari Selesai)").fill("Penandatanganan luring susulan");
  await form.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Data misi dagang disimpan.");
  await refused.getByRole("button", { name: "Kirim lagi" }).click();
  await expect(desk.page.getByTestId("outbox-sent-list").getByTestId("outbox-item")).toContainText("Komitmen ditandatangani");
  const totals = (await (await page.request.get(`/api/events/${slug}/totals`)).json()) as Totals;
  expect([totals.commitments, totals.total]).toEqual([1, "4000000"]);

  // The session ends while offline: a signing made then waits, and is sent under the next sign-in.
  await desk.context.setOffline(true);
  await desk.page.goto(`/staf/e/${slug}/komitmen/baru`);
  await signCommitment(desk.page, parties, "Garam halus", "1 juta");
  await expect(desk.page.getByTestId("signing-queued")).toBeVisible();
  await desk.context.clearCookies();
  await desk.context.setOffline(false);
  await desk.page.goto("/staf/antrean");
  await expect(desk.page).toHaveURL(/\/masuk/);
  await signIn(desk.page, DESK);
  await desk.page.goto("/staf/antrean");
  await expect(desk.page.getByTestId("outbox-sent-list").getByTestId("outbox-item")).toHaveCount(2);
  expect(((await (await page.request.get(`/api/events/${slug}/totals`)).json()) as Totals).commitments).toBe(2);

  // One more kept offline, then the desk signs out: asked first, and the tablet keeps nothing.
  await desk.context.setOffline(true);
  await desk.page.goto(`/staf/e/${slug}/komitmen/baru`);
  await signCommitment(desk.page, parties, "Garam beryodium", "2 juta");
  await expect(desk.page.getByTestId("outbox-count")).toHaveText("1 menunggu dikirim");
  // Back online but the server out of reach (the hotel's Wi-Fi without its uplink): still unsent.
  await desk.context.route(`**/api/events/${slug}/commitments`, (route) => route.abort());
  await desk.context.setOffline(false);
  desk.page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("1 catatan di tablet ini belum terkirim");
    void dialog.accept();
  });
  await desk.page.getByRole("button", { name: "Keluar" }).click();
  await expect(desk.page).toHaveURL(/\/masuk$/);
  const left = await desk.page.evaluate(async () => {
    const request = indexedDB.open("misi-dagang-offline");
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const count = (store: string) =>
      new Promise<number>((resolve) => (db.transaction(store).objectStore(store).count().onsuccess = (e) => resolve((e.target as IDBRequest<number>).result)));
    return { outbox: await count("outbox"), lists: await count("deskLists"), pages: (await (await caches.open("misi-dagang-pages")).keys()).length };
  });
  expect(left).toEqual({ outbox: 0, lists: 0, pages: 0 });
  expect(((await (await page.request.get(`/api/events/${slug}/totals`)).json()) as Totals).commitments).toBe(2);
  expect(desk.problems).toEqual([]);
  await desk.context.close();
});
