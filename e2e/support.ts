import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { signingRequest } from "../tests/support/signing-request";

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

export const TABLET_LANDSCAPE = { width: 1024, height: 768 };
export const TABLET_PORTRAIT = { width: 768, height: 1024 };

/**
 * A touch tablet of its own (its own cookies) signed in as `account`, and the errors its page throws
 * (see watchForPageErrors). Close it with `page.context().close()`.
 */
export async function tabletSignedIn(
  browser: Browser,
  baseURL: string | undefined,
  account: { email: string; password: string },
  viewport = TABLET_LANDSCAPE,
): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext({ baseURL, viewport, hasTouch: true })).newPage();
  const problems = watchForPageErrors(page);
  await signIn(page, account);
  return { page, problems };
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/masuk$/);
}

/** The empty practice mission the desk tests work on. */
export const PRACTICE = "latihan-meja";
export const DESK_HOME = `/staf/e/${PRACTICE}`;

/** Registers a walk-in at the practice mission's desk. */
export async function registerWalkIn(
  page: Page,
  side: "Jatim (Jawa Timur)" | "Kaltim (Kalimantan Timur)",
  name: string,
  phone: string,
  regency: string,
  slug = PRACTICE,
) {
  await page.goto(`/staf/e/${slug}/pelaku-usaha/baru`);
  await page.getByLabel(side).check();
  await page.getByLabel("Nama usaha").fill(name);
  await page.getByLabel("Nama perwakilan").fill(`Wakil ${name}`);
  await page.getByLabel("No. HP/WA").fill(phone);
  await page.getByLabel("Sektor").selectOption("Perikanan");
  await page.getByLabel("Kabupaten/kota").selectOption(regency);
  await page.getByRole("button", { name: "Daftarkan", exact: true }).click();
  await expect(page.getByTestId("walk-in-registered")).toContainText(`${name} terdaftar.`);
}

/** Draws a signature on a pad with the mouse. */
export async function sign(page: Page, pad: string) {
  // The pad listens once the page's script has set it up.
  await expect(page.getByTestId(pad)).toHaveAttribute("data-ready", "true");
  await page.getByTestId(pad).scrollIntoViewIfNeeded();
  const box = (await page.getByTestId(pad).boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * 18, box.y + box.height / 2 + (i % 2 ? -25 : 25), { steps: 3 });
  await page.mouse.up();
}

/** Whether a signature pad's canvas holds any ink (a drawn or redrawn stroke). */
export async function hasInk(page: Page, pad: string): Promise<boolean> {
  return page.getByTestId(pad).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
    return data.some((value, i) => i % 4 === 3 && value > 0);
  });
}

/** A valid, signed commitment between two businesses of the practice mission, with a key of its own. */
export function commitment(visitingBusinessId: string, hostBusinessId: string, extra: Record<string, unknown> = {}) {
  return {
    ...signingRequest({ visiting: { id: visitingBusinessId }, host: { id: hostBusinessId } }, { commodity: "Kopi robusta", value: "2,5 juta" }),
    ...extra,
  };
}

/** Registers a walk-in on each side of the practice mission: their ids, visiting then host. */
export async function practiceParties(page: Page): Promise<[string, string]> {
  const stamp = Date.now() % 1_000_000;
  await registerWalkIn(page, "Jatim (Jawa Timur)", `Pintu Satu Jatim ${stamp}`, `0812${String(stamp).padStart(8, "0")}`, "Kota Malang");
  await registerWalkIn(page, "Kaltim (Kalimantan Timur)", `Pintu Satu Kaltim ${stamp}`, `0813${String(stamp).padStart(8, "0")}`, "Kota Balikpapan");
  const find = async (side: string, name: string) => {
    const found = await page.request.get(`/api/events/${PRACTICE}/businesses/search?q=${encodeURIComponent(name)}&side=${side}`);
    return ((await found.json()) as { results: { id: string; name: string }[] }).results.find((b) => b.name === name)!.id;
  };
  return [await find("JATIM", `Pintu Satu Jatim ${stamp}`), await find("KALTIM", `Pintu Satu Kaltim ${stamp}`)];
}

/**
 * A new mission made by the organizer on its form (two sides, one regency each, two sectors, the given
 * quota per side), with the demo desk account assigned to it: its slug. It starts PLANNED: the lists
 * and walk-ins are open, signing is not.
 */
export async function createMission(organizer: Page, { name, quota }: { name: string; quota: number }): Promise<string> {
  const slug = `uji-${Date.now()}`;
  await organizer.goto("/staf/misi/baru");
  await organizer.getByLabel("Nama misi dagang").fill(name);
  await organizer.getByLabel("Alamat (slug)").fill(slug);
  await organizer.getByLabel("Tempat", { exact: true }).fill("Gedung Uji");
  await organizer.getByLabel("Kota", { exact: true }).fill("Tenggarong");
  await organizer.getByLabel("Zona waktu").selectOption("Asia/Makassar");
  await organizer.getByLabel("Mulai").fill("2026-12-01T08:00");
  await organizer.getByLabel("Selesai").fill("2026-12-01T17:00");
  for (const [side, code, province, short, regency] of [
    ["Provinsi yang berkunjung", "JATIM", "Jawa Timur", "Jatim", "Kota Malang"],
    ["Provinsi tuan rumah", "KALTIM", "Kalimantan Timur", "Kaltim", "Kota Balikpapan"],
  ]) {
    const group = organizer.getByRole("group", { name: side });
    await group.getByLabel("Provinsi").fill(province);
    await group.getByLabel("Sebutan").fill(short);
    await group.getByLabel("Kode").fill(code);
    await group.getByLabel("Kuota pelaku usaha").fill(String(quota));
    await group.getByLabel("Kabupaten/kota").fill(regency);
  }
  await organizer.getByLabel("Sektor (satu per baris)").fill("Kuliner\nPerikanan");
  await organizer.getByRole("button", { name: "Buat misi dagang" }).click();
  await expect(organizer).toHaveURL(new RegExp(`/staf/misi/${slug}$`));
  await organizer.goto("/staf/pengguna");
  await organizer.getByRole("link", { name: "Petugas Meja 1 (demo)" }).click();
  // The list page has the same mission checkboxes (for a new account): tick the one on the account's
  // own page, once it has opened.
  const assignments = organizer.getByRole("region", { name: "Penugasan" });
  await assignments.getByLabel(name).check();
  await assignments.getByRole("button", { name: "Simpan penugasan" }).click();
  await expect(assignments.getByRole("status")).toContainText("Penugasan desk@misidagang.test disimpan.");
  return slug;
}

/** Both representatives write their names and sign on the pads, the desk confirms, and the form is sent. */
export async function signBothAndSubmit(page: Page, signers: { visiting: string; host: string }) {
  await page.getByLabel("Nama penanda tangan Jatim").fill(signers.visiting);
  await sign(page, "pad-visitingSignature");
  await page.getByLabel("Nama penanda tangan Kaltim").fill(signers.host);
  await sign(page, "pad-hostSignature");
  await page.getByLabel("Saya, petugas meja, menyaksikan kedua pihak menandatangani komitmen ini.").check();
  await page.getByRole("button", { name: "Tanda tangani & simpan" }).click();
}
