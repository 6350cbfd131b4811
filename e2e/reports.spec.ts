import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { pdfText } from "../tests/support/pdf";
import { demoData } from "../lib/demo/demo-event";
import { createMission, expect, ORGANIZER, signIn, TABLET_PORTRAIT, tabletSignedIn, test } from "./support";

const DEMO = "jatim-kaltim-2025";

test("the organizer creates a new mission and finds it in the overview across missions", async ({ page }) => {
  await signIn(page, ORGANIZER);
  await page.goto("/staf/misi");
  await page.getByRole("link", { name: "Misi dagang baru" }).click();
  const slug = `jatim-bali-${Date.now()}`;
  await page.getByLabel("Nama misi dagang").fill("Misi Dagang Jawa Timur – Bali");
  await page.getByLabel("Alamat (slug)").fill(slug);
  await page.getByLabel("Tempat", { exact: true }).fill("Prime Plaza Hotel Sanur");
  await page.getByLabel("Kota", { exact: true }).fill("Denpasar");
  await page.getByLabel("Zona waktu").selectOption("Asia/Makassar");
  await page.getByLabel("Mulai").fill("2026-02-12T09:00");
  // A mistake first: it ends before it starts. The form says so and keeps what was typed.
  await page.getByLabel("Selesai").fill("2026-02-12T08:00");
  await page.getByLabel("Target nilai transaksi").fill("750 miliar");
  for (const [side, code, province, short, regency] of [
    ["Provinsi yang berkunjung", "JATIM", "Jawa Timur", "Jatim", "Kota Surabaya"],
    ["Provinsi tuan rumah", "BALI", "Bali", "Bali", "Kota Denpasar"],
  ]) {
    const group = page.getByRole("group", { name: side });
    await group.getByLabel("Provinsi").fill(province);
    await group.getByLabel("Sebutan").fill(short);
    await group.getByLabel("Kode").fill(code);
    await group.getByLabel("Kuota pelaku usaha").fill("50");
    await group.getByLabel("Kabupaten/kota").fill(regency);
  }
  await page.getByLabel("Sektor (satu per baris)").fill("Kuliner\nPariwisata");
  await page.getByRole("button", { name: "Buat misi dagang" }).click();
  await expect(page.getByText("Selesai harus sesudah mulai.")).toBeVisible();
  await expect(page.getByLabel("Tempat", { exact: true })).toHaveValue("Prime Plaza Hotel Sanur");

  await page.getByLabel("Selesai").fill("2026-02-12T16:00");
  await page.getByRole("button", { name: "Buat misi dagang" }).click();
  await expect(page).toHaveURL(new RegExp(`/staf/misi/${slug}$`));
  await expect(page.getByRole("heading", { name: "Misi Dagang Jawa Timur – Bali" })).toBeVisible();
  await expect(page.getByLabel("Mulai")).toHaveValue("2026-02-12T09:00");

  // Edit its details: the form shows what was saved.
  await page.getByLabel("Kota", { exact: true }).fill("Sanur");
  await page.getByLabel("Status").selectOption("LIVE");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Data misi dagang disimpan.");
  await expect(page.getByLabel("Kota", { exact: true })).toHaveValue("Sanur");
  await page.reload();
  await expect(page.getByLabel("Kota", { exact: true })).toHaveValue("Sanur");
  await expect(page.getByLabel("Status")).toHaveValue("LIVE");

  // Archive it, first without a proper reason.
  const archive = page.locator("form", { has: page.getByRole("button", { name: "Arsipkan" }) });
  await archive.getByLabel("Alasan").fill("tes");
  await archive.getByRole("button", { name: "Arsipkan" }).click();
  // The browser holds the form back and says why; nothing is archived.
  expect(await archive.getByLabel("Alasan").evaluate((input: HTMLInputElement) => input.validity.tooShort)).toBe(true);
  await expect(page.getByText("Misi ini diarsipkan.")).toHaveCount(0);
  await archive.getByLabel("Alasan").fill("Digabung dengan misi Bali berikutnya");
  await archive.getByRole("button", { name: "Arsipkan" }).click();
  await expect(page.getByText("Misi ini diarsipkan. Pulihkan untuk mengubahnya.")).toBeVisible();
  await expect(page.getByText("Diarsipkan", { exact: true })).toBeVisible();
  await page.goto("/");
  await expect(page.getByText("Misi Dagang Jawa Timur – Bali")).toHaveCount(0);
  await page.goto(`/staf/misi/${slug}`);
  await page.getByLabel("Alasan").fill("Jadi diadakan");
  await page.getByRole("button", { name: "Pulihkan" }).click();
  await expect(page.getByLabel("Kota", { exact: true })).toHaveValue("Sanur");

  await page.goto("/staf/misi");
  const row = page.getByTestId("missions").getByRole("row", { name: /Misi Dagang Jawa Timur – Bali/ });
  await expect(row).toContainText("Bali");
  await expect(row).toContainText("Selesai");
  await expect(page.getByTestId("by-partner")).toContainText("Kalimantan Timur");
});

test("the interface switches to English and back, follows the person to another browser, and each board screen can be set on its own", async ({
  page,
  browser,
}) => {
  await signIn(page, ORGANIZER);
  await page.goto(`/staf/e/${DEMO}/rekap`);
  await expect(page.getByTestId("recap").getByText("Rekapitulasi Transaksi Misi Dagang")).toBeVisible();
  await page.getByTestId("language-switch").click();

  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("recap").getByText("Trade Mission Transaction Recap")).toBeVisible();
  await expect(page.getByTestId("recap-total")).toHaveText("Rp1,053,146,943,500");
  await expect(page.getByTestId("press-summary")).toContainText(
    "final transactions of Rp1,053,146,943,500 (Rp1.05 trillion), consisting of Jatim sales of Rp598.953 billion",
  );
  await expect(page.getByRole("navigation", { name: "Staff menu" }).getByRole("link", { name: "Trade missions" })).toBeVisible();
  // The choice stays with the person, page after page, and on another device once they sign in.
  await page.goto(`/e/${DEMO}`);
  await expect(page.getByRole("heading", { name: "Final total (official figure)" })).toBeVisible();
  const elsewhere = await browser.newContext();
  const tablet = await elsewhere.newPage();
  await tablet.goto("/masuk");
  await expect(tablet.locator("html")).toHaveAttribute("lang", "id");
  await signIn(tablet, ORGANIZER);
  await expect(tablet.locator("html")).toHaveAttribute("lang", "en");
  await expect(tablet.getByRole("button", { name: "Sign out" })).toBeVisible();
  await elsewhere.close();

  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { name: "Total transaksi final (angka resmi)" })).toBeVisible();
  await expect(page.getByTestId("grand-total")).toHaveText("Rp1.053.146.943.500");

  // A projector shows English while this browser stays in Indonesian.
  await page.goto(`/e/${DEMO}/board?lang=en`);
  await expect(page.getByTestId("board-abbreviation")).toHaveText("Rp1.05 trillion");
  await expect(page.getByTestId("board").getByText("Final total (official figure)")).toBeVisible();
  await page.goto(`/e/${DEMO}`);
  await expect(page.getByRole("heading", { name: "Total transaksi final (angka resmi)" })).toBeVisible();
});

test("the organizer hands over the PDF recap, the Excel file and the press paragraph", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, ORGANIZER);
  await page.goto(`/staf/e/${DEMO}/rekap`);
  await expect(page.getByTestId("recap-total")).toHaveText("Rp1.053.146.943.500");
  // The midday announcement, the yearly deal with its period, and the agreements' parties by kind.
  await expect(page.getByTestId("recap-interim")).toHaveText("Angka sementara diumumkan hingga pukul 12.00 WITA: Rp834.496.700.000 (43 komitmen).");
  await expect(page.getByTestId("recap")).toContainText("Rp124.000.000.000 per tahun, selama 3 tahun");
  await expect(page.getByTestId("recap-agreement-parties")).toHaveText("6 perangkat daerah · 10 BUMD · 4 asosiasi");
  const press = page.getByTestId("press-summary");
  await expect(press).toContainText(
    "total transaksi final Rp1.053.146.943.500 (Rp1,05 triliun), terdiri dari Jatim menjual Rp598,953 miliar, Jatim membeli Rp230,099 miliar, dan Jatim berinvestasi Rp224,094 miliar",
  );
  await page.getByTestId("copy-press").click();
  await expect(page.getByTestId("copy-press")).toHaveText("Tersalin");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await press.textContent());

  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByTestId("recap-pdf").click()]);
  expect(pdf.suggestedFilename()).toBe(`rekap-${DEMO}.pdf`);
  // The PDF the organizer hands over says what the page says.
  const recap = await pdfText(await readFile((await pdf.path())!));
  expect(recap).toContain("REKAPITULASI TRANSAKSI MISI DAGANG");
  expect(recap).toContain("Rp1.053.146.943.500 (Rp1,05 triliun)");
  expect(recap).toContain("Jatim menjual Rp598,953 miliar");
  expect(recap).toContain("Rp124.000.000.000 per tahun, selama 3 tahun");
  expect(recap).not.toMatch(/\+62|@contoh\.id/);

  await page.goto(`/staf/e/${DEMO}/ekspor`);
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-commitments-xlsx").click()]);
  expect(xlsx.suggestedFilename()).toBe(`komitmen-${DEMO}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsx.path())!);
  const sheet = workbook.worksheets[0];
  const valueColumn = (sheet.getRow(1).values as unknown[]).indexOf("Nilai (Rp)");
  let sum = 0;
  sheet.eachRow((row, n) => {
    if (n > 1) sum += row.getCell(valueColumn).value as number;
  });
  const api = (await (await page.request.get(`/api/events/${DEMO}/totals`)).json()) as { total: string };
  expect(BigInt(sum)).toBe(BigInt(api.total));
});

test("the organizer records a commitment's realisation on a tablet, and the recap compares it with what was committed; on a phone the form fits", async ({
  browser,
  baseURL,
}) => {
  const { page } = await tabletSignedIn(browser, baseURL, ORGANIZER, TABLET_PORTRAIT);
  await page.goto(`/staf/e/${DEMO}/rekap`);
  const realised = page.getByTestId("recap-realisation");
  const rupiah = (text: string | null) => BigInt((text ?? "").replace(/\D/g, "") || "0");
  const before = rupiah(await realised.locator("dd").nth(1).textContent());

  await page.goto(`/staf/e/${DEMO}/komitmen?status=SIGNED`);
  await page.locator("tbody tr").first().getByRole("link").click();
  // The date picker offers only the signing day (8 May 2025, Balikpapan time) up to today on the mission's clock.
  const missionDay = (at: Date) => at.toLocaleDateString("en-CA", { timeZone: "Asia/Makassar" });
  const date = page.getByLabel("Tanggal realisasi");
  await expect(date).toHaveAttribute("min", "2025-05-08");
  // Today, or yesterday if midnight in Balikpapan passed since the page was drawn.
  expect([missionDay(new Date()), missionDay(new Date(Date.now() - 60_000))]).toContain(await date.getAttribute("max"));
  await date.fill("2025-06-30");
  await page.getByLabel("Nilai (mis. 250 juta)").fill("250 juta");
  await page.getByLabel("Catatan (boleh kosong)").fill("Pengiriman pertama");
  await page.getByRole("button", { name: "Catat realisasi" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Realisasi dicatat.");
  await expect(page.getByText("Pengiriman pertama")).toBeVisible();
  await expect(page.getByTestId("realised-total")).toContainText("Terealisasi Rp250.000.000");

  // A mistyped amount gets a clear message and nothing is recorded.
  await page.getByLabel("Tanggal realisasi").fill("2025-07-01");
  await page.getByLabel("Nilai (mis. 250 juta)").fill("dua ratus");
  await page.getByRole("button", { name: "Catat realisasi" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Periksa kembali isian yang ditandai.");
  await expect(page.getByTestId("realised-total")).toContainText("Terealisasi Rp250.000.000");

  const commitmentPage = page.url();
  await page.goto(`/staf/e/${DEMO}/rekap`);
  await expect(realised.locator("dd").nth(1)).toHaveText(`Rp${(before + 250_000_000n).toLocaleString("id-ID")}`);
  await expect(realised.locator("dd").first()).toHaveText("Rp1.053.146.943.500");

  // On a phone the same page keeps the form within the screen, every field and the button in reach.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(commitmentPage);
  for (const field of [page.getByLabel("Tanggal realisasi"), page.getByLabel("Nilai (mis. 250 juta)"), page.getByRole("button", { name: "Catat realisasi" })]) {
    await field.scrollIntoViewIfNeeded();
    const box = (await field.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.context().close();
});

test("a business that took part in Balikpapan (by its NIB) is shown as a repeat partner on its page, on a tablet and a phone, and in the new mission's recap", async ({
  browser,
  baseURL,
}) => {
  const { page } = await tabletSignedIn(browser, baseURL, ORGANIZER, TABLET_PORTRAIT);
  const slug = await createMission(page, { name: `Misi Uji Mitra ${Date.now() % 1_000_000}`, quota: 5 });
  const returning = demoData().businesses.find((b) => b.side === "JATIM" && b.nib)!;

  await page.goto(`/staf/e/${slug}/pelaku-usaha/baru`);
  await page.getByLabel("Jatim (Jawa Timur)").check();
  await page.getByLabel("Nama usaha").fill(returning.name);
  await page.getByLabel("Nama perwakilan").fill("Perwakilan Baru");
  await page.getByLabel("No. HP/WA").fill("0813 5511 0123");
  await page.getByLabel("NIB (13 angka, bila ada)").fill(returning.nib!);
  await page.getByLabel("Sektor").selectOption("Kuliner");
  await page.getByLabel("Kabupaten/kota").selectOption("Kota Malang");
  await page.getByRole("button", { name: "Daftarkan", exact: true }).click();
  await expect(page.getByTestId("walk-in-registered")).toContainText("terdaftar");
  await page.getByTestId("walk-in-registered").getByRole("link", { name: "Lihat data" }).click();

  const earlier = page.getByTestId("earlier-missions");
  for (const viewport of [
    { width: 768, height: 1024 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await expect(earlier).toContainText("Pernah ikut misi dagang sebelumnya");
    await expect(earlier).toContainText("Misi Dagang Jawa Timur – Kalimantan Timur, Balikpapan · Kamis, 8 Mei 2025");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
  // The NIB it is known by is the organizer's to see on this page, never part of the repeat-partner line.
  await expect(earlier).not.toContainText(returning.nib!);

  await page.goto(`/staf/e/${slug}/rekap`);
  const partners = page.getByTestId("recap-repeat-partners");
  await expect(partners).toContainText("Mitra berulang: 1 pelaku usaha pernah ikut misi dagang sebelumnya");
  await expect(partners).toContainText(`${returning.name} (Jatim): Misi Dagang Jawa Timur – Kalimantan Timur`);
  await page.context().close();
});
