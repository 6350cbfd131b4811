// Who a request is from: the socket's peer, and X-Forwarded-For only from the proxies TRUSTED_PROXIES
// names. A client that reaches the app directly cannot dodge a lockout by rotating that header.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { APIRequestContext, PlaywrightWorkerArgs } from "@playwright/test";
import { DESK, expect, test } from "./support";
import { startApp, stopApp } from "./own-servers";

/** Signs in through next-auth's own endpoints, as the sign-in form does; the refusal's code when refused. */
async function signInFrom(api: APIRequestContext, forwardedFor: string, email: string, password: string): Promise<string> {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers: { "x-forwarded-for": forwardedFor },
    maxRedirects: 0,
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error") ?? "signed in";
}

/** A production server of its own on a new embedded database, so its lockouts touch no other test. */
async function withServer(port: number, trusted: string, check: (api: APIRequestContext) => Promise<void>, playwright: PlaywrightWorkerArgs["playwright"]) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "misi-address-"));
  const env = {
    ...process.env,
    DATABASE_URL: "",
    PGLITE_DIR: path.join(dataDir, "pglite"),
    NEXTAUTH_SECRET: "client-address-test-secret-0123456789",
    TRUSTED_PROXIES: trusted,
  };
  const server = await startApp(port, env);
  const api = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${port}` });
  try {
    await check(api);
  } finally {
    await api.dispose();
    await stopApp(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

test("without a trusted proxy, a rotated X-Forwarded-For changes nothing: five wrong guesses lock the caller out", async ({ playwright }) => {
  test.setTimeout(120_000);
  await withServer(
    3294,
    "",
    async (api) => {
      // Five wrong guesses at five different (unknown) e-mails, each claiming another address.
      for (let i = 1; i <= 4; i++) expect(await signInFrom(api, `10.9.0.${i}`, `tebakan${i}@contoh.test`, "salah")).toBe("INVALID");
      expect(await signInFrom(api, "10.9.0.5", "tebakan5@contoh.test", "salah")).toBe("LOCKED:15");
      // The right password, claiming yet another address: still the same caller, still locked out.
      expect(await signInFrom(api, "10.9.0.99", DESK.email, DESK.password)).toBe("LOCKED:15");
    },
    playwright,
  );
});

test("behind a trusted proxy (TRUSTED_PROXIES=loopback), the address it forwards is the one counted and locked out", async ({ playwright }) => {
  test.setTimeout(120_000);
  await withServer(
    3295,
    "loopback",
    async (api) => {
      for (let i = 1; i <= 4; i++) expect(await signInFrom(api, "10.9.0.1", `tebakan${i}@contoh.test`, "salah")).toBe("INVALID");
      expect(await signInFrom(api, "10.9.0.1", "tebakan5@contoh.test", "salah")).toBe("LOCKED:15");
      expect(await signInFrom(api, "10.9.0.1", DESK.email, DESK.password)).toBe("LOCKED:15");
      // Another visitor behind the same proxy is not locked out with it.
      expect(await signInFrom(api, "10.9.0.2", DESK.email, DESK.password)).toBe("signed in");
    },
    playwright,
  );
});
