import { scannedPdf } from "../tests/support/hostile";
import { pdfText } from "../tests/support/pdf";
import { Buffer } from "node:buffer";
import { demoData } from "../lib/demo/demo-event";
import { readFileSync } from "node:fs";
import {
  commitment,
  DESK,
  DESK_HOME,
  expect,
  hasInk,
  ORGANIZER,
  PRACTICE,
  practiceParties,
  registerWalkIn,
  sign,
  signIn,
  signOut,
  TABLET_PORTRAIT,
  tabletSignedIn,
  test,
  watchForPageErrors,
} from "./support";

test("a commitment is found, typed, signed by both on the pad, downloaded as a letter, verified, and voided", async ({ page, browser }) => {
  await signIn(page, DESK);
  await registerWalkIn(page, "Jatim (Jawa Timur)", "Tambak Udang Segara", "0813 5000 1001", "Kabupaten Sidoarjo");
  await registerWalkIn(page, "Kaltim (Kalimantan Timur)", "Pengolahan Ikan Mahakam", "0813 5000 1002", "Kota Samarinda");

  await page.goto(`${DESK_HOME}/komitmen/baru`);
  await page.getByLabel("Cari pelaku usaha Jatim").fill("tambak udng segara");
  await page.getByRole("button", { name: /Tambak Udang Segara/ }).click();
  await expect(page.getByTestId("picked-visitingBusinessId")).toContainText("Tambak Udang Segara");
  await page.getByLabel("Cari pelaku usaha Kaltim").fill("ikan mahakam");
  await page.getByLabel("Cari pelaku usaha Kaltim").press("Enter");
  await expect(page.getByTestId("picked-hostBusinessId")).toContainText("Pengolahan Ikan Mahakam");

  await page.getByLabel("Jatim menjual").check();
  await page.getByLabel("Komoditas").fill("Udang vaname beku");
  await page.getByLabel("Sektor").selectOption("Perikanan");
  await page.getByLabel("Nilai (mis. 1,2 miliar · 250 jt · Rp1.053.146.943.500)").fill("598,9 miliar");
  const preview = page.getByTestId("value-preview");
  await expect(preview).toContainText("Rp598.900.000.000");
  await expect(preview).toContainText("lima ratus sembilan puluh delapan miliar sembilan ratus juta rupiah");

  // Without signatures, the server says what is missing.
  await page.getByRole("button", { name: "Tanda tangani & simpan" }).click();
  await expect(page.getByText("Tanda tangan belum dibubuhkan.").first()).toBeVisible();

  await page.getByLabel("Nama penanda tangan Jatim").fill("Hadi Santoso");
  await sign(page, "pad-visitingSignature");
  await page.getByLabel("Nama penanda tangan Kaltim").fill("Rina Wati");
  await sign(page, "pad-hostSignature");
  await expect(page.getByText("Tanda tangan terekam.")).toHaveCount(2);
  await page.getByLabel("Saya, petugas meja, menyaksikan kedua pihak menandatangani komitmen ini.").check();
  await page.getByRole("button", { name: "Tanda tangani & simpan" }).click();
  const done = page.getByTestId("signing-done");
  await expect(done).toContainText("Komitmen ditandatangani dan masuk ke total.");
  await expect(done).toContainText("Rp598.900.000.000");

  const [download] = await Promise.all([page.waitForEvent("download"), done.getByRole("link", { name: "Unduh surat (PDF)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^surat-komitmen-[0-9A-Z]{12}\.pdf$/);
  // The letter the desk hands over says who signed what, for how much, in figures and in words.
  const letter = await pdfText(readFileSync((await download.path())!));
  expect(letter).toContain("SURAT KOMITMEN TRANSAKSI");
  expect(letter).toContain("diwakili oleh Hadi Santoso");
  expect(letter).toContain("diwakili oleh Rina Wati");
  expect(letter).toContain("Udang vaname beku");
  expect(letter).toContain("Rp598.900.000.000");
  expect(letter).toContain("(lima ratus sembilan puluh delapan miliar sembilan ratus juta rupiah)");

  await done.getByRole("link", { name: "Halaman verifikasi" }).click();
  await expect(page.getByTestId("verification-status")).toContainText("Sah: ditandatangani kedua pihak");
  await expect(page.getByTestId("verification-value")).toHaveText("Rp598.900.000.000");
  await expect(page.getByText("Hadi Santoso")).toHaveCount(0);
  const verifyUrl = page.url();

  // The organizer voids it; the public page says so at once.
  const organizerContext = await browser.newContext();
  const organizer = await organizerContext.newPage();
  const problems = watchForPageErrors(organizer);
  await signIn(organizer, ORGANIZER);
  await organizer.goto(`${DESK_HOME}/komitmen`);
  await organizer.getByRole("link", { name: "Jatim menjual" }).first().click();
  await organizer.getByLabel("Alasan pembatalan").fill("Salah satuan, dicatat ulang");
  organizer.once("dialog", (dialog) => dialog.accept());
  await organizer.getByRole("button", { name: "Batalkan komitmen" }).click();
  await expect(organizer.getByTestId("commitment-status")).toContainText("Dibatalkan");
  expect(problems).toEqual([]);
  await organizerContext.close();

  await page.goto(verifyUrl);
  await expect(page.getByTestId("verification-status")).toContainText("DIBATALKAN");
});

test("the organizer records a cooperation agreement (PKS) with its scanned PDF, and freezes the official figure the public then sees", async ({ page }) => {
  await signIn(page, ORGANIZER);
  await page.goto(`${DESK_HOME}/kerja-sama`);
  const count = page.getByTestId("agreement-count");
  const before = Number((await count.textContent())!.match(/^(\d+)/)![1]);
  await page
    .getByLabel("Pihak Jawa Timur")
    .selectOption({ label: "Disperindag Jatim (Dinas Perindustrian dan Perdagangan Provinsi Jawa Timur) · Perangkat daerah" });
  await page.getByLabel("Pihak Kalimantan Timur").selectOption("__baru__");
  await page.getByLabel("Nama lengkap pihak Kalimantan Timur").fill("Dinas Pariwisata Provinsi Kalimantan Timur");
  await page.getByLabel("Singkatan pihak Kalimantan Timur").fill("Dispar Kaltim");
  await page.getByLabel("Judul kerja sama").fill("Kerja Sama Promosi Wisata dan Produk Unggulan");
  await page.getByLabel("Nomor dokumen").fill("556/77/2026");
  await page.getByLabel("Tanggal penandatanganan").fill("2026-12-10");
  await page.getByLabel("Penanda tangan Jatim (nama/jabatan)").fill("Kepala Disperindag Jatim");
  await page.getByLabel("Penanda tangan Kaltim (nama/jabatan)").fill("Kepala Dispar Kaltim");
  await page
    .getByLabel("Dokumen pindaian (PDF, maks. 10 MB, bila ada)")
    .setInputFiles({ name: "kerja-sama.pdf", mimeType: "application/pdf", buffer: Buffer.from(await scannedPdf()) });
  await page.getByRole("button", { name: "Catat kerja sama" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Perjanjian kerja sama dicatat.");
  await expect(count).toHaveText(new RegExp(`^${before + 1} kerja sama aktif`));
  // The register counts the parties of the agreements in force by kind: two agencies at least, now.
  await expect(page.getByTestId("agreement-parties")).toHaveText(/^Para pihak: \d+ perangkat daerah/);
  const agreement = page.getByTestId("agreement").filter({ hasText: "Kerja Sama Promosi Wisata dan Produk Unggulan" });
  await expect(agreement).toContainText("Disperindag Jatim (Perangkat daerah) — Dispar Kaltim (Perangkat daerah)");
  const document = await page.request.get((await agreement.getByRole("link", { name: /Dokumen pindaian/ }).getAttribute("href"))!);
  expect(document.headers()["content-type"]).toBe("application/pdf");
  // Downloaded, never shown inline on this site's origin, and sandboxed if a browser shows it anyway.
  expect(document.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(document.headers()["content-security-policy"]).toMatch(/(^|; )sandbox(;|$)/);

  await page.goto(DESK_HOME);
  // Another test may have rehearsed a freeze on this mission already: a first freeze, or one superseding.
  const frozenBefore = await page.getByTestId("freezes").locator("li").count();
  await page.getByLabel(/^Catatan \(mis\. "Total transaksi final/).fill("Total transaksi final latihan");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Bekukan angka resmi sekarang" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText(
    frozenBefore === 0 ? "Angka resmi dibekukan." : "Angka resmi baru dibekukan; yang lama tetap tercatat.",
  );
  await expect(page.getByTestId("freezes").locator("li")).toHaveCount(frozenBefore + 1);
  await expect(page.getByTestId("freezes").locator("li").first()).toContainText("Total transaksi final latihan");

  await page.goto("/e/latihan-meja");
  await expect(page.getByTestId("official-badge")).toContainText("Angka resmi, dibekukan");
  await expect(page.getByRole("heading", { name: "Total transaksi final (angka resmi)" })).toBeVisible();
});

test("a freeze takes the figure the organizer confirmed: one that moved meanwhile is refused with the new figure, and the desk's figures follow the pushes", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, ORGANIZER);
  await page.goto(DESK_HOME);
  const shown = page.getByTestId("freeze-figure");
  const before = await shown.textContent();
  const count = Number((await page.getByTestId("desk-commitments").textContent())!.split(" ")[0]);

  // A desk signs on another tablet: the organizer's page follows, counter and figure.
  const desk = await (await browser.newContext({ baseURL })).newPage();
  await signIn(desk, DESK);
  const [visiting, host] = await practiceParties(desk);
  const record = async (value: string) => {
    const response = await desk.request.post(`/api/events/${PRACTICE}/commitments`, {
      data: JSON.stringify(commitment(visiting, host, { value })),
      headers: { "content-type": "application/json", origin: new URL(baseURL!).origin },
    });
    expect(response.status()).toBe(201);
  };
  await record("7 juta");
  await expect(page.getByTestId("desk-commitments")).toHaveText(new RegExp(`^${count + 1} · `));
  await expect(shown).not.toHaveText(before!);

  // Now the page hears nothing (its stream and its polling cut off, as on a bad network), and another signing lands.
  await page.route(/\/api\/events\/latihan-meja\/(stream|totals)/, (route) => route.abort());
  await page.reload();
  await expect(page.getByTestId("desk-commitments")).toHaveText(new RegExp(`^${count + 1} · `));
  await record("9 juta");
  const confirmed: string[] = [];
  page.once("dialog", (dialog) => {
    confirmed.push(dialog.message());
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Bekukan angka resmi sekarang" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText(`Angka berubah selagi Anda mengonfirmasi: kini ${count + 2} komitmen`);
  expect(confirmed[0]).toContain(`(${count + 1} komitmen)`);
  const frozenBefore = await page.getByTestId("freezes").locator("li").count();

  // Hearing again, the page shows the figure as it is, and that one is frozen.
  await page.unroute(/\/api\/events\/latihan-meja\/(stream|totals)/);
  await page.reload();
  await expect(page.getByTestId("desk-commitments")).toHaveText(new RegExp(`^${count + 2} · `));
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Bekukan angka resmi sekarang" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Angka resmi baru dibekukan; yang lama tetap tercatat.");
  await expect(page.getByTestId("freezes").locator("li")).toHaveCount(frozenBefore + 1);
  await desk.context().close();
});

test("a closed mission takes no signing: the desk home says each mission's status, the desk is told, and nothing is recorded", async ({ page }) => {
  await signIn(page, DESK);
  await page.goto("/staf");
  const mission = (name: RegExp) => page.getByRole("link", { name }).getByTestId("mission-status");
  await expect(mission(/Balikpapan/)).toHaveText("Selesai");
  await expect(mission(/Latihan Meja/)).toHaveText("Berlangsung");

  const signed = async () => ((await (await page.request.get("/api/events/jatim-kaltim-2025/totals")).json()) as { commitments: number }).commitments;
  const before = await signed();
  await page.goto("/staf/e/jatim-kaltim-2025/komitmen/baru");
  await expect(page.getByTestId("mission-state")).toContainText("Misi ini sudah selesai: pendaftaran, check-in dan penandatanganan ditutup.");
  // Two of the mission's own businesses, as the desk would find them.
  const { businesses } = demoData();
  for (const [side, field] of [
    ["JATIM", "visitingBusinessId"],
    ["KALTIM", "hostBusinessId"],
  ] as const) {
    const name = businesses.find((b) => b.side === side)!.name;
    await page.getByLabel(`Cari pelaku usaha ${side === "JATIM" ? "Jatim" : "Kaltim"}`).fill(name);
    await page
      .getByRole("button", { name: new RegExp(name) })
      .first()
      .click();
    await expect(page.getByTestId(`picked-${field}`)).toContainText(name);
  }
  await page.getByLabel("Jatim menjual").check();
  await page.getByLabel("Komoditas").fill("Kopi robusta");
  await page.getByLabel("Sektor").selectOption({ index: 1 });
  await page.getByLabel("Nilai (mis. 1,2 miliar · 250 jt · Rp1.053.146.943.500)").fill("1 miliar");
  await page.getByLabel("Nama penanda tangan Jatim").fill("Hadi");
  await sign(page, "pad-visitingSignature");
  await page.getByLabel("Nama penanda tangan Kaltim").fill("Rina");
  await sign(page, "pad-hostSignature");
  await page.getByLabel("Saya, petugas meja, menyaksikan kedua pihak menandatangani komitmen ini.").check();
  await page.getByRole("button", { name: "Tanda tangani & simpan" }).click();
  await expect(page.locator("main").getByRole("alert").first()).toContainText("Misi ini sudah selesai: penandatanganan tidak dibuka.");
  expect(await signed()).toBe(before);
});

test("turning the tablet keeps both signatures: the pads redraw their strokes in the new box, and the signing goes through", async ({ browser, baseURL }) => {
  const { page: tablet } = await tabletSignedIn(browser, baseURL, DESK);
  const stamp = Date.now() % 1_000_000;
  await registerWalkIn(tablet, "Jatim (Jawa Timur)", `Putar Tablet Jatim ${stamp}`, `0812${String(stamp).padStart(8, "0")}`, "Kota Malang");
  await registerWalkIn(tablet, "Kaltim (Kalimantan Timur)", `Putar Tablet Kaltim ${stamp}`, `0813${String(stamp).padStart(8, "0")}`, "Kota Balikpapan");
  await tablet.goto(`${DESK_HOME}/komitmen/baru`);
  for (const [side, name] of [
    ["Jatim", `Putar Tablet Jatim ${stamp}`],
    ["Kaltim", `Putar Tablet Kaltim ${stamp}`],
  ]) {
    await tablet.getByLabel(`Cari pelaku usaha ${side}`).fill(name);
    await tablet.getByRole("button", { name: new RegExp(name) }).click();
  }
  await tablet.getByLabel("Jatim menjual").check();
  await tablet.getByLabel("Komoditas").fill("Kerajinan rotan");
  await tablet.getByLabel("Sektor").selectOption({ index: 1 });
  // A decimal point where Indonesian writes a comma: the hint keeps the unit typed, never proposes another.
  const value = tablet.getByLabel("Nilai (mis. 1,2 miliar · 250 jt · Rp1.053.146.943.500)");
  await value.fill("12.5 juta");
  await expect(tablet.getByTestId("value-preview")).toContainText("(mis. 12,5 juta)");
  await expect(tablet.getByTestId("value-preview")).not.toContainText("miliar");
  await value.fill("25 juta");
  await tablet.getByLabel("Nama penanda tangan Jatim").fill("Sri");
  await sign(tablet, "pad-visitingSignature");
  await tablet.getByLabel("Nama penanda tangan Kaltim").fill("Yusuf");
  await sign(tablet, "pad-hostSignature");
  await expect(tablet.getByText("Tanda tangan terekam.")).toHaveCount(2);
  const inked = (pad: string) => hasInk(tablet, pad);

  // Portrait, then back: the strokes are still on both pads and in the form.
  await tablet.setViewportSize({ width: 768, height: 1024 });
  await expect.poll(() => tablet.getByTestId("pad-visitingSignature").evaluate((c: HTMLCanvasElement) => c.offsetWidth)).toBeLessThan(768);
  await expect(tablet.getByText("Tanda tangan terekam.")).toHaveCount(2);
  expect(await inked("pad-visitingSignature")).toBe(true);
  expect(await inked("pad-hostSignature")).toBe(true);
  await tablet.setViewportSize({ width: 1024, height: 768 });
  await expect(tablet.getByText("Tanda tangan terekam.")).toHaveCount(2);

  await tablet.getByLabel("Saya, petugas meja, menyaksikan kedua pihak menandatangani komitmen ini.").check();
  await tablet.getByRole("button", { name: "Tanda tangani & simpan" }).click();
  await expect(tablet.getByTestId("signing-done")).toContainText("Komitmen ditandatangani dan masuk ke total.");
  await tablet.context().close();
});

test("a half-filled signing survives a reload and a back on the tablet, and a retry after a lost answer is recorded once", async ({ browser, baseURL }) => {
  // A whole morning at one tablet: five reloads, a back, a lost answer, three pads signed, a sign-out.
  test.setTimeout(60_000);
  const { page: tablet } = await tabletSignedIn(browser, baseURL, DESK, TABLET_PORTRAIT);
  const stamp = Date.now() % 1_000_000;
  const parties = [`Muat Ulang Jatim ${stamp}`, `Muat Ulang Kaltim ${stamp}`];
  await registerWalkIn(tablet, "Jatim (Jawa Timur)", parties[0], `0812${String(stamp).padStart(8, "3")}`, "Kota Malang");
  await registerWalkIn(tablet, "Kaltim (Kalimantan Timur)", parties[1], `0813${String(stamp).padStart(8, "3")}`, "Kota Balikpapan");
  const totals = async () => (await (await tablet.request.get(`/api/events/${PRACTICE}/totals`)).json()) as { commitments: number; total: string };
  const before = await totals();

  await tablet.goto(`${DESK_HOME}/komitmen/baru`);
  await tablet.getByLabel("Cari pelaku usaha Jatim").fill(parties[0]);
  await tablet.getByRole("button", { name: new RegExp(parties[0]) }).click();
  await tablet.getByLabel("Cari pelaku usaha Kaltim").fill(parties[1]);
  await tablet.getByRole("button", { name: new RegExp(parties[1]) }).click();
  await tablet.getByLabel("Jatim membeli").check();
  await tablet.getByLabel("Komoditas").fill("Telur ayam ras");
  await tablet.getByLabel("Sektor").selectOption("Perikanan");
  await tablet.getByLabel("Nilai (mis. 1,2 miliar · 250 jt · Rp1.053.146.943.500)").fill("37,5 juta");
  await tablet.getByLabel("Nama penanda tangan Jatim").fill("Sri Rahayu");
  await sign(tablet, "pad-visitingSignature");
  await tablet.getByLabel("Nama penanda tangan Kaltim").fill("Yusuf Hamzah");
  await sign(tablet, "pad-hostSignature");
  await expect(tablet.getByText("Tanda tangan terekam.")).toHaveCount(2);

  const inked = (pad: string) => hasInk(tablet, pad);
  const expectRestored = async () => {
    await expect(tablet.getByTestId("draft-restored")).toContainText("Isian yang belum dikirim dipulihkan");
    await expect(tablet.getByTestId("picked-visitingBusinessId")).toContainText(parties[0]);
    await expect(tablet.getByTestId("picked-hostBusinessId")).toContainText(parties[1]);
    await expect(tablet.getByLabel("Jatim membeli")).toBeChecked();
    await expect(tablet.getByLabel("Komoditas")).toHaveValue("Telur ayam ras");
    await expect(tablet.getByLabel("Sektor")).toHaveValue("Perikanan");
    await expect(tablet.getByTestId("value-preview")).toContainText("Rp37.500.000");
    await expect(tablet.getByLabel("Nama penanda tangan Jatim")).toHaveValue("Sri Rahayu");
    await expect(tablet.getByLabel("Nama penanda tangan Kaltim")).toHaveValue("Yusuf Hamzah");
    await expect(tablet.getByText("Tanda tangan terekam.")).toHaveCount(2);
    expect(await inked("pad-visitingSignature")).toBe(true);
    expect(await inked("pad-hostSignature")).toBe(true);
  };

  await tablet.reload();
  await expectRestored();
  // An accidental back: to the desk home, and forward again by the browser's own back and forward.
  await tablet.getByRole("navigation", { name: "Menu meja" }).getByRole("link", { name: "Ringkasan" }).click();
  await expect(tablet).toHaveURL(new RegExp(`${DESK_HOME}$`));
  await tablet.goBack();
  await expectRestored();

  // The answer is lost on the way back (the hotel's Wi-Fi drops): the server recorded it, the tablet never heard.
  let lost = 0;
  await tablet.route(`**${DESK_HOME}/komitmen/baru`, async (route) => {
    if (route.request().method() !== "POST" || lost > 0) return route.continue();
    lost++;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await tablet.getByLabel("Saya, petugas meja, menyaksikan kedua pihak menandatangani komitmen ini.").check();
  await tablet.getByRole("button", { name: "Tanda tangani & simpan" }).click();
  await expect.poll(async () => (await totals()).commitments).toBe(before.commitments + 1);
  expect(lost).toBe(1);

  // The tablet cannot tell a lost answer from a lost request: it keeps the signing in its outbox and
  // sends it again under the same key, which answers with the commitment already recorded, once.
  const queued = tablet.getByTestId("signing-queued");
  await expect(queued).toHaveAttribute("data-state", "recorded");
  await expect(queued).toContainText("Tersimpan. Kiriman ganda diabaikan: komitmen ini tercatat sekali saja.");
  await expect(queued.getByRole("link", { name: "Unduh surat (PDF)" })).toBeVisible();
  const after = await totals();
  expect(after.commitments).toBe(before.commitments + 1);
  expect(BigInt(after.total) - BigInt(before.total)).toBe(37_500_000n);
  await queued.getByRole("button", { name: "Komitmen berikutnya" }).click();
  await expect(tablet.getByLabel("Komoditas")).toHaveValue("");

  // Recorded, the draft is gone: the next form starts empty, also after a reload.
  await tablet.reload();
  await expect(tablet.getByTestId("pad-hostSignature")).toHaveAttribute("data-ready", "true");
  await expect(tablet.getByTestId("draft-restored")).toHaveCount(0);
  await expect(tablet.getByLabel("Komoditas")).toHaveValue("");

  // A form the desk discards (after confirming) is gone too.
  await tablet.getByLabel("Komoditas").fill("Sapi potong");
  await sign(tablet, "pad-visitingSignature");
  await tablet.reload();
  await expect(tablet.getByTestId("draft-restored")).toBeVisible();
  tablet.once("dialog", (dialog) => dialog.accept());
  await tablet.getByTestId("draft-restored").getByRole("button", { name: "Buang isian" }).click();
  await expect(tablet.getByTestId("draft-restored")).toHaveCount(0);
  await expect(tablet.getByLabel("Komoditas")).toHaveValue("");
  expect(await inked("pad-visitingSignature")).toBe(false);
  await tablet.reload();
  await expect(tablet.getByTestId("pad-visitingSignature")).toHaveAttribute("data-ready", "true");
  await expect(tablet.getByTestId("draft-restored")).toHaveCount(0);

  // A name typed in a search, nothing picked or filled: no draft, so nothing comes back over the next search.
  await tablet.getByLabel("Cari pelaku usaha Jatim").fill("Muat Ulang");
  await expect(tablet.getByRole("button", { name: new RegExp(parties[0]) })).toBeVisible();
  await tablet.reload();
  await expect(tablet.getByTestId("pad-visitingSignature")).toHaveAttribute("data-ready", "true");
  await expect(tablet.getByTestId("draft-restored")).toHaveCount(0);

  // Signing out clears the tablet: the next person to sign in finds no one's signatures.
  await sign(tablet, "pad-hostSignature");
  await signOut(tablet);
  await signIn(tablet, DESK);
  await tablet.goto(`${DESK_HOME}/komitmen/baru`);
  await expect(tablet.getByTestId("pad-hostSignature")).toHaveAttribute("data-ready", "true");
  await expect(tablet.getByTestId("draft-restored")).toHaveCount(0);
  expect(await inked("pad-hostSignature")).toBe(false);
  await tablet.context().close();
});

test("Enter picks a business only when the match is unambiguous; among look-alikes the desk picks from the marked list (on a phone)", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, DESK);
  const stamp = Date.now() % 1_000_000;
  await registerWalkIn(page, "Jatim (Jawa Timur)", `Tani Makmur ${stamp}`, `0812${String(stamp).padStart(8, "1")}`, "Kota Malang");
  await registerWalkIn(page, "Jatim (Jawa Timur)", `Tani Sejahtera Abadi ${stamp}`, `0812${String(stamp).padStart(8, "2")}`, "Kota Malang");
  await page.goto(`${DESK_HOME}/komitmen/baru`);
  const search = page.getByLabel("Cari pelaku usaha Jatim");

  await search.fill("tani");
  await expect(page.getByRole("button", { name: new RegExp(`Tani Sejahtera Abadi ${stamp}`) })).toBeVisible();
  await search.press("Enter");
  await expect(page.getByText("Beberapa pelaku usaha cocok: pilih salah satu dari daftar.")).toBeVisible();
  await expect(page.getByTestId("picked-visitingBusinessId")).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await search.fill(`Tani Makmur ${stamp}`);
  await search.press("Enter");
  await expect(page.getByTestId("picked-visitingBusinessId")).toContainText(`Tani Makmur ${stamp}`);
});

test("after the cut-off the board and the public page show one figure, the official one, at 1920 px and at 390 px, with later changes apart", async ({
  page,
}) => {
  const totals = (await (await page.request.get(`/api/events/${PRACTICE}/totals`)).json()) as {
    total: string;
    commitments: number;
    official: { total: string; commitments: number; byCategory: Record<string, string>; bySector: { sector: string; total: string }[] } | null;
  };
  // The tests above froze this mission and signed on it afterwards: the running figure has moved on.
  expect(totals.official).not.toBeNull();
  expect(totals.total).not.toBe(totals.official!.total);
  expect(totals.official!.bySector.reduce((sum, row) => sum + BigInt(row.total), 0n)).toBe(BigInt(totals.official!.total));
  const rupiah = (value: string) => `Rp${BigInt(value).toLocaleString("id-ID")}`;

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`/e/${PRACTICE}/board`);
    await expect(page.getByTestId("board-total")).toHaveText(rupiah(totals.official!.total));
    await expect(page.getByTestId("board-commitments")).toHaveText(String(totals.official!.commitments));
    const board = await page.getByTestId("board-abbreviation").textContent();
    const boardCategories = await Promise.all(["SELL", "BUY", "INVEST"].map((c) => page.getByTestId(`board-category-value-${c}`).textContent()));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

    await page.goto(`/e/${PRACTICE}`);
    await expect(page.getByTestId("grand-total")).toHaveText(rupiah(totals.official!.total));
    await expect(page.getByText(board!, { exact: true }).first()).toBeVisible();
    await expect(page.getByTestId("event-commitments")).toHaveText(String(totals.official!.commitments));
    for (const [i, category] of ["SELL", "BUY", "INVEST"].entries())
      await expect(page.getByTestId(`category-short-${category}`)).toHaveText(boardCategories[i]!);
    await expect(page.getByTestId("since-cut-off")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  }
});

test("an organizer reopens a closed mission only with a reason, and closes it again", async ({ page }) => {
  await signIn(page, ORGANIZER);
  await page.goto("/staf/misi/jatim-kaltim-2025");
  const form = page.locator("main form").filter({ has: page.getByLabel("Status", { exact: true }) });
  await form.getByLabel("Status", { exact: true }).selectOption("LIVE");
  await form.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(form.getByText("Tulis mengapa misi yang sudah selesai dibuka kembali (minimal 5 huruf).")).toBeVisible();

  await form.getByLabel("Alasan membuka kembali (wajib bila status diubah dari Selesai)").fill("Penandatanganan susulan dengan Dinas");
  await form.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Data misi dagang disimpan.");
  await page.goto("/staf/e/jatim-kaltim-2025");
  await expect(page.getByTestId("mission-state")).toHaveCount(0);

  // Back as it was, for the tests after this one: closed.
  await page.goto("/staf/misi/jatim-kaltim-2025");
  await form.getByLabel("Status", { exact: true }).selectOption("CLOSED");
  await form.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Data misi dagang disimpan.");
  await page.goto("/staf/e/jatim-kaltim-2025");
  await expect(page.getByTestId("mission-state")).toContainText("Misi ini sudah selesai");
});
