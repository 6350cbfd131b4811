// The authorization matrix: every server action and route handler in app/, called as each persona,
// with the exact outcome it must have. A new action or route without an entry here fails the suite.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createCommitment } from "../support/commitments";
import { beforeAllOrFail, withTestDatabase } from "../support/database";
import { filesUnder } from "../support/files";
import { actAs, createFixtures, PERSONAS, type Fixtures, type Persona } from "../support/personas";
import { SIGNATURE, twoBusinesses } from "../support/signing";
import { businessWithLines } from "../support/matching";
import { changedTables, tableFingerprints } from "../support/table-fingerprints";
import type { ActionResult } from "@/lib/kernel/outcome";
import { requestContext } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { eventTotals } from "@/lib/totals/queries";
import { localIsoDateTime } from "@/lib/format/datetime";
import { DEMO_SLUG, demoData } from "@/lib/demo/demo-event";
import { THROUGH_KERNEL } from "@/lib/kernel/brand";

vi.mock("@/lib/auth/request", () => ({ requestContext: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
// The language actions set a cookie on the response; there is no response here.
vi.mock("next/headers", () => ({ cookies: async () => ({ set: vi.fn(), get: vi.fn() }) }));

withTestDatabase({ seedDemo: true });

type Form = Record<string, string | string[]>;
type ActionEntry =
  | {
      /** Who may do it; everyone else is refused. */
      allow: Persona[];
      /** A valid submission, made fresh for each call (an allowed call really changes something). */
      form: (fixtures: Fixtures, persona: Persona) => Promise<Form> | Form;
      /** False for an action that changes nothing recorded (so writes no audit row). */
      writes?: false;
    }
  | {
      public: true;
      /** Why anyone may call it: it must change nothing recorded. */
      because: string;
    }
  | {
      /** A representative's action through their badge's link: the badge's code and secret in the form are the permission, not a session. */
      badge: true;
      /** A valid submission with the right secret, made fresh for each call (the persona plays no part). */
      form: (fixtures: Fixtures, persona: Persona) => Promise<Form> | Form;
    };
type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type RouteEntry =
  | {
      public: true;
      /** Why anyone may call it. */
      because: string;
      call?: (handler: Handler) => Promise<Response>;
    }
  | {
      allow: Persona[];
      /** Whether an allowed call changes something (and so writes an audit row). */
      mutates: boolean;
      /** What the call needs to exist first (made before the tables are read, so not counted as its writes). */
      prepare?: (fixtures: Fixtures) => Promise<unknown>;
      call: (handler: Handler, fixtures: Fixtures, prepared: unknown) => Promise<Response>;
    };

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${Date.now()}`;

async function newDeskUser(fixtures: Fixtures): Promise<string> {
  const db = await getDb();
  const user = await db.user.create({
    data: {
      email: `${unique("target")}@matrix.test`,
      name: "Target",
      role: "DESK",
      passwordHash: "x",
      assignments: { create: [{ eventId: fixtures.deskEventId }] },
    },
  });
  return user.id;
}

const ORGANIZER_ONLY: Persona[] = ["organizer"];
const ANY_STAFF: Persona[] = ["deskOfOtherEvent", "desk", "organizer"];
/** Staff who may work on the desk persona's event: its desk staff and organizers, not another event's desk. */
const EVENT_STAFF: Persona[] = ["desk", "organizer"];

/** A business of the desk persona's event, made fresh for one call. */
async function newBusiness(fixtures: Fixtures, checkedIn = false) {
  const db = await getDb();
  const side = await db.eventSide.findFirstOrThrow({ where: { eventId: fixtures.deskEventId, code: "KALTIM" } });
  const name = unique("Usaha Matriks");
  return db.business.create({
    data: {
      eventId: fixtures.deskEventId,
      sideId: side.id,
      name,
      representative: "Wakil",
      sector: "Kuliner",
      regency: "Kota Balikpapan",
      source: "PRE_REGISTERED",
      badgeCode: unique("B").replace(/\W/g, "").toUpperCase(),
      checkedInAt: checkedIn ? new Date() : null,
    },
  });
}

/** A commitment between two businesses of the desk persona's event, made fresh for one call. */
async function newCommitment(fixtures: Fixtures, status: "DRAFT" | "SIGNED") {
  const db = await getDb();
  const { visiting, host } = await twoBusinesses(fixtures.deskEventId);
  return createCommitment(db, { eventId: fixtures.deskEventId, visitingBusinessId: visiting.id, hostBusinessId: host.id }, { status });
}

/** The signing form's fields for a new, signed commitment in the desk persona's event. */
async function signingForm(fixtures: Fixtures): Promise<Form> {
  const { visiting, host } = await twoBusinesses(fixtures.deskEventId);
  return {
    slug: fixtures.deskEventSlug,
    idempotencyKey: `${unique("idempotency")}-key-0123456789`,
    visitingBusinessId: visiting.id,
    hostBusinessId: host.id,
    category: "BUY",
    commodity: "Kopi robusta",
    sector: "Kuliner",
    instrument: "LOI",
    value: "12,5 juta",
    visitingSignerName: "Pihak Satu",
    visitingSignature: SIGNATURE,
    hostSignerName: "Pihak Dua",
    hostSignature: SIGNATURE,
    deskConfirmed: "1",
  };
}

/** An agreement of the desk persona's event (with a scanned PDF when asked), made fresh for one call. */
async function newAgreement(fixtures: Fixtures, withDocument = false) {
  const db = await getDb();
  const [jatim, kaltim] = await Promise.all([
    db.agreementParty.findFirstOrThrow({ where: { province: "Jawa Timur" } }),
    db.agreementParty.findFirstOrThrow({ where: { province: "Kalimantan Timur" } }),
  ]);
  const documentKey = withDocument ? unique("doc") : null;
  if (documentKey)
    await db.agreementDocument.create({ data: { key: documentKey, fileName: "a.pdf", contentType: "application/pdf", size: 5, bytes: Buffer.from("%PDF-") } });
  return db.agreement.create({
    data: {
      eventId: fixtures.deskEventId,
      visitingPartyId: jatim.id,
      hostPartyId: kaltim.id,
      title: unique("Kerja sama"),
      visitingSignatory: "A",
      hostSignatory: "B",
      signedOn: new Date("2026-12-10"),
      documentKey,
    },
  });
}

const phoneCounter = { n: 0 };
const uniquePhone = () => `0821${String(50_000_000 + ++phoneCounter.n + (Date.now() % 1_000_000) * 10)}`.slice(0, 12);

/** The mission form's fields (details, and for a new mission its sides and sectors). */
const missionForm = (slug: string): Form => ({
  slug,
  name: "Misi Dagang Matriks",
  venue: "Gedung Matriks",
  city: "Surabaya",
  timeZone: "Asia/Jakarta",
  startsAt: "2026-03-10T08:00",
  endsAt: "2026-03-10T17:00",
  targetAmount: "10 miliar",
  valueCeiling: "",
  status: "LIVE",
  sectors: "Kuliner\nFesyen",
  ...Object.fromEntries(
    (["visiting", "host"] as const).flatMap((side) => [
      [`${side}.code`, side === "visiting" ? "JATIM" : "BALI"],
      [`${side}.province`, side === "visiting" ? "Jawa Timur" : "Bali"],
      [`${side}.shortName`, side === "visiting" ? "Jatim" : "Bali"],
      [`${side}.quota`, "10"],
      [`${side}.regencies`, side === "visiting" ? "Kota Surabaya" : "Kota Denpasar"],
    ]),
  ),
});

/** A mission made for one call, so archiving it leaves the personas' own missions alone. */
async function newMission(): Promise<string> {
  const db = await getDb();
  const slug = unique("misi").replace(/[^a-z0-9-]/g, "");
  await db.event.create({
    data: {
      slug,
      name: "Misi Arsip",
      venue: "Gedung",
      city: "Surabaya",
      timeZone: "Asia/Jakarta",
      startsAt: new Date(),
      endsAt: new Date(Date.now() + 3_600_000),
      sectors: ["Kuliner"],
    },
  });
  return slug;
}

/** Two businesses of the desk persona's mission whose lines match (a suggested pair), made fresh for one call. */
async function suggestedPair(fixtures: Fixtures) {
  const commodity = unique("Kopi matriks");
  const visiting = await businessWithLines(fixtures.deskEventId, "VISITING", unique("Penjual Matriks"), [["OFFER", commodity, "Kuliner", 2_000_000n]]);
  const host = await businessWithLines(fixtures.deskEventId, "HOST", unique("Pembeli Matriks"), [["NEED", commodity, "Kuliner", 1_000_000n]]);
  return { visiting, host };
}

/** An accepted meeting of the desk persona's mission; placed at a table of its own in a round when asked (held when asked). */
async function newMeeting(fixtures: Fixtures, options: { placed?: boolean; status?: "ACCEPTED" | "HELD" | "REQUESTED" } = {}) {
  const db = await getDb();
  const { visiting, host } = await suggestedPair(fixtures);
  const [line] = await db.tradeLine.findMany({ where: { businessId: visiting.id } });
  const [hostLine] = await db.tradeLine.findMany({ where: { businessId: host.id } });
  const place = options.placed || options.status === "HELD" ? await newPlace(fixtures) : null;
  return db.meeting.create({
    data: {
      eventId: fixtures.deskEventId,
      visitingBusinessId: visiting.id,
      hostBusinessId: host.id,
      category: "SELL",
      visitingLineId: line.id,
      hostLineId: hostLine.id,
      commodity: line.commodity,
      sector: "Kuliner",
      potential: 1_000_000n,
      status: options.status ?? "ACCEPTED",
      requestedBy: options.status === "REQUESTED" ? "VISITING" : null,
      ...(place ? { roundId: place.roundId, tableId: place.tableId } : {}),
      ...(options.status === "HELD" ? { attendanceAt: new Date() } : {}),
    },
  });
}

/** Tables 101, 102 …: within the 500 a schedule's set-up may keep. */
let tableNumber = 100;

/** A table of its own (so no two calls share a place) in the mission's first round. */
async function newPlace(fixtures: Fixtures) {
  const db = await getDb();
  const round = await db.meetingRound.upsert({
    where: { eventId_number: { eventId: fixtures.deskEventId, number: 1 } },
    create: { eventId: fixtures.deskEventId, number: 1, startsAt: new Date("2026-12-10T02:00:00Z"), endsAt: new Date("2026-12-10T02:20:00Z") },
    update: {},
  });
  const table = await db.meetingTable.create({ data: { eventId: fixtures.deskEventId, number: ++tableNumber } });
  return { roundId: round.id, tableId: table.id };
}

/** The badge fields of a business of the desk persona's mission. */
const badge = (business: { badgeCode: string; accessSecret: string }) => ({ badge: business.badgeCode, k: business.accessSecret });

const ACTIONS: Record<string, ActionEntry> = {
  "app/actions.ts#chooseLanguage": {
    public: true,
    because: "the language switch: it sets the caller's own language cookie (and, for staff, their own account's language)",
  },
  "app/actions.ts#adoptAccountLanguage": { allow: ANY_STAFF, writes: false, form: () => ({}) },
  "app/staf/e/[slug]/komitmen/actions.ts#recordRealisationAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => ({
      slug: f.deskEventSlug,
      commitmentId: (await newCommitment(f, "SIGNED")).id,
      realisedOn: localIsoDateTime(new Date(), "Asia/Jakarta").slice(0, 10),
      amount: "250 ribu",
      note: "Pengiriman pertama",
    }),
  },
  "app/staf/misi/actions.ts#createEventAction": { allow: ORGANIZER_ONLY, form: () => missionForm(unique("misi-baru").replace(/[^a-z0-9-]/g, "")) },
  "app/staf/misi/actions.ts#saveEventDetailsAction": { allow: ORGANIZER_ONLY, form: async () => missionForm(await newMission()) },
  "app/staf/misi/actions.ts#archiveEventAction": {
    allow: ORGANIZER_ONLY,
    form: async () => ({ slug: await newMission(), intent: "archive", reason: "Dibatalkan panitia" }),
  },
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
  "app/staf/pengguna/actions.ts#saveAssignments": {
    allow: ORGANIZER_ONLY,
    form: async (f) => ({ userId: await newDeskUser(f), eventIds: [f.deskEventId, f.otherEventId] }),
  },
  "app/staf/pengguna/actions.ts#liftSignInLockout": {
    allow: ORGANIZER_ONLY,
    form: async () => {
      const lockout = await (
        await getDb()
      ).lockout.create({ data: { subject: "ADDRESS", value: unique("198.51.100"), lockedUntil: new Date(Date.now() + 600_000) } });
      return { lockoutId: lockout.id };
    },
  },
  "app/staf/e/[slug]/pelaku-usaha/actions.ts#registerWalkInAction": {
    allow: EVENT_STAFF,
    form: (f) => ({
      slug: f.deskEventSlug,
      sideCode: "KALTIM",
      name: unique("Usaha Datang"),
      representative: "Wakil",
      phone: uniquePhone(),
      sector: "Kuliner",
      regency: "Kota Balikpapan",
      confirmDuplicate: "1",
    }),
  },
  "app/staf/e/[slug]/pelaku-usaha/actions.ts#checkInAction": {
    allow: EVENT_STAFF,
    form: async (f) => ({ slug: f.deskEventSlug, code: (await newBusiness(f)).badgeCode, desk: "Meja Matriks" }),
  },
  "app/staf/e/[slug]/pelaku-usaha/actions.ts#undoCheckInAction": {
    allow: EVENT_STAFF,
    form: async (f) => ({ slug: f.deskEventSlug, businessId: (await newBusiness(f, true)).id, reason: "Salah pindai" }),
  },
  "app/staf/e/[slug]/pelaku-usaha/actions.ts#revokeBadgeLinkAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => ({ slug: f.deskEventSlug, businessId: (await newBusiness(f)).id }),
  },
  "app/staf/e/[slug]/pengaturan/actions.ts#saveEventSetup": {
    allow: ORGANIZER_ONLY,
    form: async (f) => {
      const event = await (await getDb()).event.findUniqueOrThrow({ where: { id: f.deskEventId }, include: { sides: { orderBy: { role: "asc" } } } });
      const form: Form = { slug: event.slug, sectors: event.sectors.join("\n") };
      event.sides.forEach((side, i) =>
        Object.assign(form, {
          [`sides.${i}.code`]: side.code,
          [`sides.${i}.province`]: side.province,
          [`sides.${i}.shortName`]: side.shortName,
          [`sides.${i}.quota`]: String(side.quota + 1),
          [`sides.${i}.regencies`]: side.regencies.join("\n"),
        }),
      );
      return form;
    },
  },
  "app/staf/e/[slug]/komitmen/actions.ts#recordCommitmentAction": {
    allow: EVENT_STAFF,
    form: async (f) => ({ ...(await signingForm(f)), intent: "sign" }),
  },
  "app/staf/e/[slug]/komitmen/actions.ts#completeDraftAction": {
    allow: EVENT_STAFF,
    form: async (f) => ({ ...(await signingForm(f)), intent: "sign", commitmentId: (await newCommitment(f, "DRAFT")).id }),
  },
  "app/staf/e/[slug]/komitmen/actions.ts#voidCommitmentAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => ({ slug: f.deskEventSlug, commitmentId: (await newCommitment(f, "SIGNED")).id, reason: "Salah catat" }),
  },
  "app/staf/e/[slug]/komitmen/actions.ts#replaceCommitmentAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => ({ ...(await signingForm(f)), intent: "draft", commitmentId: (await newCommitment(f, "SIGNED")).id, reason: "Salah satuan" }),
  },
  "app/staf/e/[slug]/actions.ts#freezeOfficialFigureAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => {
      // The figure on the organizer's screen: the freeze takes exactly that one.
      const totals = (await eventTotals(f.deskEventSlug))!;
      return { slug: f.deskEventSlug, note: "Matriks", seenTotal: totals.total.toString(), seenCommitments: String(totals.commitments) };
    },
  },
  "app/staf/e/[slug]/actions.ts#publishInterimFigureAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => ({ slug: f.deskEventSlug, asOf: "2026-01-01T12:00", note: "Matriks" }),
  },
  "app/staf/e/[slug]/kerja-sama/actions.ts#recordAgreementAction": {
    allow: EVENT_STAFF,
    form: async (f) => {
      const db = await getDb();
      const [jatim, kaltim] = await Promise.all([
        db.agreementParty.findFirstOrThrow({ where: { province: "Jawa Timur" } }),
        db.agreementParty.findFirstOrThrow({ where: { province: "Kalimantan Timur" } }),
      ]);
      return {
        slug: f.deskEventSlug,
        "visitingParty.id": jatim.id,
        "hostParty.id": kaltim.id,
        title: unique("Kerja sama"),
        visitingSignatory: "Kepala Dinas A",
        hostSignatory: "Kepala Dinas B",
        signedOn: "2026-12-10",
      };
    },
  },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#saveTradeLineAction": {
    allow: EVENT_STAFF,
    form: async (f) => ({ slug: f.deskEventSlug, businessId: (await newBusiness(f)).id, kind: "NEED", commodity: "Kopi robusta", estimatedValue: "2 juta" }),
  },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#removeTradeLineAction": {
    allow: EVENT_STAFF,
    form: async (f) => {
      const { visiting } = await suggestedPair(f);
      const [line] = await (await getDb()).tradeLine.findMany({ where: { businessId: visiting.id } });
      return { slug: f.deskEventSlug, businessId: visiting.id, lineId: line.id };
    },
  },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#saveAvailabilityAction": {
    allow: EVENT_STAFF,
    form: async (f) => {
      await newPlace(f);
      return { slug: f.deskEventSlug, businessId: (await newBusiness(f)).id, unavailableRounds: "1" };
    },
  },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#acceptPairsAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => {
      const { visiting, host } = await suggestedPair(f);
      return { slug: f.deskEventSlug, pairs: `${visiting.id}|${host.id}` };
    },
  },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#setMustMeetAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => ({ slug: f.deskEventSlug, meetingId: (await newMeeting(f)).id, mustMeet: "1" }),
  },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#cancelMeetingAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => ({ slug: f.deskEventSlug, meetingId: (await newMeeting(f)).id, reason: "Batal hadir" }),
  },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#saveScheduleSetupAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => {
      // Every table other rows placed a meeting at stays, whatever ran before: a held meeting keeps its table.
      const { _max } = await (await getDb()).meetingTable.aggregate({ where: { eventId: f.deskEventId }, _max: { number: true } });
      const tables = String(Math.max(3, _max.number ?? 0));
      return { slug: f.deskEventSlug, tables, tableNames: "", date: "2026-12-10", start: "09.00", minutes: "20", rounds: "4", gap: "5", breaks: "" };
    },
  },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#runScheduleAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => {
      await newPlace(f);
      await newMeeting(f);
      return { slug: f.deskEventSlug, onlyCheckedIn: "0" };
    },
  },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#publishScheduleAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => {
      await newMeeting(f, { placed: true });
      return { slug: f.deskEventSlug };
    },
  },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#markAttendanceAction": {
    allow: EVENT_STAFF,
    form: async (f) => ({ slug: f.deskEventSlug, meetingId: (await newMeeting(f, { placed: true })).id, attendance: "HELD" }),
  },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#recordOutcomeAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => ({ slug: f.deskEventSlug, meetingId: (await newMeeting(f, { status: "HELD" })).id, outcome: "IN_NEGOTIATION", note: "" }),
  },
  "app/staf/e/[slug]/temu-bisnis/actions.ts#setTargetFromMatchingAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => {
      await newMeeting(f);
      const { _sum } = await (
        await getDb()
      ).meeting.aggregate({
        where: { eventId: f.deskEventId, status: { in: ["ACCEPTED", "HELD", "NO_SHOW"] } },
        _sum: { potential: true },
      });
      return { slug: f.deskEventSlug, seenPotential: String(_sum.potential) };
    },
  },
  "app/b/[code]/actions.ts#saveOwnLineAction": {
    badge: true,
    form: async (f) => ({ ...badge(await newBusiness(f)), kind: "OFFER", commodity: "Amplang", estimatedValue: "500 ribu" }),
  },
  "app/b/[code]/actions.ts#removeOwnLineAction": {
    badge: true,
    form: async (f) => {
      const { visiting } = await suggestedPair(f);
      const [line] = await (await getDb()).tradeLine.findMany({ where: { businessId: visiting.id } });
      return { ...badge(visiting), lineId: line.id };
    },
  },
  "app/b/[code]/actions.ts#saveOwnAvailabilityAction": {
    badge: true,
    form: async (f) => {
      await newPlace(f);
      return { ...badge(await newBusiness(f)), unavailableRounds: "1" };
    },
  },
  "app/b/[code]/actions.ts#requestMeetingAction": {
    badge: true,
    form: async (f) => {
      const { visiting, host } = await suggestedPair(f);
      return { ...badge(host), partnerId: visiting.id };
    },
  },
  "app/b/[code]/actions.ts#answerRequestAction": {
    badge: true,
    form: async (f) => {
      const meeting = await newMeeting(f, { status: "REQUESTED" });
      const host = await (await getDb()).business.findUniqueOrThrow({ where: { id: meeting.hostBusinessId } });
      return { ...badge(host), meetingId: meeting.id, answer: "accept" };
    },
  },
  "app/staf/e/[slug]/kerja-sama/actions.ts#voidAgreementAction": {
    allow: ORGANIZER_ONLY,
    form: async (f) => ({ slug: f.deskEventSlug, agreementId: (await newAgreement(f)).id, reason: "Salah catat" }),
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
  "app/api/auth/[...nextauth]/route.ts#GET": {
    public: true,
    because: "next-auth's own endpoints (CSRF token, session, sign-in page redirect): signing in starts here",
  },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    public: true,
    because: "signing in and out; the credentials are checked, with lockout, in lib/auth/sign-in.ts",
  },
  "app/b/[code]/surat/[id]/route.ts#GET": {
    public: true,
    because: "a representative's own letter: the badge's secret in the link is the permission (a wrong one answers 404)",
    call: async (GET: Handler) => {
      const db = await getDb();
      const c = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED", event: { slug: DEMO_SLUG } }, include: { visitingBusiness: true } });
      const url = `http://test/b/${c.visitingBusiness.badgeCode}/surat/${c.id}`;
      const params = Promise.resolve({ code: c.visitingBusiness.badgeCode, id: c.id });
      expect((await GET(new Request(`${url}?k=salah`), { params })).status).toBe(404);
      return GET(new Request(`${url}?k=${c.visitingBusiness.accessSecret}`), { params });
    },
  },
  "app/api/events/[slug]/stream/route.ts#GET": {
    public: true,
    because:
      "the board's live totals: the same JSON as the totals API, pushed; in production server.js serves it from lib/live/node-stream.ts, public alike (tests/integration/totals-stream.test.ts)",
  },
  "app/api/events/[slug]/stream/route.ts#HEAD": { public: true, because: "headers only, for monitors; subscribes to nothing" },
  "app/api/events/[slug]/totals/route.ts#GET": {
    public: true,
    because: "the public totals the board and the press read",
    call: (GET: Handler) => GET(new Request(`http://test/api/events/${DEMO_SLUG}/totals`), { params: Promise.resolve({ slug: DEMO_SLUG }) }),
  },
  "app/api/events/[slug]/businesses/search/route.ts#GET": {
    allow: EVENT_STAFF,
    mutates: false,
    call: (GET, f) =>
      GET(new Request(`http://test/api/events/${f.deskEventSlug}/businesses/search?q=usaha`), { params: Promise.resolve({ slug: f.deskEventSlug }) }),
  },
  "app/api/events/[slug]/businesses/import/route.ts#POST": {
    allow: ORGANIZER_ONLY,
    mutates: true,
    call: async (POST, f) => {
      const body = new FormData();
      const csv = `Nama Usaha;Nama Pemilik;No HP;Sektor\n${unique("Usaha Impor")};Pemilik;${uniquePhone()};Kuliner\n`;
      body.append("file", new File([csv], "impor.csv", { type: "text/csv" }));
      body.append("side", "KALTIM");
      body.append("mode", "commit");
      const response = await POST(new Request(`http://test/api/events/${f.deskEventSlug}/businesses/import`, { method: "POST", body }), {
        params: Promise.resolve({ slug: f.deskEventSlug }),
      });
      // The commit streams its outcome: read it to the end, and fail on anything but success.
      if (response.status !== 200) return response;
      const lines = (await response.text())
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(lines.at(-1)).toMatchObject({ type: "done", result: { ok: true, data: { imported: 1 } } });
      return new Response(null, { status: 200 });
    },
  },
  "app/api/events/[slug]/commitments/route.ts#POST": {
    allow: EVENT_STAFF,
    mutates: true,
    prepare: (f) => signingForm(f),
    call: async (POST, _f, prepared) => {
      const { slug, deskConfirmed, ...form } = prepared as Awaited<ReturnType<typeof signingForm>>;
      const body = JSON.stringify({ ...form, intent: "sign", deskConfirmed: deskConfirmed === "1" });
      const response = await POST(
        new Request(`http://test/api/events/${slug}/commitments`, { method: "POST", body, headers: { "content-type": "application/json" } }),
        { params: Promise.resolve({ slug: String(slug) }) },
      );
      if (response.status === 201) {
        expect(await response.json()).toMatchObject({ ok: true, data: { status: "SIGNED", value: "12500000" }, committedAt: expect.any(Number) });
        return new Response(null, { status: 200 });
      }
      return response;
    },
  },
  "app/api/events/[slug]/check-ins/route.ts#POST": {
    allow: EVENT_STAFF,
    mutates: true,
    prepare: (f) => newBusiness(f),
    call: async (POST, f, prepared) => {
      const business = prepared as Awaited<ReturnType<typeof newBusiness>>;
      const body = JSON.stringify({ code: business.badgeCode, desk: "Meja Matriks" });
      const response = await POST(
        new Request(`http://test/api/events/${f.deskEventSlug}/check-ins`, { method: "POST", body, headers: { "content-type": "application/json" } }),
        { params: Promise.resolve({ slug: f.deskEventSlug }) },
      );
      if (response.status === 201) {
        expect(await response.json()).toMatchObject({ ok: true, data: { status: "CHECKED_IN", business: { id: business.id }, desk: "Meja Matriks" } });
        return new Response(null, { status: 200 });
      }
      return response;
    },
  },
  "app/api/events/[slug]/desk-list/route.ts#GET": {
    allow: EVENT_STAFF,
    mutates: false,
    call: (GET, f) => GET(new Request(`http://test/api/events/${f.deskEventSlug}/desk-list`), { params: Promise.resolve({ slug: f.deskEventSlug }) }),
  },
  "app/api/events/[slug]/commitments/[id]/letter/route.ts#GET": {
    allow: EVENT_STAFF,
    mutates: false,
    prepare: (f) => newCommitment(f, "SIGNED"),
    call: async (GET, f, prepared) => {
      const commitment = prepared as Awaited<ReturnType<typeof newCommitment>>;
      return GET(new Request(`http://test/api/events/${f.deskEventSlug}/commitments/${commitment.id}/letter`), {
        params: Promise.resolve({ slug: f.deskEventSlug, id: commitment.id }),
      });
    },
  },
  "app/api/events/[slug]/agreements/[id]/document/route.ts#GET": {
    allow: EVENT_STAFF,
    mutates: false,
    prepare: (f) => newAgreement(f, true),
    call: async (GET, f, prepared) => {
      const agreement = prepared as Awaited<ReturnType<typeof newAgreement>>;
      return GET(new Request(`http://test/api/events/${f.deskEventSlug}/agreements/${agreement.id}/document`), {
        params: Promise.resolve({ slug: f.deskEventSlug, id: agreement.id }),
      });
    },
  },
  "app/api/events/[slug]/exports/[dataset]/route.ts#GET": {
    allow: EVENT_STAFF,
    mutates: false,
    call: (GET, f) =>
      GET(new Request(`http://test/api/events/${f.deskEventSlug}/exports/commitments?format=csv&lang=id`), {
        params: Promise.resolve({ slug: f.deskEventSlug, dataset: "commitments" }),
      }),
  },
  "app/api/events/[slug]/recap/route.ts#GET": {
    allow: EVENT_STAFF,
    mutates: false,
    call: (GET, f) => GET(new Request(`http://test/api/events/${f.deskEventSlug}/recap?lang=id`), { params: Promise.resolve({ slug: f.deskEventSlug }) }),
  },
  "app/api/events/[slug]/businesses/import/template/route.ts#GET": {
    allow: ORGANIZER_ONLY,
    mutates: false,
    call: (GET, f) =>
      GET(new Request(`http://test/api/events/${f.deskEventSlug}/businesses/import/template`), { params: Promise.resolve({ slug: f.deskEventSlug }) }),
  },
};

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

const appFiles = filesUnder("app").filter((f) => /\.tsx?$/.test(f));
// Every action and route module, loaded as the file is collected (as a static import would be), not
// inside a test: a mutation run then knows their top-level code is not one test's to cover.
const loaded = new Map<string, Record<string, unknown>>(
  await Promise.all(
    appFiles
      .filter((f) => ["actions.ts", "route.ts"].includes(path.basename(f)))
      .map(async (file) => [file, (await import(path.resolve(file))) as Record<string, unknown>] as const),
  ),
);
const exportsOf = <T>(file: string) => loaded.get(file) as Record<string, T>;

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

  it("every exported action and route method is made by the kernel (lib/kernel), none by hand", async () => {
    const byHand: string[] = [];
    for (const file of appFiles.filter((f) => ["actions.ts", "route.ts"].includes(path.basename(f)))) {
      const exported = exportsOf<unknown>(file);
      for (const [name, value] of Object.entries(exported)) {
        if (path.basename(file) === "route.ts" && !HTTP_METHODS.includes(name)) continue;
        if (typeof value === "function" && !(THROUGH_KERNEL in value)) byHand.push(`${file}#${name}`);
      }
    }
    expect(byHand).toEqual([]);
  });

  it("the matrix lists exactly the exported actions and route methods", async () => {
    const found: string[] = [];
    for (const file of appFiles.filter((f) => ["actions.ts", "route.ts"].includes(path.basename(f)))) {
      const exported = exportsOf<unknown>(file);
      for (const [name, value] of Object.entries(exported)) {
        if (path.basename(file) === "route.ts" && !HTTP_METHODS.includes(name)) continue;
        if (typeof value === "function") found.push(`${file}#${name}`);
      }
    }
    expect(found.sort()).toEqual([...Object.keys(ACTIONS), ...Object.keys(ROUTES)].sort());
  });
});

let fixtures: Fixtures;
beforeAllOrFail(async () => {
  fixtures = await createFixtures();
  // Every allowed call registers businesses of its own: room for all of them within the sides' quotas.
  await (await getDb()).eventSide.updateMany({ where: { eventId: fixtures.deskEventId }, data: { quota: 5_000 } });
});

describe("server actions", () => {
  for (const [key, entry] of Object.entries(ACTIONS)) {
    if ("public" in entry || "badge" in entry) continue;
    const [file, name] = key.split("#");
    describe(key, () => {
      for (const persona of PERSONAS) {
        const outcome = expectedOutcome(persona, entry.allow);
        it(`${persona}: ${outcome === "ALLOWED" ? "allowed" : `refused (${outcome})`}`, async () => {
          const action = exportsOf<(prev: null, data: FormData) => Promise<ActionResult<unknown>>>(file)[name];
          const db = await getDb();
          const form = await entry.form(fixtures, persona);
          await actAs(persona, fixtures, requestContext);
          const actorId = persona === "anonymous" ? undefined : fixtures.users[persona].id;
          const actorsAudit = () => db.auditEvent.count({ where: { actorId, ip: "192.0.2.10" } });
          const [tablesBefore, actorsAuditBefore] = [await tableFingerprints(), await actorsAudit()];

          const result = await action(null, formData(form));

          if (outcome === "ALLOWED") {
            expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
            // Each allowed change writes its own audit row, naming this actor and this address.
            if (entry.writes !== false) expect(await actorsAudit()).toBeGreaterThan(actorsAuditBefore);
            else expect(changedTables(tablesBefore, await tableFingerprints())).not.toContain("AuditEvent");
          } else {
            expect(result).toMatchObject({ ok: false, code: outcome });
            // Nothing at all was written: not a row of any table.
            expect(changedTables(tablesBefore, await tableFingerprints())).toEqual([]);
          }
        });
      }
    });
  }
});

// A badge's actions: the code and secret in the form open them, whoever calls (no session needed, and
// an organizer's session opens nothing without the secret).
describe("a representative's actions through the badge's link", () => {
  for (const [key, entry] of Object.entries(ACTIONS)) {
    if (!("badge" in entry)) continue;
    const [file, name] = key.split("#");
    it(`${key}: done with the badge's secret and audited with the caller's address; refused with a wrong one, nothing written`, async () => {
      const action = exportsOf<(prev: null, data: FormData) => Promise<ActionResult<unknown>>>(file)[name];
      const db = await getDb();
      const form = await entry.form(fixtures, "anonymous");
      for (const persona of ["anonymous", "organizer"] as const) {
        await actAs(persona, fixtures, requestContext);
        const before = await tableFingerprints();
        const refused = await action(null, formData({ ...form, k: `${String(form.k)}x` }));
        expect(refused).toMatchObject({ ok: false, code: "NOT_FOUND", message: "Tautan lencana ini tidak berlaku. Minta lencana baru ke panitia." });
        expect(changedTables(before, await tableFingerprints())).toEqual([]);
      }
      await actAs("anonymous", fixtures, requestContext);
      const auditBefore = await db.auditEvent.count({ where: { actorId: null, ip: "192.0.2.10", userAgent: "matrix/anonymous" } });
      const result = await action(null, formData(form));
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(await db.auditEvent.count({ where: { actorId: null, ip: "192.0.2.10", userAgent: "matrix/anonymous" } })).toBe(auditBefore + 1);
    });
  }
});

// IDOR: an id of another mission's object, sent under the caller's own mission. The organizer may
// work on both missions, so only the mission in the where clause stands between them.
describe("an id of another mission's object, under the caller's own mission", () => {
  const demo = async () => {
    const db = await getDb();
    const event = await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
    const signed = await db.commitment.findFirstOrThrow({ where: { eventId: event.id, status: "SIGNED" } });
    const draft = await db.commitment.findFirstOrThrow({ where: { eventId: event.id, status: "DRAFT" } });
    const checkedIn = await db.business.findFirstOrThrow({ where: { eventId: event.id, checkedInAt: { not: null } } });
    const [visiting, host] = await Promise.all(
      (["VISITING", "HOST"] as const).map((role) => db.business.findFirstOrThrow({ where: { eventId: event.id, side: { role } } })),
    );
    const agreement = await db.agreement.findFirstOrThrow({ where: { eventId: event.id, status: "ACTIVE" } });
    const [held, line] = await Promise.all([
      db.meeting.findFirstOrThrow({ where: { eventId: event.id, status: "HELD" } }),
      db.tradeLine.findFirstOrThrow({ where: { eventId: event.id } }),
    ]);
    return { signed, draft, checkedIn, visiting, host, agreement, held, line };
  };
  type Demo = Awaited<ReturnType<typeof demo>>;
  const IDOR_ACTIONS: Record<string, (f: Fixtures, d: Demo) => Promise<Form> | Form> = {
    "app/staf/e/[slug]/komitmen/actions.ts#recordCommitmentAction": async (f, d) => ({
      ...(await signingForm(f)),
      intent: "sign",
      visitingBusinessId: d.visiting.id,
      hostBusinessId: d.host.id,
    }),
    "app/staf/e/[slug]/komitmen/actions.ts#completeDraftAction": async (f, d) => ({ ...(await signingForm(f)), intent: "sign", commitmentId: d.draft.id }),
    "app/staf/e/[slug]/komitmen/actions.ts#voidCommitmentAction": (f, d) => ({ slug: f.deskEventSlug, commitmentId: d.signed.id, reason: "Salah catat" }),
    "app/staf/e/[slug]/komitmen/actions.ts#replaceCommitmentAction": async (f, d) => ({
      ...(await signingForm(f)),
      intent: "draft",
      commitmentId: d.signed.id,
      reason: "Salah satuan",
    }),
    "app/staf/e/[slug]/komitmen/actions.ts#recordRealisationAction": (f, d) => ({
      slug: f.deskEventSlug,
      commitmentId: d.signed.id,
      realisedOn: localIsoDateTime(new Date(), "Asia/Jakarta").slice(0, 10),
      amount: "1 juta",
      note: "",
    }),
    "app/staf/e/[slug]/pelaku-usaha/actions.ts#checkInAction": (f, d) => ({ slug: f.deskEventSlug, businessId: d.visiting.id, desk: "Meja" }),
    "app/staf/e/[slug]/pelaku-usaha/actions.ts#undoCheckInAction": (f, d) => ({ slug: f.deskEventSlug, businessId: d.checkedIn.id, reason: "Salah pindai" }),
    "app/staf/e/[slug]/pelaku-usaha/actions.ts#revokeBadgeLinkAction": (f, d) => ({ slug: f.deskEventSlug, businessId: d.visiting.id }),
    "app/staf/e/[slug]/kerja-sama/actions.ts#voidAgreementAction": (f, d) => ({ slug: f.deskEventSlug, agreementId: d.agreement.id, reason: "Salah catat" }),
    "app/staf/e/[slug]/temu-bisnis/actions.ts#saveTradeLineAction": (f, d) => ({
      slug: f.deskEventSlug,
      businessId: d.visiting.id,
      kind: "OFFER",
      commodity: "Kopi",
    }),
    "app/staf/e/[slug]/temu-bisnis/actions.ts#removeTradeLineAction": (f, d) => ({ slug: f.deskEventSlug, businessId: d.line.businessId, lineId: d.line.id }),
    "app/staf/e/[slug]/temu-bisnis/actions.ts#saveAvailabilityAction": (f, d) => ({ slug: f.deskEventSlug, businessId: d.visiting.id, unavailableRounds: [] }),
    "app/staf/e/[slug]/temu-bisnis/actions.ts#acceptPairsAction": (f, d) => ({
      slug: f.deskEventSlug,
      pairs: `${d.held.visitingBusinessId}|${d.held.hostBusinessId}`,
    }),
    "app/staf/e/[slug]/temu-bisnis/actions.ts#setMustMeetAction": (f, d) => ({ slug: f.deskEventSlug, meetingId: d.held.id, mustMeet: "1" }),
    "app/staf/e/[slug]/temu-bisnis/actions.ts#cancelMeetingAction": (f, d) => ({ slug: f.deskEventSlug, meetingId: d.held.id, reason: "Salah misi" }),
    "app/staf/e/[slug]/temu-bisnis/actions.ts#markAttendanceAction": (f, d) => ({ slug: f.deskEventSlug, meetingId: d.held.id, attendance: "NO_SHOW" }),
    "app/staf/e/[slug]/temu-bisnis/actions.ts#recordOutcomeAction": (f, d) => ({
      slug: f.deskEventSlug,
      meetingId: d.held.id,
      outcome: "AGREEMENT_REACHED",
      note: "",
    }),
  };
  for (const [key, form] of Object.entries(IDOR_ACTIONS)) {
    const [file, name] = key.split("#");
    it(`${key}: refused, nothing changed or audited`, async () => {
      const action = exportsOf<(prev: null, data: FormData) => Promise<ActionResult<unknown>>>(file)[name];
      const d = await demo();
      const submitted = await form(fixtures, d);
      await actAs("organizer", fixtures, requestContext);
      const before = await tableFingerprints();
      const result = await action(null, formData(submitted));
      expect(result, JSON.stringify(result)).toMatchObject({ ok: false });
      expect(["NOT_FOUND", "INVALID"]).toContain(result.ok ? "" : result.code);
      expect(changedTables(before, await tableFingerprints())).toEqual([]);
    });
  }
  const IDOR_ROUTES: Record<string, (GET: Handler, f: Fixtures, d: Demo) => Promise<Response>> = {
    // Another mission's business, by its id: not found in this one, not checked in.
    "app/api/events/[slug]/check-ins/route.ts#POST": (POST, f, d) =>
      POST(
        new Request(`http://test/api/events/${f.deskEventSlug}/check-ins`, {
          method: "POST",
          body: JSON.stringify({ businessId: d.visiting.id, desk: "Meja" }),
          headers: { "content-type": "application/json" },
        }),
        { params: Promise.resolve({ slug: f.deskEventSlug }) },
      ),

    "app/api/events/[slug]/commitments/[id]/letter/route.ts#GET": (GET, f, d) =>
      GET(new Request(`http://test/api/events/${f.deskEventSlug}/commitments/${d.signed.id}/letter`), {
        params: Promise.resolve({ slug: f.deskEventSlug, id: d.signed.id }),
      }),
    "app/api/events/[slug]/agreements/[id]/document/route.ts#GET": async (GET, f) => {
      const elsewhere = await newAgreement({ ...f, deskEventId: (await (await getDb()).event.findUniqueOrThrow({ where: { slug: DEMO_SLUG } })).id }, true);
      return GET(new Request(`http://test/api/events/${f.deskEventSlug}/agreements/${elsewhere.id}/document`), {
        params: Promise.resolve({ slug: f.deskEventSlug, id: elsewhere.id }),
      });
    },
  };
  for (const [key, call] of Object.entries(IDOR_ROUTES)) {
    const [file, method] = key.split("#");
    it(`${key}: 404`, async () => {
      const handler = exportsOf<Handler>(file)[method];
      await actAs("organizer", fixtures, requestContext);
      const d = await demo();
      const before = await tableFingerprints();
      const response = await call(handler, fixtures, d);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ ok: false, code: "NOT_FOUND" });
      // A GET entry makes its other mission's object itself; a change must leave every table as it was.
      if (method !== "GET") expect(changedTables(before, await tableFingerprints())).toEqual([]);
    });
  }
});

describe("staff route handlers", () => {
  const STATUS = { ALLOWED: 200, UNAUTHENTICATED: 401, FORBIDDEN: 403 } as const;
  for (const [key, entry] of Object.entries(ROUTES)) {
    if ("public" in entry) continue;
    const [file, method] = key.split("#");
    describe(key, () => {
      for (const persona of PERSONAS) {
        const outcome = expectedOutcome(persona, entry.allow);
        it(`${persona}: ${outcome === "ALLOWED" ? "allowed" : `refused (${STATUS[outcome]})`}`, async () => {
          const handler = exportsOf<Handler>(file)[method];
          const db = await getDb();
          await actAs(persona, fixtures, requestContext);
          const prepared = await entry.prepare?.(fixtures);
          const [tablesBefore, auditBefore] = [await tableFingerprints(), await db.auditEvent.count()];
          const response = await entry.call(handler, fixtures, prepared);
          expect(response.status).toBe(STATUS[outcome]);
          if (outcome === "ALLOWED") expect(await db.auditEvent.count()).toBe(auditBefore + (entry.mutates ? 1 : 0));
          else expect(changedTables(tablesBefore, await tableFingerprints())).toEqual([]);
        });
      }
    });
  }
});

describe("public route handlers", () => {
  const contactData = demoData()
    .businesses.flatMap((b) => [b.phone, b.email, b.nib])
    .filter((v): v is string => Boolean(v));

  for (const [key, entry] of Object.entries(ROUTES)) {
    if (!entry.call || !("public" in entry)) continue;
    const [file, method] = key.split("#");
    for (const persona of PERSONAS) {
      it(`${key} as ${persona}: answered, with no contact data`, async () => {
        const handler = exportsOf<Handler>(file)[method];
        await actAs(persona, fixtures, requestContext);
        const response = await entry.call!(handler);
        expect(response.status).toBe(200);
        const body = await response.text();
        for (const value of contactData) expect(body).not.toContain(value);
      });
    }
  }
});
