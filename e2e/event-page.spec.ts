import { expect, test } from "@playwright/test";

test("a visitor finds the Balikpapan mission and sees its real headline figure", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Misi Dagang Jawa Timur – Kalimantan Timur/ }).click();
  await expect(page).toHaveURL(/\/e\/jatim-kaltim-2025$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Misi Dagang Jawa Timur – Kalimantan Timur");
  await expect(page.getByText("Swiss-Belhotel Balikpapan, Balikpapan · Kamis, 8 Mei 2025, 08.00 WITA–17.00 WITA")).toBeVisible();
  await expect(page.getByTestId("grand-total")).toHaveText("Rp1.053.146.943.500");
  await expect(page.getByTestId("official-badge")).toHaveText("Angka resmi, dibekukan Kamis, 8 Mei 2025 pukul 17.00 WITA");
  await expect(page.getByTestId("since-cut-off")).toHaveCount(0);
  await expect(page.getByText("Rp1,05 triliun")).toBeVisible();
  await expect(
    page.getByText("satu triliun lima puluh tiga miliar seratus empat puluh enam juta sembilan ratus empat puluh tiga ribu lima ratus rupiah"),
  ).toBeVisible();
  await expect(page.getByTestId("category-SELL")).toContainText("Jatim menjual");
  await expect(page.getByTestId("category-SELL")).toContainText("Rp599 miliar");
  await expect(page.getByTestId("category-SELL")).toContainText("Rp598.953.400.000");
  await expect(page.getByTestId("category-BUY")).toContainText("Jatim membeli");
  await expect(page.getByTestId("category-INVEST")).toContainText("Jatim berinvestasi");
  await expect(page.getByText("Perjanjian kerja sama (PKS)")).toBeVisible();
  // The parties as the releases count them.
  await expect(page.getByTestId("event-agreement-parties")).toHaveText("6 perangkat daerah · 10 BUMD · 4 asosiasi");

  // Public page: no contact data of any business.
  const html = await page.content();
  expect(html).not.toMatch(/\+628\d+|@contoh\.id/);
});

test("an unknown event gets a clear page and a 404", async ({ page }) => {
  const response = await page.goto("/e/misi-yang-tidak-ada");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Misi dagang tidak ditemukan" })).toBeVisible();
});

test("the totals API serves the same figure as the page", async ({ page, request }) => {
  const response = await request.get("/api/events/jatim-kaltim-2025/totals");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.total).toBe("1053146943500");
  expect(body.byCategory).toEqual({ SELL: "598953400000", BUY: "230099300000", INVEST: "224094243500" });
  // The page shows exactly these, each in full.
  const rupiah = (value: string) => `Rp${BigInt(value).toLocaleString("id-ID")}`;
  await page.goto("/e/jatim-kaltim-2025");
  await expect(page.getByTestId("grand-total")).toHaveText(rupiah(body.total));
  for (const [category, value] of Object.entries(body.byCategory as Record<string, string>)) {
    await expect(page.getByTestId(`category-${category}`)).toContainText(rupiah(value));
  }
});

test("on a phone the headline figure fits the screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/e/jatim-kaltim-2025");
  const total = page.getByTestId("grand-total");
  await expect(total).toHaveText("Rp1.053.146.943.500");
  const fits = await total.evaluate((element) => element.scrollWidth <= element.clientWidth && element.getBoundingClientRect().right <= window.innerWidth);
  expect(fits).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
