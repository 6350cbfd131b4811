import { DESK, DESK_HOME, expect, registerWalkIn, sign, signIn, test } from "./support";

test("the public board moves the moment a deal is signed at the desk, without a reload", async ({ page, browser }) => {
  // The audience's screen: no sign-in, a 16:9 projector.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/e/latihan-meja/board");
  await expect(page.getByTestId("board")).toBeVisible();
  // Other tests may sign on this practice mission too: count from what the board shows now.
  const rupiah = (text: string | null) => BigInt((text ?? "").replace(/\D/g, "") || "0");
  const totalBefore = rupiah(await page.getByTestId("board-total").textContent());
  const commitmentsBefore = Number(await page.getByTestId("board-commitments").textContent());
  const fits = await page.evaluate(
    () => document.documentElement.scrollHeight <= window.innerHeight + 1 && document.documentElement.scrollWidth <= window.innerWidth,
  );
  expect(fits).toBe(true);

  const deskContext = await browser.newContext();
  const desk = await deskContext.newPage();
  await signIn(desk, DESK);
  await registerWalkIn(desk, "Jatim (Jawa Timur)", "Batik Papan Live", "0813 6000 2001", "Kota Surabaya");
  await registerWalkIn(desk, "Kaltim (Kalimantan Timur)", "Amplang Papan Live", "0813 6000 2002", "Kota Balikpapan");
  await desk.goto(`${DESK_HOME}/komitmen/baru`);
  await desk.getByLabel("Cari pelaku usaha Jatim").fill("batik papan live");
  await desk.getByLabel("Cari pelaku usaha Jatim").press("Enter");
  await desk.getByLabel("Cari pelaku usaha Kaltim").fill("amplang papan live");
  await desk.getByLabel("Cari pelaku usaha Kaltim").press("Enter");
  await desk.getByLabel("Jatim menjual").check();
  await desk.getByLabel("Komoditas").fill("Batik tulis");
  await desk.getByLabel("Sektor").selectOption("Fesyen");
  await desk.getByLabel("Nilai (mis. 1,2 miliar · 250 jt · Rp1.053.146.943.500)").fill("1,2 miliar");
  await desk.getByLabel("Nama penanda tangan Jatim").fill("Sri");
  await sign(desk, "pad-visitingSignature");
  await desk.getByLabel("Nama penanda tangan Kaltim").fill("Yusuf");
  await sign(desk, "pad-hostSignature");
  await desk.getByLabel("Saya, petugas meja, menyaksikan kedua pihak menandatangani komitmen ini.").check();
  await desk.getByRole("button", { name: "Tanda tangani & simpan" }).click();
  await expect(desk.getByTestId("signing-done")).toBeVisible();
  await deskContext.close();

  // Pushed, not reloaded: within a second the board shows the new count, then the total counts up
  // (1.5 s) to exactly the totals API's figure.
  await expect(page.getByTestId("board-commitments")).toHaveText(String(commitmentsBefore + 1), { timeout: 1_000 });
  const api = (await (await page.request.get("/api/events/latihan-meja/totals")).json()) as { total: string };
  const expected = totalBefore + 1_200_000_000n;
  expect(api.total).toBe(expected.toString());
  await expect(page.getByTestId("board-total")).toHaveText(`Rp${expected.toLocaleString("id-ID")}`, { timeout: 3_000 });
  await expect(page.getByTestId("board-ticker")).toContainText("Batik Papan Live — Amplang Papan Live");
  expect(await page.content()).not.toMatch(/0813|\+62813/);
});

test("the board fits a 4K projector and a phone", async ({ page }) => {
  await page.setViewportSize({ width: 3840, height: 2160 });
  await page.goto("/e/jatim-kaltim-2025/board");
  await expect(page.getByTestId("board-total")).toHaveText("Rp1.053.146.943.500");
  await expect(page.getByTestId("board-abbreviation")).toHaveText("Rp1,05 triliun");
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
  const size = await page.getByTestId("board-total").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThan(150);

  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(page.getByTestId("board-total")).toHaveText("Rp1.053.146.943.500");
  const fits = await page.getByTestId("board-total").evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth);
  expect(fits).toBe(true);
});
