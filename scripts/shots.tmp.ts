import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3300";
const [who, ...paths] = process.argv.slice(2);
const width = Number(process.env.W ?? 1024),
  height = Number(process.env.H ?? 768);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const context = await browser.newContext({ viewport: { width, height }, hasTouch: true });
const page = await context.newPage();
if (who !== "anon") {
  await page.goto(`${base}/masuk`);
  await page.getByLabel("E-mail").fill(who === "desk" ? "desk@misidagang.test" : "organizer@misidagang.test");
  await page.getByLabel(/Kata sandi/).fill(who === "desk" ? "demo-desk" : "demo-organizer");
  await page.getByRole("button", { name: /Masuk/ }).click();
  await page.waitForURL(/\/staf/);
}
for (const [i, path] of paths.entries()) {
  await page.goto(`${base}${path}`);
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `/work/tmp/shots/${i}-${path.replace(/[^a-z0-9]+/gi, "_").slice(0, 60)}.png`, fullPage: process.env.FULL === "1" });
  console.log(path, await page.title());
}
await browser.close();
