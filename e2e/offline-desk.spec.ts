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
  sign,
  signIn,
  TABLET_LANDSCAPE,
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
async function tablet(profile: string, baseURL: string | undefined): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const { launchOptions } = test.info().project.use;
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, viewport: TABLET_LANDSCAPE, hasTouch: true });
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
async function signCommitment(page: Page, parties: { visiting: string; host: string }, commodity: string, value: string) {
  await page.getByLabel("Cari pelaku usaha Jatim").fill(parties.visiting);
  await page.getByRole("button", { name: new RegExp(parties.visiting) }).click();
  await page.getByLabel("Cari pelaku usaha Kaltim").fill(parties.host);
  await page.getByRole("button", { name: new RegExp(parties.host) }).click();
  await page.getByLabel("Jatim menjual").check();
  await page.getByLabel("Komoditas").fill(commodity);
  await page.getByLabel("Sektor").selectOption("Perikanan");
  await page.getByLabel("Nilai (mis. 1,2 miliar · 250 jt · Rp1.053.146.943.500)").fill(value);
  await page.getByLabel("Nama penanda tangan Jatim").fill("Hadi Santoso");
  await sign(page, "pad-visitingSignature");
  await page.getByLabel("Nama penanda tangan Kaltim").fill("Rina Wati");
  await sign(page, "pad-hostSignature");
  await page.getByLabel("Saya, petugas meja, menyaksikan kedua pihak menandatangani komitmen ini.").check();
  await page.getByRole("button", { name: "Tanda tangani & simpan" }).click();
}

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
