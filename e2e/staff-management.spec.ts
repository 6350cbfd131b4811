import { expect, ORGANIZER, signIn, signOut, test, watchForPageErrors } from "./support";

test("the organizer creates a desk account; its one-time password works once and must be replaced", async ({ page }) => {
  await signIn(page, ORGANIZER);
  await page.goto("/staf/pengguna");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Buat akun", exact: true }) });
  await form.getByLabel("Nama").fill("Rina Petugas");
  await form.getByLabel("E-mail").fill("rina@disperindag.test");
  await form.getByLabel("Misi Dagang Jawa Timur – Kalimantan Timur").check();
  await form.getByRole("button", { name: "Buat akun", exact: true }).click();
  await expect(form.getByRole("status")).toHaveText("Akun rina@disperindag.test dibuat.");
  const password = (await form.getByTestId("password-value").textContent())!.trim();
  expect(password).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
  await expect(page.getByRole("link", { name: "Rina Petugas" })).toBeVisible();

  // The form is cleared for the next account. The same e-mail again: a clear message, the input kept.
  await expect(form.getByLabel("Nama")).toHaveValue("");
  await form.getByLabel("Nama").fill("Rina Lagi");
  await form.getByLabel("E-mail").fill("RINA@disperindag.test");
  await form.getByLabel("Misi Dagang Jawa Timur – Kalimantan Timur").check();
  await form.getByRole("button", { name: "Buat akun", exact: true }).click();
  await expect(form.getByRole("alert")).toHaveText("Sudah ada akun dengan e-mail ini.");
  await expect(form.getByLabel("Nama")).toHaveValue("Rina Lagi");
  await expect(form.getByLabel("Misi Dagang Jawa Timur – Kalimantan Timur")).toBeChecked();
  await expect(page.getByRole("link", { name: "Rina Lagi" })).toHaveCount(0);
  await signOut(page);

  // Signed in on a second tablet too: changing the password on the first ends this session.
  const otherTablet = await page.context().browser()!.newContext();
  const other = await otherTablet.newPage();
  await signIn(other, { email: "rina@disperindag.test", password });

  await signIn(page, { email: "rina@disperindag.test", password });
  await expect(page).toHaveURL(/\/staf\/kata-sandi$/);
  await expect(page.getByText("Anda masuk dengan kata sandi sekali pakai.")).toBeVisible();
  await page.goto("/staf/e/jatim-kaltim-2025");
  await expect(page).toHaveURL(/\/staf\/kata-sandi$/);
  await page.getByLabel("Kata sandi saat ini").fill(password);
  await page.getByLabel("Kata sandi baru (minimal 10 karakter)").fill("rina-sandi-sendiri");
  await page.getByLabel("Ulangi kata sandi baru").fill("rina-sandi-sendiri");
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Kata sandi Anda diganti.");
  await page.getByRole("link", { name: "Lanjut bertugas" }).click();
  await page.getByRole("link", { name: /Misi Dagang Jawa Timur – Kalimantan Timur/ }).click();
  await expect(page).toHaveURL(/\/staf\/e\/jatim-kaltim-2025$/);
  await other.goto("/staf");
  await expect(other).toHaveURL(/\/masuk\?callbackUrl=/);
  await otherTablet.close();
});

test("a desk team gets its accounts on one printable sheet", async ({ page }) => {
  await signIn(page, ORGANIZER);
  await page.goto("/staf/pengguna");
  await page.getByLabel(/Petugas, satu per baris/).fill("Andi Wijaya, andi@dpmptsp.test\nAndi Lagi, andi@dpmptsp.test");
  await page.getByRole("button", { name: "Buat akun tim" }).click();
  await expect(page.getByText("Baris 2: e-mail andi@dpmptsp.test sudah ada di baris 1.")).toBeVisible();

  await page.getByLabel(/Petugas, satu per baris/).fill("Andi Wijaya, andi@dpmptsp.test\nSiti Rahma, siti@dpmptsp.test\nBudi Santoso, budi@dpmptsp.test");
  await page.getByLabel("Misi dagang", { exact: true }).selectOption({ label: "Misi Dagang Jawa Timur – Kalimantan Timur" });
  await page.getByRole("button", { name: "Buat akun tim" }).click();
  const sheet = page.getByTestId("team-sheet");
  await expect(sheet).toContainText("Akun petugas meja · Misi Dagang Jawa Timur – Kalimantan Timur");
  await expect(sheet.locator("tbody tr")).toHaveCount(3);
  await expect(sheet.locator("tbody tr").nth(1)).toContainText(/Siti Rahma\s*siti@dpmptsp\.test\s*[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}/);
  await expect(sheet.getByRole("button", { name: "Cetak lembar" })).toBeVisible();
  // Printed, the sheet is all there is on the page.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "Akun baru" })).toBeHidden();
  await expect(sheet).toBeVisible();
});

test("an account disabled by the organizer loses access at its next request", async ({ page, browser }) => {
  const deskContext = await browser.newContext();
  const desk = await deskContext.newPage();
  const deskProblems = watchForPageErrors(desk);
  await signIn(desk, { email: "rina@disperindag.test", password: "rina-sandi-sendiri" });
  await desk.goto("/staf/e/jatim-kaltim-2025");
  await expect(desk.getByText("Meja petugas", { exact: true })).toBeVisible();

  await signIn(page, ORGANIZER);
  await page.goto("/staf/pengguna");
  await page.getByRole("link", { name: "Rina Petugas" }).click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
  await expect(page.getByRole("button", { name: "Aktifkan kembali" })).toBeVisible();
  await expect(page.getByText("rina@disperindag.test · Petugas meja · Nonaktif")).toBeVisible();

  await desk.reload();
  await expect(desk).toHaveURL(/\/masuk\?callbackUrl=%2Fstaf%2Fe%2Fjatim-kaltim-2025$/);
  await desk.getByLabel("E-mail").fill("rina@disperindag.test");
  await desk.getByLabel("Kata sandi").fill("rina-sandi-sendiri");
  await desk.getByRole("button", { name: "Masuk" }).click();
  await expect(desk.locator("main").getByRole("alert")).toHaveText("Akun ini dinonaktifkan. Hubungi panitia.");
  expect(deskProblems).toEqual([]);
  await deskContext.close();

  // The audit trail shows who did it.
  await page.goto("/staf/audit?action=user.disabled");
  await expect(page.getByTestId("audit-table").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("audit-table")).toContainText("Panitia Misi Dagang (demo)");
  await expect(page.getByTestId("audit-table")).toContainText("rina@disperindag.test");
});

test("five wrong passwords lock the account and its address; the organizer sees the lockout and lifts it", async ({ page, browser }) => {
  // The attacker comes through the proxy the test server trusts (loopback), which reports their own address.
  const attackerContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.23" } });
  const attacker = await attackerContext.newPage();
  await attacker.goto("/masuk");
  for (let i = 1; i <= 5; i++) {
    await attacker.getByLabel("E-mail").fill("desk@misidagang.test");
    await attacker.getByLabel("Kata sandi").fill(`tebakan-${i}`);
    await attacker.getByRole("button", { name: "Masuk" }).click();
    await expect(attacker.locator("main").getByRole("alert")).toHaveText(
      i < 5 ? "E-mail atau kata sandi salah." : /Terlalu banyak percobaan yang gagal\. Coba lagi dalam 15 menit/,
    );
    await expect(attacker.getByRole("button", { name: "Masuk" })).toBeEnabled();
  }
  // Now even the right password is refused, for this e-mail, from anywhere.
  await attacker.getByLabel("Kata sandi").fill("demo-desk");
  await attacker.getByRole("button", { name: "Masuk" }).click();
  await expect(attacker.locator("main").getByRole("alert")).toHaveText(/Terlalu banyak percobaan/);
  await attackerContext.close();

  await signIn(page, ORGANIZER);
  await page.goto("/staf/pengguna");
  const lockouts = page.getByTestId("lockout");
  await expect(lockouts).toHaveCount(2);
  await expect(lockouts.filter({ hasText: "desk@misidagang.test" })).toBeVisible();
  await expect(lockouts.filter({ hasText: "198.51.100.23" })).toBeVisible();
  await lockouts.filter({ hasText: "desk@misidagang.test" }).getByRole("button", { name: "Buka blokir" }).click();
  // The lifted lockout leaves the list; the address stays blocked.
  await expect(page.getByTestId("lockout")).toHaveCount(1);
  await expect(page.getByTestId("lockout")).toContainText("198.51.100.23");
  await signOut(page);

  await signIn(page, { email: "desk@misidagang.test", password: "demo-desk" });
  await expect(page).toHaveURL(/\/staf$/);
});

test("signing out ends that session on the server: a copy of its cookie no longer opens anything", async ({ page, playwright, baseURL }) => {
  await signIn(page, ORGANIZER);
  const copied = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const elsewhere = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: copied } });
  expect((await elsewhere.get("/staf", { maxRedirects: 0 })).status()).toBe(200);
  await signOut(page);
  const after = await elsewhere.get("/staf", { maxRedirects: 0 });
  expect(after.status()).toBe(307);
  expect(after.headers().location).toMatch(/\/masuk\?callbackUrl=/);
  await elsewhere.dispose();
});
