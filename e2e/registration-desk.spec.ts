import { Buffer } from "node:buffer";
import { csv } from "../tests/support/spreadsheets";
import { createMission, DESK, DESK_HOME, expect, ORGANIZER, registerWalkIn, signIn, TABLET_PORTRAIT, tabletSignedIn, test } from "./support";

test("from the organizer's spreadsheet to a walk-in checked in at the desk, with the counters moving", async ({ page, browser }) => {
  // The organizer imports Jatim's pre-registration list: a preview first, nothing saved until confirmed.
  await signIn(page, ORGANIZER);
  await page.goto(`${DESK_HOME}/impor`);
  await page.getByLabel("Jatim (Jawa Timur)").check();
  await page.getByLabel("Berkas (.xlsx atau .csv)").setInputFiles({ name: "peserta-jatim.csv", mimeType: "text/csv", buffer: Buffer.from(csv()) });
  await expect(page.getByTestId("import-summary")).toContainText("6 baris: 3 sah, 3 bermasalah");
  await expect(page.getByTestId("preview-line-4")).toContainText("Nama usaha kosong.");
  await expect(page.getByTestId("preview-line-4")).toContainText('NIB "12345" harus 13 angka.');
  await expect(page.getByTestId("preview-line-5")).toContainText('No. HP "12345" tidak sah');
  await expect(page.getByTestId("preview-line-7")).toContainText("NIB sama dengan baris 2.");
  await expect(page.getByLabel("Nama usaha *")).toHaveValue("1");

  const list = await browser.newContext().then((c) => c.newPage());
  await signIn(list, ORGANIZER);
  await list.goto(`${DESK_HOME}/pelaku-usaha`);
  // Other tests may have registered walk-ins on this practice mission: count from here.
  const before = Number((await list.getByTestId("business-count").textContent())!.split(" ")[0]);

  await page.getByRole("button", { name: "Impor 3 baris yang sah" }).click();
  await expect(page.getByTestId("import-outcome")).toContainText("3 pelaku usaha Jatim diimpor; 3 baris bermasalah dilewati.");
  await list.reload();
  await expect(list.getByTestId("business-count")).toHaveText(`${before + 3} pelaku usaha`);
  await list.context().close();

  // A desk keeps the counters open on one screen…
  const desk = await browser.newContext();
  const counters = await desk.newPage();
  await signIn(counters, DESK);
  await counters.goto(DESK_HOME);
  const registeredBefore = Number(await counters.getByTestId("registered-JATIM").textContent());
  const checkedInBefore = Number(await counters.getByTestId("checked-in-JATIM").textContent());

  // …and registers a walk-in on another.
  const form = await desk.newPage();
  await form.goto(`${DESK_HOME}/pelaku-usaha/baru`);
  await form.getByLabel("Jatim (Jawa Timur)").check();
  await form.getByLabel("Nama usaha").fill("Keripik Tempe Sanan");
  await form.getByLabel("Nama perwakilan").fill("Ibu Lestari");
  await form.getByLabel("No. HP/WA").fill("0813 3344 5566");
  await form.getByLabel("Sektor").selectOption("Kuliner");
  await form.getByLabel("Kabupaten/kota").selectOption("Kota Malang");
  await form.getByRole("button", { name: "Daftarkan", exact: true }).click();
  const registered = form.getByTestId("walk-in-registered");
  await expect(registered).toContainText("Keripik Tempe Sanan terdaftar.");
  const badgeCode = (await form.getByTestId("walk-in-badge-code").textContent())!;
  expect(badgeCode).toMatch(/^[0-9A-Z]{10}$/);
  await expect(counters.getByTestId("registered-JATIM")).toHaveText(String(registeredBefore + 1), { timeout: 10_000 });

  // Its badge page prints the badge alone.
  await registered.getByRole("link", { name: "Cetak lencana" }).click();
  const badge = form.getByTestId("badge");
  await expect(badge).toHaveCount(1);
  await expect(badge).toContainText("Keripik Tempe Sanan");
  await expect(badge).toContainText(badgeCode);
  await expect(badge.locator("svg")).toBeVisible();
  await form.emulateMedia({ media: "print" });
  await expect(form.getByRole("button", { name: "Cetak lencana" })).toBeHidden();
  await expect(badge).toBeVisible();
  await form.emulateMedia({ media: "screen" });

  // At the check-in desk: found by a misspelt name…
  await form.goto(`${DESK_HOME}/check-in`);
  await form.getByLabel("Nama meja ini:").fill("Meja 1");
  await form.getByLabel("Cari nama usaha, perwakilan, no. HP atau NIB").fill("kripik tempe sanan");
  await expect(form.getByTestId("search-results").locator("li").first()).toContainText("Keripik Tempe Sanan");

  // …and checked in by typing the badge code as a scanner does (characters, then Enter).
  const code = form.getByLabel("Kode lencana (pindai, atau ketik lalu Enter)");
  await code.click();
  await code.pressSequentially(badgeCode.toLowerCase());
  await code.press("Enter");
  await expect(form.getByTestId("check-in-result")).toContainText("Check-in berhasil");
  await expect(form.getByTestId("check-in-result")).toContainText("Keripik Tempe Sanan");
  await expect(code).toHaveValue("");
  await expect(code).toBeFocused();
  await expect(counters.getByTestId("checked-in-JATIM")).toHaveText(String(checkedInBefore + 1), { timeout: 10_000 });

  // A second scan of the same badge is told it is done already, and by which desk.
  await code.pressSequentially(badgeCode);
  await code.press("Enter");
  await expect(form.getByTestId("check-in-result")).toContainText(/Keripik Tempe Sanan sudah check-in pukul \d{2}\.\d{2} WIB oleh Meja 1\./);
  // A scan error leaves the field ready for the next badge.
  await code.pressSequentially("BUKANKODE");
  await code.press("Enter");
  await expect(form.getByTestId("check-in-result")).toContainText("Kode BUKANKODE tidak dikenal.");
  await expect(code).toBeFocused();
  await expect(counters.getByTestId("checked-in-JATIM")).toHaveText(String(checkedInBefore + 1));
  await desk.close();
});

test("desk staff cannot import or change the event set-up", async ({ page }) => {
  await signIn(page, DESK);
  for (const path of [`${DESK_HOME}/impor`, `${DESK_HOME}/pengaturan`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
  }
  const denied = await page.request.post(`/api/events/latihan-meja/businesses/import`, {
    multipart: { side: "JATIM", mode: "preview", file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("Nama Usaha\nA\n") } },
  });
  expect(denied.status()).toBe(403);
});

test("a walk-in refused on a closed mission keeps what the desk typed, and the button to send it again, whichever side is chosen", async ({ page }) => {
  await signIn(page, DESK);
  // The Balikpapan mission is closed: the walk-in is refused.
  await page.goto("/staf/e/jatim-kaltim-2025/pelaku-usaha/baru");
  await page.getByLabel("Jatim (Jawa Timur)").check();
  await page.getByLabel("Nama usaha").fill("Kerupuk Udang Tertolak");
  await page.getByLabel("Nama perwakilan").fill("Pak Hadi");
  await page.getByLabel("No. HP/WA").fill("0819 7766 5500");
  await page.getByLabel("Sektor").selectOption({ index: 1 });
  await page.getByLabel("Kabupaten/kota").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Daftarkan", exact: true }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Misi ini sudah selesai");
  await expect(page.getByLabel("Nama usaha")).toHaveValue("Kerupuk Udang Tertolak");
  await expect(page.getByLabel("Nama perwakilan")).toHaveValue("Pak Hadi");
  await expect(page.getByLabel("No. HP/WA")).toHaveValue("0819 7766 5500");
  await expect(page.getByRole("button", { name: "Daftarkan", exact: true })).toBeVisible();
  await page.getByLabel("Kaltim (Kalimantan Timur)").check();
  await expect(page.getByRole("button", { name: "Daftarkan", exact: true })).toBeVisible();
  await expect(page.getByLabel("Nama usaha")).toHaveValue("Kerupuk Udang Tertolak");
});

test("at the check-in desk each scan reads as a new one, and a mistaken check-in is taken back there, with a reason (on a tablet held upright)", async ({
  page,
}) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await signIn(page, DESK);
  const stamp = Date.now() % 1_000_000;
  await registerWalkIn(page, "Kaltim (Kalimantan Timur)", `Salah Pindai ${stamp}`, `0813${String(stamp).padStart(8, "5")}`, "Kota Balikpapan");
  const badgeCode = (await page.getByTestId("walk-in-badge-code").textContent())!;
  await page.goto(`${DESK_HOME}/check-in`);
  const code = page.getByLabel("Kode lencana (pindai, atau ketik lalu Enter)");
  const result = page.getByTestId("check-in-result");
  const scan = async () => {
    await code.pressSequentially(badgeCode);
    await code.press("Enter");
  };

  await scan();
  await expect(result).toContainText("Check-in berhasil");
  await expect(page.getByTestId("scan-number")).toContainText("Pindaian ke-1 di meja ini");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  // The wrong badge was scanned: taken back from the desk itself.
  await result.getByLabel(/alasan$/).fill("Salah pindai lencana");
  await result.getByRole("button", { name: "Batalkan check-in" }).click();
  await expect(result.getByRole("status")).toHaveText(`Check-in Salah Pindai ${stamp} dibatalkan.`);

  await scan();
  await expect(result).toContainText("Check-in berhasil");
  await expect(page.getByTestId("scan-number")).toContainText("Pindaian ke-2 di meja ini");
  await scan();
  await expect(result).toContainText("Sudah check-in");
  await expect(page.getByTestId("scan-number")).toContainText("Pindaian ke-3 di meja ini");
});

test("a list past a side's quota is refused whole, with the numbers, and goes in only with the organizer's reason; a desk's walk-in on the full side keeps its form", async ({
  browser,
  baseURL,
}) => {
  const { page: organizer } = await tabletSignedIn(browser, baseURL, ORGANIZER);
  const name = `Misi Uji Kuota ${Date.now() % 1_000_000}`;
  const slug = await createMission(organizer, { name, quota: 2 });

  // Three Kaltim businesses for a quota of two: nothing goes in, and the message gives the numbers.
  await organizer.goto(`/staf/e/${slug}/impor`);
  await organizer.getByLabel("Kaltim (Kalimantan Timur)").check();
  const rows = [1, 2, 3].map((n) => [String(n), `Kuota Kaltim ${n}`, `Pemilik ${n}`, `0813 5511 000${n}`, "", "Kuliner", "Kota Balikpapan"]);
  await organizer.getByLabel("Berkas (.xlsx atau .csv)").setInputFiles({ name: "kaltim.csv", mimeType: "text/csv", buffer: Buffer.from(csv(undefined, rows)) });
  await expect(organizer.getByTestId("import-summary")).toContainText("3 baris: 3 sah, 0 bermasalah. Terdaftar Kaltim sekarang: 0 (kuota 2).");
  await organizer.getByRole("button", { name: "Impor 3 baris yang sah" }).click();
  await expect(organizer.getByTestId("import-outcome")).toContainText(
    "Daftar ini membawa Kaltim melewati kuotanya: 0 sudah terdaftar, 3 akan diimpor, kuota 2. Tidak ada yang diimpor.",
  );
  await organizer.goto(`/staf/e/${slug}/pelaku-usaha`);
  await expect(organizer.getByTestId("business-count")).toHaveText("0 pelaku usaha");

  // With a reason it goes in, whole.
  await organizer.goto(`/staf/e/${slug}/impor`);
  await organizer.getByLabel("Kaltim (Kalimantan Timur)").check();
  await organizer.getByLabel("Berkas (.xlsx atau .csv)").setInputFiles({ name: "kaltim.csv", mimeType: "text/csv", buffer: Buffer.from(csv(undefined, rows)) });
  await organizer.getByRole("button", { name: "Impor 3 baris yang sah" }).click();
  await expect(organizer.getByTestId("import-outcome")).toContainText("Tidak ada yang diimpor.");
  await organizer.getByLabel("Alasan mengimpor melebihi kuota (dicatat di jejak audit)").fill("Tambahan undangan Dinas Koperasi");
  await organizer.getByRole("button", { name: "Impor 3 baris yang sah" }).click();
  await expect(organizer.getByTestId("import-outcome")).toContainText("3 pelaku usaha Kaltim diimpor");
  await organizer.goto(`/staf/e/${slug}/pelaku-usaha`);
  await expect(organizer.getByTestId("business-count")).toHaveText("3 pelaku usaha");
  await organizer.context().close();

  // On the desk tablet, upright: Kaltim is full; the walk-in is refused and stays on the form, and goes
  // in as soon as the desk sees it belongs to Jatim.
  const { page: desk } = await tabletSignedIn(browser, baseURL, DESK, TABLET_PORTRAIT);
  await desk.goto(`/staf/e/${slug}/pelaku-usaha/baru`);
  await desk.getByLabel("Kaltim (Kalimantan Timur)").check();
  await desk.getByLabel("Nama usaha").fill("Warung Soto Penuh");
  await desk.getByLabel("Nama perwakilan").fill("Bu Nur");
  await desk.getByLabel("No. HP/WA").fill("0813 5511 0099");
  await desk.getByLabel("Sektor").selectOption("Kuliner");
  await desk.getByLabel("Kabupaten/kota").selectOption("Kota Balikpapan");
  await desk.getByRole("button", { name: "Daftarkan", exact: true }).click();
  await expect(desk.locator("main").getByRole("alert")).toContainText("Kuota Kaltim penuh (3 dari 2). Hubungi panitia.");
  await expect(desk.getByLabel("Nama usaha")).toHaveValue("Warung Soto Penuh");
  await expect(desk.getByRole("button", { name: "Daftarkan", exact: true })).toBeVisible();
  await desk.getByLabel("Jatim (Jawa Timur)").check();
  await desk.getByLabel("Kabupaten/kota").selectOption("Kota Malang");
  await desk.getByRole("button", { name: "Daftarkan", exact: true }).click();
  await expect(desk.getByTestId("walk-in-registered")).toContainText("Warung Soto Penuh terdaftar.");
  await desk.context().close();
});
