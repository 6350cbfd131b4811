// npm run docs:board-screenshot — the board as a 1920×1080 projector shows it, for the README
// (docs/board.png). Needs a server on BASE_URL (default http://127.0.0.1:3000, e.g. `npm run demo`).
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(`${base}/e/jatim-kaltim-2025/board`);
await page.getByTestId("board-total").waitFor();
await page.waitForTimeout(1_600); // let the count-up finish: this is a picture, not a test
await page.screenshot({ path: "docs/board.png" });
await browser.close();
console.log("docs/board.png written");
