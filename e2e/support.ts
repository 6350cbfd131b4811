import { test as base, expect, type Page } from "@playwright/test";

export const ORGANIZER = { email: "organizer@misidagang.test", password: "demo-organizer" };
export const DESK = { email: "desk@misidagang.test", password: "demo-desk" };

/** Every page must work under the Content-Security-Policy: a blocked script or an uncaught error fails the test. */
export function watchForPageErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const problems = watchForPageErrors(page);
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function signIn(page: Page, account: { email: string; password: string }) {
  if (!page.url().includes("/masuk")) await page.goto("/masuk");
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Kata sandi").fill(account.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).not.toHaveURL(/\/masuk/);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/masuk$/);
}
