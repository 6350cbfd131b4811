import { Buffer } from "node:buffer";
import { csv } from "../tests/support/spreadsheets";
import type { Browser, Page } from "@playwright/test";
import { createMission, DESK, expect, ORGANIZER, sign, TABLET_PORTRAIT, tabletSignedIn, test, watchForPageErrors } from "./support";

const HEADERS = [
  "Nama usaha",
  "Nama perwakilan",
  "No. HP/WA",
  "Sektor",
  "Kabupaten/kota",
  "Produk yang ditawarkan",
  "Volume yang ditawarkan",
  "Nilai yang ditawarkan",
  "Kebutuhan",
  "Nilai kebutuhan",
];
const PHONE = { width: 390, height: 844 };

/** A representative's phone, opened at their badge's link, with the errors its page throws. */
async function phoneAt(browser: Browser, link: string): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })).newPage();
  const problems = watchForPageErrors(page);
  await page.goto(link);
  return { page, problems };
}

/** The page fits the screen: nothing to scroll sideways. */
async function fitsWidth(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

async function importList(organizer: Page, slug: string, side: string, rows: string[][]) {
  await organizer.goto(`/staf/e/${slug}/impor`);
  await organizer.getByLabel(side).check();
  await organizer.getByLabel("Berkas (.xlsx atau .csv)").setInputFiles({ name: "daftar.csv", mimeType: "text/csv", buffer: Buffer.from(csv(HEADERS, rows)) });
}

/** The badge link of a business, as its staff page gives it. */
async function badgeLinkOf(organizer: Page, slug: string, name: string): Promise<string> {
  await organizer.goto(`/staf/e/${slug}/pelaku-usaha`);
  await organizer.getByRole("link", { name }).click();
  return (await organizer.getByRole("link", { name: "Tautan lencana" }).getAttribute("href"))!;
}

test("from offers and needs to a meeting at a table and the deal signed from it, on tablets and phones", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const { page: organizer, problems } = await tabletSignedIn(browser, baseURL, ORGANIZER);
  const stamp = Date.now() % 1_000_000;
  const name = `Misi Temu Bisnis ${stamp}`;
  const slug = await createMission(organizer, { name, quota: 10 });
  await organizer.goto(`/staf/misi/${slug}`);
  await organizer.getByLabel("Status").selectOption("LIVE");
  await organizer.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(organizer.getByRole("status")).toHaveText("Data misi dagang disimpan.");

  // The lists bring what each business offers and needs; a value without its product is pointed out.
  await importList(organizer, slug, "Jatim (Jawa Timur)", [
    [`CV Pakan Lestari ${stamp}`, "Bu Sari", "0812 7000 0001", "Perikanan", "Kota Malang", "Pakan ikan", "100 ton", "2 miliar", "", ""],
    [`UD Kopi Arjuna ${stamp}`, "Pak Hadi", "0812 7000 0002", "Kuliner", "Kota Malang", "Kopi bubuk", "", "500 juta", "", ""],
    [`CV Tanpa Produk ${stamp}`, "Pak Joko", "0812 7000 0003", "Kuliner", "Kota Malang", "", "", "1 miliar", "", ""],
  ]);
  await expect(organizer.getByTestId("import-summary")).toContainText("3 baris: 2 sah, 1 bermasalah");
  await expect(organizer.getByTestId("preview-line-4")).toContainText("Ada volume atau nilai penawaran tanpa produknya.");
  await expect(organizer.getByTestId("preview-line-2")).toContainText("Pakan ikan");
  await organizer.getByRole("button", { name: "Impor 2 baris yang sah" }).click();
  await expect(organizer.getByTestId("import-outcome")).toContainText("2 pelaku usaha Jatim diimpor");
  await importList(organizer, slug, "Kaltim (Kalimantan Timur)", [
    [`CV Tambak Etam ${stamp}`, "Pak Rusdi", "0813 7000 0001", "Perikanan", "Kota Balikpapan", "", "", "", "Pakna ikan", "1,5 miliar"],
    [`Warung Samarinda ${stamp}`, "Bu Noor", "0813 7000 0002", "Kuliner", "Kota Balikpapan", "", "", "", "Kopi", ""],
  ]);
  await organizer.getByRole("button", { name: "Impor 2 baris yang sah" }).click();
  await expect(organizer.getByTestId("import-outcome")).toContainText("2 pelaku usaha Kaltim diimpor");

  // The suggested pairs, typos forgiven, each with its reason and potential; the organizer accepts one.
  await organizer.goto(`/staf/e/${slug}/temu-bisnis`);
  const pairs = organizer.getByTestId("suggested-pairs");
  await expect(pairs.getByRole("listitem")).toHaveCount(2);
  const feed = pairs.getByRole("listitem").filter({ hasText: `CV Pakan Lestari ${stamp}` });
  await expect(feed).toContainText(`CV Tambak Etam ${stamp}`);
  await expect(feed).toContainText("Jatim menjual · pakan ikan ↔ kebutuhan pakna ikan, Perikanan · potensi Rp1.500.000.000");
  await feed.getByRole("checkbox").check();
  await organizer.getByRole("button", { name: "Terima 1 pasangan" }).click();
  await expect(organizer.getByRole("main").getByRole("status")).toHaveText("1 pasangan diterima untuk dijadwalkan.");
  await expect(pairs.getByRole("listitem")).toHaveCount(1);

  // Warung Samarinda's representative, on a phone, asks the coffee seller to meet and adds a need.
  const warungLink = await badgeLinkOf(organizer, slug, `Warung Samarinda ${stamp}`);
  const arjunaLink = await badgeLinkOf(organizer, slug, `UD Kopi Arjuna ${stamp}`);
  const warung = await phoneAt(browser, warungLink);
  await expect(warung.page.getByRole("heading", { level: 1 })).toHaveText(`Warung Samarinda ${stamp}`);
  const suggested = warung.page.getByTestId("suggested-partners");
  await expect(suggested).toContainText(`UD Kopi Arjuna ${stamp}`);
  await expect(suggested).toContainText("kopi ↔ penawaran kopi bubuk, Kuliner");
  // A pair's potential is the smaller estimate: shown to a business, it would tell the partner's.
  await expect(suggested).not.toContainText("potensi");
  await suggested.getByRole("button", { name: "Minta bertemu" }).click();
  // The button gives way to the request's state.
  await expect(suggested).toContainText("Menunggu jawaban");
  await expect(suggested.getByRole("button", { name: "Minta bertemu" })).toHaveCount(0);
  await warung.page.locator("summary", { hasText: "Tambah baris" }).click();
  const addLine = warung.page.getByRole("form", { name: "Tambah baris" });
  await addLine.getByLabel("Dibutuhkan").check();
  await addLine.getByLabel("Komoditas atau produk").fill("Gula aren");
  await addLine.getByLabel(/Perkiraan nilai/).fill("25 jt");
  await expect(addLine).toContainText("Rp25.000.000 (Rp25 juta)");
  await addLine.getByRole("button", { name: "Tambah baris" }).click();
  await expect(warung.page.getByTestId("trade-lines")).toContainText("Gula aren");
  await fitsWidth(warung.page);
  expect(warung.problems).toEqual([]);

  // The coffee seller accepts on their own phone; a wrong secret opens nothing.
  const arjuna = await phoneAt(browser, arjunaLink);
  const requests = arjuna.page.getByTestId("incoming-requests");
  await expect(requests).toContainText(`Warung Samarinda ${stamp}`);
  await requests.getByRole("button", { name: "Terima" }).click();
  await expect(requests).toHaveCount(0);
  await expect(arjuna.page.getByTestId("suggested-partners")).toContainText("Diterima");
  await fitsWidth(arjuna.page);
  expect(arjuna.problems).toEqual([]);
  expect((await arjuna.page.goto(arjunaLink.replace(/k=([0-9a-f]+)/, "k=salah")))!.status()).toBe(404);

  // The organizer sets two tables and three rounds on a day to come, runs the scheduler and publishes.
  const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await organizer.goto(`/staf/e/${slug}/temu-bisnis/jadwal`);
  const setupForm = organizer.getByRole("form", { name: "Meja dan sesi" });
  await setupForm.getByLabel("Jumlah meja").fill("2");
  await setupForm.getByLabel("Tanggal").fill(day);
  await setupForm.getByLabel("Sesi pertama mulai (jam)").fill("09.00");
  await setupForm.getByLabel("Lama sesi (menit)").fill("20");
  await setupForm.getByLabel("Jumlah sesi").fill("3");
  await setupForm.getByRole("button", { name: "Simpan meja dan sesi" }).click();
  await expect(setupForm.getByRole("status")).toHaveText("2 meja dan 3 sesi disimpan.");
  await expect(organizer.getByTestId("unplaced")).toContainText("Penjadwalan berikutnya menempatkannya di sesi 1");
  await organizer.getByRole("button", { name: "Jalankan penjadwalan" }).click();
  await expect(organizer.getByRole("form", { name: "Penjadwalan" }).getByRole("status")).toHaveText(
    "Penjadwalan selesai: 2 pertemuan mendapat meja, 0 dipindah, 0 belum dapat dijadwalkan.",
  );
  await organizer.getByRole("button", { name: "Terbitkan jadwal" }).click();
  await expect(organizer.getByText("2 pertemuan diterbitkan: agenda, halaman lencana dan layar meja menampilkannya.")).toBeVisible();
  await expect(organizer.getByTestId("schedule-grid")).toContainText(`CV Pakan Lestari ${stamp} ↔ CV Tambak Etam ${stamp}`);

  // An A4 agenda per business to hand out with its badge, and a sheet per table.
  await organizer.goto(`/staf/e/${slug}/temu-bisnis/cetak?sisi=KALTIM`);
  const agendas = organizer.getByTestId("agendas").getByRole("article");
  await expect(agendas).toHaveCount(2);
  await expect(agendas.filter({ hasText: `CV Tambak Etam ${stamp}` })).toContainText(`CV Pakan Lestari ${stamp}`);
  await organizer.goto(`/staf/e/${slug}/temu-bisnis/cetak?jenis=meja`);
  const sheets = organizer.getByTestId("table-sheets").getByRole("article");
  await expect(sheets).toHaveCount(2);
  await expect(sheets.first()).toContainText("Meja 1");
  await expect(sheets.first()).toContainText("Sesi 1");

  // The agenda reaches the representative's phone.
  await arjuna.page.goto(arjunaLink);
  await expect(arjuna.page.getByTestId("meeting-agenda")).toContainText(`Warung Samarinda ${stamp}`);
  await expect(arjuna.page.getByTestId("meeting-agenda")).toContainText("Sesi 1");
  await arjuna.page.context().close();
  await warung.page.context().close();

  // The hall screen, as it will be in round 1: both tables, names only.
  const hall = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await hall.goto(`/e/${slug}/meja?at=${day}T09:05:00%2B08:00`);
  const screen = hall.getByTestId("hall-screen");
  await expect(screen).toContainText("Sekarang: Sesi 1");
  await expect(screen).toContainText(`CV Pakan Lestari ${stamp}`);
  await expect(screen).toContainText(`Warung Samarinda ${stamp}`);
  expect(await hall.content()).not.toContain("0812 7000");
  expect(await hall.content()).not.toContain("+62812");
  await hall.context().close();

  // On the day, the table host on an upright tablet: one tap, then the deal from the meeting.
  const { page: desk, problems: deskProblems } = await tabletSignedIn(browser, baseURL, DESK, TABLET_PORTRAIT);
  await desk.goto(`/staf/e/${slug}/temu-bisnis/meja?sesi=1`);
  const card = desk.getByTestId("table-meeting").filter({ hasText: `CV Pakan Lestari ${stamp}` });
  await card.getByRole("button", { name: "Terlaksana" }).click();
  await expect(card.getByRole("button", { name: "Terlaksana" })).toHaveCount(0);
  await expect(card).toContainText("Terlaksana");
  await card.getByRole("link", { name: "Catat komitmen" }).click();
  await expect(desk.getByTestId("from-meeting")).toContainText("Dari pertemuan sesi 1 di meja");
  await expect(desk.getByTestId("picked-visitingBusinessId")).toContainText(`CV Pakan Lestari ${stamp}`);
  await expect(desk.getByTestId("picked-hostBusinessId")).toContainText(`CV Tambak Etam ${stamp}`);
  await expect(desk.getByLabel("Jatim menjual")).toBeChecked();
  await expect(desk.getByLabel("Komoditas")).toHaveValue("Pakan ikan");
  await desk.getByLabel("Nilai (mis. 1,2 miliar · 250 jt · Rp1.053.146.943.500)").fill("1,2 miliar");
  await desk.getByLabel("Nama penanda tangan Jatim").fill("Bu Sari");
  await sign(desk, "pad-visitingSignature");
  await desk.getByLabel("Nama penanda tangan Kaltim").fill("Pak Rusdi");
  await sign(desk, "pad-hostSignature");
  await desk.getByLabel("Saya, petugas meja, menyaksikan kedua pihak menandatangani komitmen ini.").check();
  await desk.getByRole("button", { name: "Tanda tangani & simpan" }).click();
  await expect(desk.getByTestId("signing-done")).toContainText("Komitmen ditandatangani dan masuk ke total.");
  await fitsWidth(desk);
  expect(deskProblems).toEqual([]);
  await desk.context().close();

  // A table host with only a phone sees the same round, held, and the schedule, within the screen.
  const { page: phone, problems: phoneProblems } = await tabletSignedIn(browser, baseURL, DESK, PHONE);
  await phone.goto(`/staf/e/${slug}/temu-bisnis/meja?sesi=1`);
  await expect(phone.getByTestId("table-meeting").filter({ hasText: `CV Pakan Lestari ${stamp}` })).toContainText("Terlaksana");
  await fitsWidth(phone);
  await phone.goto(`/staf/e/${slug}/temu-bisnis/jadwal`);
  await expect(phone.getByTestId("schedule-grid")).toContainText(`Warung Samarinda ${stamp}`);
  await fitsWidth(phone);
  expect(phoneProblems).toEqual([]);
  await phone.context().close();

  // The public figures count the meetings; the recap has the funnel.
  const totals = (await (await organizer.request.get(`/api/events/${slug}/totals`)).json()) as { meetings: unknown; total: string };
  expect(totals).toMatchObject({ meetings: { scheduled: 2, held: 1, noShow: 0 }, total: "1200000000" });
  await organizer.goto(`/staf/e/${slug}/rekap`);
  await expect(organizer.getByTestId("recap-funnel")).toContainText(
    "Dari 2 pasangan yang disarankan, 2 diterima (potensi Rp1.500.000.000), 2 dijadwalkan di meja dan 1 bertemu (0 tidak hadir). Pertemuan itu melahirkan 1 komitmen senilai Rp1.200.000.000; terealisasi Rp0.",
  );
  expect(problems).toEqual([]);
  await organizer.context().close();
});
