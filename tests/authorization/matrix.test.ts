// The authorization matrix: every server action and route handler in app/, called as each persona,
// with the exact outcome it must have. A new action or route without an entry here fails the suite.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "../support/database";
import { actAs, createFixtures, PERSONAS, type Fixtures, type Persona } from "../support/personas";
import type { ActionResult } from "@/lib/actions/result";
import { requestContext } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { DEMO_SLUG, demoData } from "@/lib/demo/demo-event";

vi.mock("@/lib/auth/request", () => ({ requestContext: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

withTestDatabase({ seedDemo: true });

type Form = Record<string, string | string[]>;
interface ActionEntry {
  /** Who may do it; everyone else is refused. */
  allow: Persona[];
  /** A valid submission, made fresh for each call (an allowed call really changes something). */
  form: (fixtures: Fixtures, persona: Persona) => Promise<Form> | Form;
}
interface RouteEntry {
  public: true;
  /** Why anyone may call it. */
  because: string;
  call?: (handler: (...args: never[]) => Promise<Response>) => Promise<Response>;
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${Date.now()}`;

async function newDeskUser(fixtures: Fixtures): Promise<string> {
  const db = await getDb();
  const user = await db.user.create({ data: { email: `${unique("target")}@matrix.test`, name: "Target", role: "DESK", passwordHash: "x", assignments: { create: [{ eventId: fixtures.deskEventId }] } } });
  return user.id;
}

const ORGANIZER_ONLY: Persona[] = ["organizer"];
const ANY_STAFF: Persona[] = ["deskOfOtherEvent", "desk", "organizer"];

const ACTIONS: Record<string, ActionEntry> = {
  "app/staf/pengguna/actions.ts#createStaffAccount": {
    allow: ORGANIZER_ONLY,
    form: (f) => ({ email: `${unique("baru")}@matrix.test`, name: "Petugas Baru", role: "DESK", eventIds: [f.deskEventId] }),
  },
  "app/staf/pengguna/actions.ts#createDeskTeamAccounts": {
    allow: ORGANIZER_ONLY,
    form: (f) => ({ eventId: f.deskEventId, lines: `Petugas A, ${unique("a")}@matrix.test\nPetugas B, ${unique("b")}@matrix.test` }),
  },
  "app/staf/pengguna/actions.ts#disableAccount": { allow: ORGANIZER_ONLY, form: async (f) => ({ userId: await newDeskUser(f) }) },
  "app/staf/pengguna/actions.ts#enableAccount": {
    allow: ORGANIZER_ONLY,
    form: async (f) => {
      const userId = await newDeskUser(f);
      await (await getDb()).user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
      return { userId };
    },
  },
  "app/staf/pengguna/actions.ts#resetAccountPassword": { allow: ORGANIZER_ONLY, form: async (f) => ({ userId: await newDeskUser(f) }) },
  "app/staf/pengguna/actions.ts#saveAssignments": { allow: ORGANIZER_ONLY, form: async (f) => ({ userId: await newDeskUser(f), eventIds: [f.deskEventId, f.otherEventId] }) },
  "app/staf/pengguna/actions.ts#liftSignInLockout": {
    allow: ORGANIZER_ONLY,
    form: async () => {
      const lockout = await (await getDb()).lockout.create({ data: { subject: "ADDRESS", value: unique("198.51.100"), lockedUntil: new Date(Date.now() + 600_000) } });
      return { lockoutId: lockout.id };
    },
  },
  "app/staf/kata-sandi/actions.ts#changePassword": {
    allow: ANY_STAFF,
    form: (f, persona) => {
      const current = persona === "anonymous" ? "x" : f.users[persona].password;
      return { current, next: `${current}-baru`, confirm: `${current}-baru` };
    },
  },
};

const ROUTES: Record<string, RouteEntry> = {
  "app/api/auth/[...nextauth]/route.ts#GET": { public: true, because: "next-auth's own endpoints (CSRF token, session, sign-in page redirect): signing in starts here" },
  "app/api/auth/[...nextauth]/route.ts#POST": { public: true, because: "signing in and out; the credentials are checked, with lockout, in lib/auth/sign-in.ts" },
  "app/api/events/[slug]/totals/route.ts#GET": {
    public: true,
    because: "the public totals the board and the press read",
    call: (GET) => (GET as (r: Request, c: { params: Promise<{ slug: string }> }) => Promise<Response>)(new Request(`http://test/api/events/${DEMO_SLUG}/totals`), { params: Promise.resolve({ slug: DEMO_SLUG }) }),
  },
};

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}
const appFiles = filesUnder("app").filter((f) => /\.tsx?$/.test(f));

function formData(form: Form): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(form)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

function expectedOutcome(persona: Persona, allow: Persona[]): "ALLOWED" | "UNAUTHENTICATED" | "FORBIDDEN" {
  if (allow.includes(persona)) return "ALLOWED";
  return persona === "anonymous" || persona === "disabled" ? "UNAUTHENTICATED" : "FORBIDDEN";
}

describe("every server action and route handler has an entry", () => {
  it("server actions live only in files named actions.ts, each starting with 'use server'", () => {
    const withDirective = appFiles.filter((f) => /["']use server["']/.test(readFileSync(f, "utf8")));
    expect(withDirective.filter((f) => path.basename(f) !== "actions.ts")).toEqual([]);
    for (const file of appFiles.filter((f) => path.basename(f) === "actions.ts")) {
      expect(readFileSync(file, "utf8").trimStart(), file).toMatch(/^["']use server["']/);
    }
  });

  it("the matrix lists exactly the exported actions and route methods", async () => {
    const found: string[] = [];
    for (const file of appFiles.filter((f) => ["actions.ts", "route.ts"].includes(path.basename(f)))) {
      const exported = (await import(path.resolve(file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exported)) {
        if (path.basename(file) === "route.ts" && !HTTP_METHODS.includes(name)) continue;
        if (typeof value === "function") found.push(`${file}#${name}`);
      }
    }
    expect(found.sort()).toEqual([...Object.keys(ACTIONS), ...Object.keys(ROUTES)].sort());
  });
});

let fixtures: Fixtures;
beforeAll(async () => {
  fixtures = await createFixtures();
});

describe("server actions", () => {
  for (const [key, entry] of Object.entries(ACTIONS)) {
    const [file, name] = key.split("#");
    describe(key, () => {
      for (const persona of PERSONAS) {
        const outcome = expectedOutcome(persona, entry.allow);
        it(`${persona}: ${outcome === "ALLOWED" ? "allowed" : `refused (${outcome})`}`, async () => {
          const action = ((await import(path.resolve(file))) as Record<string, (prev: null, data: FormData) => Promise<ActionResult<unknown>>>)[name];
          const db = await getDb();
          const form = await entry.form(fixtures, persona);
          await actAs(persona, fixtures, requestContext);
          const auditBefore = await db.auditEvent.count();

          const result = await action(null, formData(form));

          if (outcome === "ALLOWED") {
            expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
            expect(await db.auditEvent.count({ where: { actorId: fixtures.users[persona as Exclude<Persona, "anonymous">].id, ip: "192.0.2.10" } })).toBeGreaterThan(0);
            expect(await db.auditEvent.count()).toBeGreaterThan(auditBefore);
          } else {
            expect(result).toMatchObject({ ok: false, code: outcome });
            expect(await db.auditEvent.count()).toBe(auditBefore);
          }
        });
      }
    });
  }
});

describe("public route handlers", () => {
  const contactData = demoData().businesses.flatMap((b) => [b.phone, b.email, b.nib]).filter((v): v is string => Boolean(v));

  for (const [key, entry] of Object.entries(ROUTES)) {
    if (!entry.call) continue;
    const [file, method] = key.split("#");
    for (const persona of PERSONAS) {
      it(`${key} as ${persona}: answered, with no contact data`, async () => {
        const handler = ((await import(path.resolve(file))) as Record<string, (...args: never[]) => Promise<Response>>)[method];
        await actAs(persona, fixtures, requestContext);
        const response = await entry.call!(handler);
        expect(response.status).toBe(200);
        const body = await response.text();
        for (const value of contactData) expect(body).not.toContain(value);
      });
    }
  }
});
