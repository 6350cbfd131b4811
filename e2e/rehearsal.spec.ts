import { Buffer } from "node:buffer";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Page } from "@playwright/test";
import { abbreviateRupiah } from "../lib/money/rupiah";
import { csv } from "../tests/support/spreadsheets";
import { DESK, DESK_HOME, expect, ORGANIZER, PRACTICE, registerWalkIn, sign, tabletSignedIn, test, watchForPageErrors } from "./support";

interface Totals {
  total: string;
  commitments: number;
  byCategory: Record<string, string>;
  recurring: { count: number; total: string };
  interim: { asOf: string; total: string } | null;
  official: {
    total: string;
    commitments: number;
    byCategory: Record<string, string>;
    sinceCutOff: { signed: { count: number; total: string }; voided: { count: number; total: string } };
  } | null;
}

const rupiah = (value: string | bigint) => `Rp${BigInt(value).toLocaleString("id-ID")}`;

/** Records a commitment on the desk tablet as the desk does it: both parties found, both pads signed. The commitment's staff page. */
async function signAtTable(
  desk: Page,
  parties: [string, string],
  category: string,
  commodity: string,
  value: string,
  yearly?: { years: string },
): Promise<string> {
  await desk.goto(`${DESK_HOME}/komitmen/baru`);
  for (const [side, name] of [
    ["Jatim", parties[0]],
    ["Kaltim", parties[1]],
  ]) {
    await desk.getByLabel(`Cari pelaku usaha ${side}`).fill(name);
    await desk.getByRole("button", { name: new RegExp(name) }).click();
  }
  await desk.getByLabel(category).check();
  await desk.getByLabel("Komoditas").fill(commodity);
  await desk.getByLabel("Sektor").selectOption("Perikanan");
  await desk.getByLabel("Nilai (mis. 1,2 miliar · 250 jt · Rp1.053.146.943.500)").fill(value);
  if (yearly) {
    await desk.getByLabel("Per tahun").check();
    await desk.getByLabel("Selama (tahun, bila disebut)").fill(yearly.years);
    await expect(desk.getByTestId("value-preview")).toContainText("per tahun");
  }
  await desk.getByLabel("Nama penanda tangan Jatim").fill("Wakil Jatim");
  await sign(desk, "pad-visitingSignature");
  await desk.getByLabel("Nama penanda tangan Kaltim").fill("Wakil Kaltim");
  await sign(desk, "pad-hostSignature");
  await desk.getByLabel("Saya, petugas meja, menyaksikan kedua pihak menandatangani komitmen ini.").check();
  await desk.getByRole("button", { name: "Tanda tangani & simpan" }).click();
  const done = desk.getByTestId("signing-done");
  await expect(done).toContainText("Komitmen ditandatangani dan masuk ke total.");
  return (await done.getByRole("link", { name: "Lihat komitmen" }).getAttribute("href"))!;
}

test("a full rehearsal on the practice mission: lists, a walk-in, check-in, signings on a tablet, a void, the freeze and a signing after it show one figure everywhere", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now() % 1_000_000;
  const { page: organizer, problems } = await tabletSignedIn(browser, baseURL, ORGANIZER);
  const totals = async () => (await (await organizer.request.get(`/api/events/${PRACTICE}/totals`)).json()) as Totals;
  const start = await totals();

  // The target from the business matching.
  await organizer.goto(`/staf/misi/${PRACTICE}`);
  await organizer.getByLabel("Target nilai transaksi").fill("5 miliar");
  await organizer.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(organizer.locator("main").getByRole("status")).toHaveText("Data misi dagang disimpan.");

  // The lists: two businesses a side.
  const names = {
    JATIM: [`Gladi Pakan Ikan ${stamp}`, `Gladi Telur Ayam ${stamp}`],
    KALTIM: [`Gladi Tambak ${stamp}`, `Gladi Resto ${stamp}`],
  };
  for (const [side, label, regency, prefix] of [
    ["JATIM", "Jatim (Jawa Timur)", "Kota Malang", "0812"],
    ["KALTIM", "Kaltim (Kalimantan Timur)", "Kota Balikpapan", "0813"],
  ] as const) {
    await organizer.goto(`${DESK_HOME}/impor`);
    await organizer.getByLabel(label).check();
    const rows = names[side].map((name, i) => [
      String(i + 1),
      name,
      `Pemilik ${i + 1}`,
      `${prefix}${String(stamp * 10 + i).padStart(8, "4")}`,
      "",
      "Perikanan",
      regency,
    ]);
    await organizer
      .getByLabel("Berkas (.xlsx atau .csv)")
      .setInputFiles({ name: "gladi.csv", mimeType: "text/csv", buffer: Buffer.from(csv(undefined, rows)) });
    await organizer.getByRole("button", { name: "Impor 2 baris yang sah" }).click();
    await expect(organizer.getByTestId("import-outcome")).toContainText(`2 pelaku usaha ${side === "JATIM" ? "Jatim" : "Kaltim"} diimpor`);
  }

  // The desk tablet: a walk-in, a check-in, two signings.
  const { page: desk, problems: deskProblems } = await tabletSignedIn(browser, baseURL, DESK);
  const walkIn = `Gladi Datang Langsung ${stamp}`;
  await registerWalkIn(desk, "Kaltim (Kalimantan Timur)", walkIn, `0813${String(stamp).padStart(8, "5")}`, "Kota Balikpapan");
  await desk.goto(`${DESK_HOME}/check-in`);
  await desk.getByLabel("Nama meja ini:").fill("Meja Gladi");
  await desk.getByLabel("Cari nama usaha, perwakilan, no. HP atau NIB").fill(names.JATIM[0]);
  await desk.getByTestId("search-results").locator("li", { hasText: names.JATIM[0] }).getByRole("button", { name: "Check-in" }).click();
  await expect(desk.getByTestId("check-in-result")).toContainText("Check-in berhasil");

  const mistaken = await signAtTable(desk, [names.JATIM[0], names.KALTIM[0]], "Jatim menjual", "Pakan ikan", "125 juta");
  // A supply announced per year: its value is one year's, and the commitment says so.
  const yearly = await signAtTable(desk, [names.JATIM[1], walkIn], "Jatim membeli", "Telur ayam", "2,5 miliar", { years: "3" });
  await desk.goto(yearly);
  await expect(desk.getByTestId("commitment-value")).toHaveText("Rp2.500.000.000 per tahun, selama 3 tahun");

  // The organizer voids the mistaken one, then freezes the figure on the desk page, as it is shown.
  await organizer.goto(mistaken);
  await organizer.getByLabel("Alasan pembatalan").fill("Salah pihak, dicatat ulang");
  organizer.once("dialog", (dialog) => dialog.accept());
  await organizer.getByRole("button", { name: "Batalkan komitmen" }).click();
  await expect(organizer.getByTestId("commitment-status")).toContainText("Dibatalkan");
  // An interim announcement: the ledger as it stood at the minute named, shown with its time on the board.
  await organizer.goto(DESK_HOME);
  organizer.once("dialog", (dialog) => dialog.accept());
  await organizer.getByRole("button", { name: "Umumkan angka sementara" }).click();
  await expect(organizer.locator("main").getByRole("status")).toContainText("Angka sementara diumumkan");
  const interim = (await totals()).interim!;
  const asItStood = (await (await organizer.request.get(`/api/events/${PRACTICE}/totals?asOf=${encodeURIComponent(interim.asOf)}`)).json()) as Totals;
  expect(interim.total).toBe(asItStood.total);
  const hall = await (await browser.newContext({ baseURL })).newPage();
  await hall.goto(`/e/${PRACTICE}/board`);
  await expect(hall.getByTestId("board-interim")).toContainText(rupiah(interim.total));
  await hall.goto(`/e/${PRACTICE}`);
  await expect(hall.getByTestId("event-interim")).toContainText(rupiah(interim.total));
  await hall.context().close();

  const frozen = await totals();
  expect(BigInt(frozen.total) - BigInt(start.total)).toBe(2_500_000_000n);
  expect(frozen.commitments - start.commitments).toBe(1);
  expect(frozen.recurring.count - start.recurring.count).toBe(1);
  expect(BigInt(frozen.recurring.total) - BigInt(start.recurring.total)).toBe(2_500_000_000n);
  await organizer.goto(DESK_HOME);
  await expect(organizer.getByTestId("desk-commitments")).toHaveText(`${frozen.commitments} · ${abbreviateRupiah(BigInt(frozen.total), { locale: "id" })}`);
  await expect(organizer.getByTestId("freeze-figure")).toContainText(rupiah(frozen.total));
  organizer.once("dialog", (dialog) => dialog.accept());
  await organizer.getByRole("button", { name: "Bekukan angka resmi sekarang" }).click();
  await expect(organizer.locator("main").getByRole("status")).toContainText("dibekukan");
  await expect(organizer.getByTestId("freezes").locator("li").first()).toContainText(`${rupiah(frozen.total)} (${frozen.commitments} komitmen)`);

  // A signing after the cut-off: counted in the running figure, shown apart from the official one.
  await signAtTable(desk, [names.JATIM[1], names.KALTIM[1]], "Jatim berinvestasi", `Bahan baku resto ${stamp}`, "40 juta");
  const now = await totals();
  expect(now.official).toMatchObject({ total: frozen.total, commitments: frozen.commitments, byCategory: frozen.byCategory });
  expect(now.official!.sinceCutOff.signed).toEqual({ count: 1, total: "40000000" });
  expect(BigInt(now.total) - BigInt(now.official!.total)).toBe(40_000_000n);
  const official = now.official!;

  // The desk: the running figure, following the pushes.
  await expect(organizer.getByTestId("desk-commitments")).toHaveText(`${now.commitments} · ${abbreviateRupiah(BigInt(now.total), { locale: "id" })}`);

  // The board (projector and phone) and the public page: the official figure in every part.
  const viewer = await (await browser.newContext({ baseURL })).newPage();
  const viewerProblems = watchForPageErrors(viewer);
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ]) {
    await viewer.setViewportSize(viewport);
    await viewer.goto(`/e/${PRACTICE}/board`);
    await expect(viewer.getByTestId("board-total")).toHaveText(rupiah(official.total));
    // After the cut-off the official figure stands alone: the interim one is no longer shown.
    await expect(viewer.getByTestId("board-interim")).toHaveCount(0);
    await expect(viewer.getByTestId("board-commitments")).toHaveText(String(official.commitments));
    for (const category of ["SELL", "BUY", "INVEST"])
      await expect(viewer.getByTestId(`board-category-value-${category}`)).toHaveText(
        abbreviateRupiah(BigInt(official.byCategory[category]), { locale: "id" }),
      );
    const percent = Number((BigInt(official.total) * 1000n) / 5_000_000_000n) / 10;
    await expect(viewer.getByTestId("board-target")).toContainText(`${percent.toLocaleString("id-ID")}%`);

    await viewer.goto(`/e/${PRACTICE}`);
    await expect(viewer.getByTestId("grand-total")).toHaveText(rupiah(official.total));
    await expect(viewer.getByTestId("event-commitments")).toHaveText(String(official.commitments));
    await expect(viewer.getByTestId("since-cut-off")).toContainText("Rp40.000.000");
    await expect(viewer.getByTestId("since-cut-off")).toContainText(rupiah(now.total));
  }

  // The recap: the official figure as its headline, the running one beside it.
  await organizer.goto(`${DESK_HOME}/rekap`);
  await expect(organizer.getByTestId("recap-total")).toHaveText(rupiah(official.total));
  await expect(organizer.getByTestId("recap")).toContainText(rupiah(now.total));

  // The export: its signed rows add up to the running figure, and without the one after the cut-off to the official one.
  await organizer.goto(`${DESK_HOME}/ekspor`);
  const [download] = await Promise.all([organizer.waitForEvent("download"), organizer.getByTestId("export-commitments-xlsx").click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  const sheet = workbook.worksheets[0];
  const header = sheet.getRow(1).values as unknown[];
  const [valueColumn, commodityColumn, periodColumn] = [header.indexOf("Nilai (Rp)"), header.indexOf("Komoditas"), header.indexOf("Periode nilai")];
  let sum = 0n;
  let afterCutOff = 0n;
  const periods: string[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const value = BigInt(row.getCell(valueColumn).value as number);
    sum += value;
    if (row.getCell(commodityColumn).value === `Bahan baku resto ${stamp}`) afterCutOff += value;
    if (row.getCell(periodColumn).value) periods.push(String(row.getCell(periodColumn).value));
  });
  expect(sum).toBe(BigInt(now.total));
  expect(sum - afterCutOff).toBe(BigInt(official.total));
  expect(periods).toContain("per tahun, selama 3 tahun");
  // The CSV, which the database writes itself, holds the same rows.
  const [csvDownload] = await Promise.all([organizer.waitForEvent("download"), organizer.getByTestId("export-commitments-csv").click()]);
  const rows = Papa.parse<Record<string, string>>(readFileSync((await csvDownload.path())!, "utf8"), { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(sheet.rowCount - 1);
  expect(rows.reduce((total, row) => total + BigInt(row["Nilai (Rp)"]), 0n)).toBe(sum);
  expect(rows.map((row) => row["Periode nilai"])).toContain("per tahun, selama 3 tahun");

  expect([...problems, ...deskProblems, ...viewerProblems]).toEqual([]);
  await Promise.all([organizer.context().close(), desk.context().close(), viewer.context().close()]);
});
