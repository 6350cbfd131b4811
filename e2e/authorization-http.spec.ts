// The authorization matrix again, through HTTP against the production build: every server action (by
// its id in the build's manifest, posted as a browser posts it), every staff route handler and every
// staff page, called by each kind of caller with its real cookie; and every operation that takes an id,
// given another mission's object under
// the caller's own mission. Forms are sent empty, so an allowed caller is told what is missing (the
// door let them in) and nothing is written; tests/authorization/matrix.test.ts checks real successes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { filesUnder } from "../tests/support/files";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { DESK, expect, ORGANIZER, signIn, test } from "./support";

const PRACTICE = "latihan-meja";
const DEMO = "jatim-kaltim-2025";
const PERSONAS = ["anonymous", "oneTimePassword", "deskOfOtherEvent", "desk", "organizer"] as const;
type Persona = (typeof PERSONAS)[number];
const STAFF: Persona[] = ["deskOfOtherEvent", "desk", "organizer"];
const EVENT_STAFF: Persona[] = ["desk", "organizer"];
const ORGANIZER_ONLY: Persona[] = ["organizer"];

/** Who may call each action; `event` actions name the practice mission in their form, sent otherwise empty (or with `fields`). */
const ACTIONS: Record<string, { allow: Persona[] | "anyone"; event?: true; passwordPage?: true; fields?: Record<string, string> }> = {
  "app/actions.ts#chooseLanguage": { allow: "anyone" },
  "app/actions.ts#adoptAccountLanguage": { allow: [...STAFF, "oneTimePassword"], passwordPage: true },
  "app/staf/kata-sandi/actions.ts#changePassword": { allow: [...STAFF, "oneTimePassword"], passwordPage: true },
  "app/staf/misi/actions.ts#createEventAction": { allow: ORGANIZER_ONLY },
  "app/staf/misi/actions.ts#saveEventDetailsAction": { allow: ORGANIZER_ONLY, event: true },
  "app/staf/misi/actions.ts#archiveEventAction": { allow: ORGANIZER_ONLY, event: true },
  "app/staf/pengguna/actions.ts#createStaffAccount": { allow: ORGANIZER_ONLY },
  "app/staf/pengguna/actions.ts#createDeskTeamAccounts": { allow: ORGANIZER_ONLY },
  "app/staf/pengguna/actions.ts#disableAccount": { allow: ORGANIZER_ONLY },
  "app/staf/pengguna/actions.ts#enableAccount": { allow: ORGANIZER_ONLY },
  "app/staf/pengguna/actions.ts#resetAccountPassword": { allow: ORGANIZER_ONLY },
  "app/staf/pengguna/actions.ts#saveAssignments": { allow: ORGANIZER_ONLY },
  "app/staf/pengguna/actions.ts#liftSignInLockout": { allow: ORGANIZER_ONLY },
  // Its form is all optional: a note over its 300 characters keeps an allowed call from freezing anything.
  "app/staf/e/[slug]/actions.ts#freezeOfficialFigureAction": { allow: ORGANIZER_ONLY, event: true, fields: { note: "x".repeat(301) } },
  // Sent empty it names no moment: an allowed call announces nothing.
  "app/staf/e/[slug]/actions.ts#publishInterimFigureAction": { allow: ORGANIZER_ONLY, event: true },
  "app/staf/e/[slug]/pengaturan/actions.ts#saveEventSetup": { allow: ORGANIZER_ONLY, event: true },
  "app/staf/e/[slug]/pelaku-usaha/actions.ts#registerWalkInAction": { allow: EVENT_STAFF, event: true },
  "app/staf/e/[slug]/pelaku-usaha/actions.ts#checkInAction": { allow: EVENT_STAFF, event: true },
  "app/staf/e/[slug]/pelaku-usaha/actions.ts#undoCheckInAction": { allow: EVENT_STAFF, event: true },
  "app/staf/e/[slug]/pelaku-usaha/actions.ts#revokeBadgeLinkAction": { allow: ORGANIZER_ONLY, event: true },
  "app/staf/e/[slug]/komitmen/actions.ts#recordCommitmentAction": { allow: EVENT_STAFF, event: true },
  "app/staf/e/[slug]/komitmen/actions.ts#completeDraftAction": { allow: EVENT_STAFF, event: true },
  "app/staf/e/[slug]/komitmen/actions.ts#voidCommitmentAction": { allow: ORGANIZER_ONLY, event: true },
  "app/staf/e/[slug]/komitmen/actions.ts#replaceCommitmentAction": { allow: ORGANIZER_ONLY, event: true },
  "app/staf/e/[slug]/komitmen/actions.ts#recordRealisationAction": { allow: ORGANIZER_ONLY, event: true },
  "app/staf/e/[slug]/kerja-sama/actions.ts#recordAgreementAction": { allow: EVENT_STAFF, event: true },
  "app/staf/e/[slug]/kerja-sama/actions.ts#voidAgreementAction": { allow: ORGANIZER_ONLY, event: true },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#saveTradeLineAction": { allow: EVENT_STAFF, event: true },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#removeTradeLineAction": { allow: EVENT_STAFF, event: true },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#saveAvailabilityAction": { allow: EVENT_STAFF, event: true },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#acceptPairsAction": { allow: ORGANIZER_ONLY, event: true },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#setMustMeetAction": { allow: ORGANIZER_ONLY, event: true },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#cancelMeetingAction": { allow: ORGANIZER_ONLY, event: true },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#saveScheduleSetupAction": { allow: ORGANIZER_ONLY, event: true },
  // The practice mission has no tables or rounds: an allowed run is told so, and places nothing.
  "app/staf/e/[slug]/temu-bisnis/actions.ts#runScheduleAction": { allow: ORGANIZER_ONLY, event: true },
  // Nothing is placed there: an allowed call has nothing to publish.
  "app/staf/e/[slug]/temu-bisnis/actions.ts#publishScheduleAction": { allow: ORGANIZER_ONLY, event: true },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#markAttendanceAction": { allow: EVENT_STAFF, event: true },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#recordOutcomeAction": { allow: ORGANIZER_ONLY, event: true },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#setTargetFromMatchingAction": { allow: ORGANIZER_ONLY, event: true },
  // A badge's link is the permission: without its code and secret every caller is told the link is not valid.
  "app/b/[code]/actions.ts#saveOwnLineAction": { allow: "anyone" },
  "app/b/[code]/actions.ts#removeOwnLineAction": { allow: "anyone" },
  "app/b/[code]/actions.ts#saveOwnAvailabilityAction": { allow: "anyone" },
  "app/b/[code]/actions.ts#requestMeetingAction": { allow: "anyone" },
  "app/b/[code]/actions.ts#answerRequestAction": { allow: "anyone" },
};

/** Staff route handlers, each called so that an allowed caller gets the given status and writes nothing. */
const ROUTES: { name: string; allow: Persona[]; allowed: number; call: (api: APIRequestContext, origin: string) => Promise<{ status: () => number }> }[] = [
  { name: "GET businesses/search", allow: EVENT_STAFF, allowed: 200, call: (api) => api.get(`/api/events/${PRACTICE}/businesses/search?q=usaha`) },
  {
    name: "GET businesses/import/template",
    allow: ORGANIZER_ONLY,
    allowed: 200,
    call: (api) => api.get(`/api/events/${PRACTICE}/businesses/import/template?format=csv`),
  },
  {
    name: "POST businesses/import (no file)",
    allow: ORGANIZER_ONLY,
    allowed: 422,
    call: (api, origin) => api.post(`/api/events/${PRACTICE}/businesses/import`, { multipart: { side: "JATIM" }, headers: { origin } }),
  },
  {
    name: "POST commitments (empty)",
    allow: EVENT_STAFF,
    allowed: 422,
    call: (api, origin) => api.post(`/api/events/${PRACTICE}/commitments`, { data: {}, headers: { origin } }),
  },
  {
    name: "POST check-ins (empty)",
    allow: EVENT_STAFF,
    allowed: 422,
    call: (api, origin) => api.post(`/api/events/${PRACTICE}/check-ins`, { data: {}, headers: { origin } }),
  },
  { name: "GET desk-list", allow: EVENT_STAFF, allowed: 200, call: (api) => api.get(`/api/events/${PRACTICE}/desk-list`) },
  {
    name: "GET commitments/[id]/letter (no such id)",
    allow: EVENT_STAFF,
    allowed: 404,
    call: (api) => api.get(`/api/events/${PRACTICE}/commitments/tidak-ada/letter`),
  },
  {
    name: "GET agreements/[id]/document (no such id)",
    allow: EVENT_STAFF,
    allowed: 404,
    call: (api) => api.get(`/api/events/${PRACTICE}/agreements/tidak-ada/document`),
  },
  { name: "GET exports/commitments", allow: EVENT_STAFF, allowed: 200, call: (api) => api.get(`/api/events/${PRACTICE}/exports/commitments?format=csv`) },
  { name: "GET recap", allow: EVENT_STAFF, allowed: 200, call: (api) => api.get(`/api/events/${PRACTICE}/recap`) },
];

/**
 * Every staff page (its file, and the address it is opened at in the practice mission; pages of one
 * object are opened with an id that does not exist, so a caller let in is told 404), and who may open it.
 */
const PAGES: Record<string, { path: string; allow: Persona[]; missing?: true }> = {
  "app/staf/page.tsx": { path: "/staf", allow: STAFF },
  "app/staf/kata-sandi/page.tsx": { path: "/staf/kata-sandi", allow: [...STAFF, "oneTimePassword"] },
  "app/staf/audit/page.tsx": { path: "/staf/audit", allow: ORGANIZER_ONLY },
  "app/staf/antrean/page.tsx": { path: "/staf/antrean", allow: STAFF },
  "app/staf/pengguna/page.tsx": { path: "/staf/pengguna", allow: ORGANIZER_ONLY },
  "app/staf/pengguna/[id]/page.tsx": { path: "/staf/pengguna/tidak-ada", allow: ORGANIZER_ONLY, missing: true },
  "app/staf/misi/page.tsx": { path: "/staf/misi", allow: ORGANIZER_ONLY },
  "app/staf/misi/baru/page.tsx": { path: "/staf/misi/baru", allow: ORGANIZER_ONLY },
  "app/staf/misi/[slug]/page.tsx": { path: `/staf/misi/${PRACTICE}`, allow: ORGANIZER_ONLY },
  "app/staf/e/[slug]/page.tsx": { path: `/staf/e/${PRACTICE}`, allow: EVENT_STAFF },
  "app/staf/e/[slug]/pengaturan/page.tsx": { path: `/staf/e/${PRACTICE}/pengaturan`, allow: ORGANIZER_ONLY },
  "app/staf/e/[slug]/impor/page.tsx": { path: `/staf/e/${PRACTICE}/impor`, allow: ORGANIZER_ONLY },
  "app/staf/e/[slug]/pelaku-usaha/page.tsx": { path: `/staf/e/${PRACTICE}/pelaku-usaha`, allow: EVENT_STAFF },
  "app/staf/e/[slug]/pelaku-usaha/baru/page.tsx": { path: `/staf/e/${PRACTICE}/pelaku-usaha/baru`, allow: EVENT_STAFF },
  "app/staf/e/[slug]/pelaku-usaha/[id]/page.tsx": { path: `/staf/e/${PRACTICE}/pelaku-usaha/tidak-ada`, allow: EVENT_STAFF, missing: true },
  "app/staf/e/[slug]/check-in/page.tsx": { path: `/staf/e/${PRACTICE}/check-in`, allow: EVENT_STAFF },
  "app/staf/e/[slug]/lencana/page.tsx": { path: `/staf/e/${PRACTICE}/lencana`, allow: EVENT_STAFF },
  "app/staf/e/[slug]/komitmen/page.tsx": { path: `/staf/e/${PRACTICE}/komitmen`, allow: EVENT_STAFF },
  "app/staf/e/[slug]/komitmen/baru/page.tsx": { path: `/staf/e/${PRACTICE}/komitmen/baru`, allow: EVENT_STAFF },
  "app/staf/e/[slug]/komitmen/[id]/page.tsx": { path: `/staf/e/${PRACTICE}/komitmen/tidak-ada`, allow: EVENT_STAFF, missing: true },
  "app/staf/e/[slug]/kerja-sama/page.tsx": { path: `/staf/e/${PRACTICE}/kerja-sama`, allow: EVENT_STAFF },
  "app/staf/e/[slug]/ekspor/page.tsx": { path: `/staf/e/${PRACTICE}/ekspor`, allow: EVENT_STAFF },
  "app/staf/e/[slug]/rekap/page.tsx": { path: `/staf/e/${PRACTICE}/rekap`, allow: EVENT_STAFF },
  "app/staf/e/[slug]/temu-bisnis/page.tsx": { path: `/staf/e/${PRACTICE}/temu-bisnis`, allow: EVENT_STAFF },
  "app/staf/e/[slug]/temu-bisnis/jadwal/page.tsx": { path: `/staf/e/${PRACTICE}/temu-bisnis/jadwal`, allow: EVENT_STAFF },
  "app/staf/e/[slug]/temu-bisnis/meja/page.tsx": { path: `/staf/e/${PRACTICE}/temu-bisnis/meja`, allow: EVENT_STAFF },
  "app/staf/e/[slug]/temu-bisnis/cetak/page.tsx": { path: `/staf/e/${PRACTICE}/temu-bisnis/cetak`, allow: EVENT_STAFF },
  "app/staf/e/[slug]/temu-bisnis/hasil/page.tsx": { path: `/staf/e/${PRACTICE}/temu-bisnis/hasil`, allow: EVENT_STAFF },
};

/** What opening a staff page must give each caller: the page, sign-in, the password page first, or 403. */
function pageAnswer(persona: Persona, entry: { path: string; allow: Persona[]; missing?: true }): { status: number; location?: string } {
  if (persona === "anonymous") return { status: 307, location: `/masuk?callbackUrl=${encodeURIComponent(entry.path)}` };
  if (!entry.allow.includes(persona) && !(persona === "oneTimePassword" && entry.allow.includes("desk"))) return { status: 403 };
  if (persona === "oneTimePassword" && !entry.allow.includes("oneTimePassword")) return { status: 307, location: "/staf/kata-sandi" };
  return { status: entry.missing ? 404 : 200 };
}

/** The build's own list of server actions: id → "file#export". */
function actionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return new Map(Object.entries(manifest.node).map(([id, { filename, exportedName }]) => [`${filename}#${exportedName}`, id]));
}

/** Posts a server action the way React does from a form: (previous state, FormData), with this site's Origin. */
async function callAction(api: APIRequestContext, origin: string, id: string, fields: Record<string, string>) {
  // React sends the FormData argument ($K1) as fields named _1_<name>, before the arguments ("0") that
  // refer to them; a FormData keeps that order (an object would put the key "0" first).
  const multipart = new FormData();
  for (const [name, value] of Object.entries(fields)) multipart.append(`_1_${name}`, value);
  multipart.append("0", '[null,"$K1"]');
  const response = await api.post("/", { multipart, headers: { "next-action": id, accept: "text/x-component", origin } });
  expect(response.status()).toBe(200);
  // The answer is a React Server Components stream; the action's result is its line that has "ok".
  const result = (await response.text())
    .split("\n")
    .map((line) => line.slice(line.indexOf(":") + 1))
    .flatMap((json) => {
      try {
        return [JSON.parse(json) as { ok?: boolean; code?: string; message?: string }];
      } catch {
        return [];
      }
    })
    .find((value) => value && typeof value === "object" && "ok" in value);
  expect(result, `no result from ${id}`).toBeDefined();
  return result!;
}

async function createAccount(organizer: Page, name: string, email: string, mission: string): Promise<string> {
  await organizer.goto("/staf/pengguna");
  const form = organizer.locator("form", { has: organizer.getByRole("button", { name: "Buat akun", exact: true }) });
  await form.getByLabel("Nama").fill(name);
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel(mission).check();
  await form.getByRole("button", { name: "Buat akun", exact: true }).click();
  await expect(form.getByRole("status")).toHaveText(`Akun ${email} dibuat.`);
  return (await form.getByTestId("password-value").textContent())!.trim();
}

/** A browser session for each kind of caller; the two extra accounts are made by the organizer, as on the day. */
async function personas(browser: Browser): Promise<Record<Persona, Page>> {
  const open = async () => (await browser.newContext()).newPage();
  const pages = Object.fromEntries(await Promise.all(PERSONAS.map(async (p) => [p, await open()] as const))) as Record<Persona, Page>;
  await signIn(pages.organizer, ORGANIZER);
  await signIn(pages.desk, DESK);
  const stamp = Date.now();
  const oneTime = await createAccount(pages.organizer, "Petugas Baru HTTP", `baru-${stamp}@http.test`, "Latihan Meja Registrasi Jatim – Kaltim");
  await signIn(pages.oneTimePassword, { email: `baru-${stamp}@http.test`, password: oneTime });
  await expect(pages.oneTimePassword).toHaveURL(/\/staf\/kata-sandi$/);
  const other = await createAccount(pages.organizer, "Petugas Misi Lain", `lain-${stamp}@http.test`, "Misi Dagang Jawa Timur – Kalimantan Timur");
  const own = pages.deskOfOtherEvent;
  await signIn(own, { email: `lain-${stamp}@http.test`, password: other });
  await own.getByLabel("Kata sandi saat ini").fill(other);
  await own.getByLabel("Kata sandi baru (minimal 10 karakter)").fill("sandi-misi-lain-1");
  await own.getByLabel("Ulangi kata sandi baru").fill("sandi-misi-lain-1");
  await own.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(own.locator("main").getByRole("status")).toHaveText("Kata sandi Anda diganti.");
  return pages;
}

/** What a refused caller is told: signed out, on a one-time password, or not allowed here. */
function refusal(persona: Persona, passwordPage = false): string | null {
  if (persona === "anonymous") return "UNAUTHENTICATED";
  if (persona === "oneTimePassword" && !passwordPage) return "PASSWORD_CHANGE_FIRST";
  return "FORBIDDEN";
}
const ACCESS_CODES = ["UNAUTHENTICATED", "FORBIDDEN", "PASSWORD_CHANGE_FIRST", "EVENT_NOT_FOUND", "BAD_ORIGIN"];

test("every server action, staff route and staff page, over HTTP, refuses exactly the callers it should", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const ids = actionIds();
  // A new action without an entry here fails: the table and the build list the same actions.
  expect([...ids.keys()].sort()).toEqual(Object.keys(ACTIONS).sort());
  const pages = await personas(browser);
  const figures = () => Promise.all([DEMO, PRACTICE].map(async (slug) => (await pages.anonymous.request.get(`/api/events/${slug}/totals`)).text()));
  const figuresBefore = await figures();

  for (const [key, entry] of Object.entries(ACTIONS)) {
    for (const persona of PERSONAS) {
      const result = await callAction(pages[persona].request, origin, ids.get(key)!, { ...(entry.event ? { slug: PRACTICE } : {}), ...entry.fields });
      const allowed = entry.allow === "anyone" || entry.allow.includes(persona);
      if (allowed) expect(ACCESS_CODES, `${key} as ${persona}: ${JSON.stringify(result)}`).not.toContain(result.code);
      else expect(result, `${key} as ${persona}`).toMatchObject({ ok: false, code: refusal(persona, entry.passwordPage) });
    }
  }
  for (const route of ROUTES) {
    for (const persona of PERSONAS) {
      const status = (await route.call(pages[persona].request, origin)).status();
      const expected = route.allow.includes(persona) ? route.allowed : persona === "anonymous" ? 401 : 403;
      expect(status, `${route.name} as ${persona}`).toBe(expected);
    }
  }
  // Every staff page, opened as each caller: the real cookie, through the real session check.
  expect(
    filesUnder("app/staf")
      .filter((file) => path.basename(file) === "page.tsx")
      .sort(),
  ).toEqual(Object.keys(PAGES).sort());
  for (const [file, entry] of Object.entries(PAGES)) {
    for (const persona of PERSONAS) {
      const response = await pages[persona].request.get(entry.path, { maxRedirects: 0 });
      const expected = pageAnswer(persona, entry);
      expect(response.status(), `${file} as ${persona}`).toBe(expected.status);
      if (expected.location) {
        const location = new URL(response.headers().location, origin);
        expect(`${location.pathname}${location.search}`, `${file} as ${persona}`).toBe(expected.location);
      }
    }
  }
  // Nothing was written: both missions' figures (the official one included) are as they were.
  expect(await figures()).toEqual(figuresBefore);
  await Promise.all(PERSONAS.map((p) => pages[p].context().close()));
});

test("an id of another mission's object, under the organizer's own mission, finds nothing and changes nothing", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const ids = actionIds();
  await signIn(page, ORGANIZER);
  // The demo mission's objects, as the organizer's own pages link them.
  const firstId = async (path: string, pattern: RegExp) => {
    await page.goto(path);
    const match = (await page.content()).match(pattern);
    expect(match, path).not.toBeNull();
    return match![1];
  };
  const signed = await firstId(`/staf/e/${DEMO}/komitmen?status=SIGNED`, new RegExp(`/staf/e/${DEMO}/komitmen/([a-z0-9-]{10,})"`));
  const draft = await firstId(`/staf/e/${DEMO}/komitmen?status=DRAFT`, new RegExp(`/staf/e/${DEMO}/komitmen/([a-z0-9-]{10,})"`));
  const present = await firstId(`/staf/e/${DEMO}/pelaku-usaha?status=hadir`, new RegExp(`/staf/e/${DEMO}/pelaku-usaha/([a-z0-9-]{10,})"`));
  const jatim = await firstId(`/staf/e/${DEMO}/pelaku-usaha?side=JATIM`, new RegExp(`/staf/e/${DEMO}/pelaku-usaha/([a-z0-9-]{10,})"`));
  const kaltim = await firstId(`/staf/e/${DEMO}/pelaku-usaha?side=KALTIM`, new RegExp(`/staf/e/${DEMO}/pelaku-usaha/([a-z0-9-]{10,})"`));
  const agreement = await firstId(`/staf/e/${DEMO}/kerja-sama`, /name="agreementId" value="([^"]+)"/);
  const meeting = await firstId(`/staf/e/${DEMO}/temu-bisnis/hasil`, /name="meetingId" value="([^"]+)"/);
  const totalsBefore = await (await page.request.get(`/api/events/${DEMO}/totals`)).text();

  const signing = {
    visitingSignerName: "Satu",
    hostSignerName: "Dua",
    category: "SELL",
    commodity: "Kopi",
    sector: "Perikanan",
    instrument: "MOU",
    value: "1 juta",
    idempotencyKey: `idor-${Date.now()}-0123456789`,
  };
  const calls: [string, Record<string, string>][] = [
    ["app/staf/e/[slug]/komitmen/actions.ts#recordCommitmentAction", { ...signing, intent: "draft", visitingBusinessId: jatim, hostBusinessId: kaltim }],
    [
      "app/staf/e/[slug]/komitmen/actions.ts#completeDraftAction",
      { ...signing, intent: "draft", commitmentId: draft, visitingBusinessId: jatim, hostBusinessId: kaltim },
    ],
    ["app/staf/e/[slug]/komitmen/actions.ts#voidCommitmentAction", { commitmentId: signed, reason: "Coba dari misi lain" }],
    ["app/staf/e/[slug]/komitmen/actions.ts#replaceCommitmentAction", { ...signing, intent: "draft", commitmentId: signed, reason: "Coba dari misi lain" }],
    [
      "app/staf/e/[slug]/komitmen/actions.ts#recordRealisationAction",
      { commitmentId: signed, realisedOn: new Date().toISOString().slice(0, 10), amount: "1 juta" },
    ],
    ["app/staf/e/[slug]/pelaku-usaha/actions.ts#checkInAction", { businessId: jatim, desk: "Meja" }],
    ["app/staf/e/[slug]/pelaku-usaha/actions.ts#undoCheckInAction", { businessId: present, reason: "Coba dari misi lain" }],
    ["app/staf/e/[slug]/pelaku-usaha/actions.ts#revokeBadgeLinkAction", { businessId: jatim }],
    ["app/staf/e/[slug]/kerja-sama/actions.ts#voidAgreementAction", { agreementId: agreement, reason: "Coba dari misi lain" }],
    [
      "app/staf/e/[slug]/komitmen/actions.ts#recordCommitmentAction",
      { ...signing, intent: "draft", visitingBusinessId: jatim, hostBusinessId: kaltim, meetingId: meeting },
    ],
    ["app/staf/e/[slug]/temu-bisnis/actions.ts#saveTradeLineAction", { businessId: jatim, kind: "OFFER", commodity: "Kopi" }],
    ["app/staf/e/[slug]/temu-bisnis/actions.ts#saveAvailabilityAction", { businessId: jatim }],
    ["app/staf/e/[slug]/temu-bisnis/actions.ts#acceptPairsAction", { pairs: `${jatim}|${kaltim}` }],
    ["app/staf/e/[slug]/temu-bisnis/actions.ts#setMustMeetAction", { meetingId: meeting, mustMeet: "1" }],
    ["app/staf/e/[slug]/temu-bisnis/actions.ts#cancelMeetingAction", { meetingId: meeting, reason: "Coba dari misi lain" }],
    ["app/staf/e/[slug]/temu-bisnis/actions.ts#markAttendanceAction", { meetingId: meeting, attendance: "NO_SHOW" }],
    ["app/staf/e/[slug]/temu-bisnis/actions.ts#recordOutcomeAction", { meetingId: meeting, outcome: "NO_FURTHER_CONTACT" }],
  ];
  for (const [key, fields] of calls) {
    const result = await callAction(page.request, origin, ids.get(key)!, { slug: PRACTICE, ...fields });
    expect(result.ok, `${key}: ${JSON.stringify(result)}`).toBe(false);
    expect(["NOT_FOUND", "INVALID"], `${key}: ${JSON.stringify(result)}`).toContain(result.code);
  }
  expect((await page.request.get(`/api/events/${PRACTICE}/commitments/${signed}/letter`)).status()).toBe(404);
  expect(await (await page.request.get(`/api/events/${DEMO}/totals`)).text()).toBe(totalsBefore);
  // The present business is still present, and its badge link still the same, on the demo's own pages.
  await page.goto(`/staf/e/${DEMO}/pelaku-usaha?status=hadir`);
  await expect(page.locator(`a[href="/staf/e/${DEMO}/pelaku-usaha/${present}"]`)).toHaveCount(1);
});
