// Events administration across missions, and the realisation follow-up reports compare against.
import { randomUUID } from "node:crypto";
import { said } from "../support/said";
import { signingRequest, twoBusinesses } from "../support/signing";
import { checkIn } from "@/lib/businesses/check-in";
import { registerWalkIn } from "@/lib/businesses/register-walk-in";
import { recordCommitment } from "@/lib/commitments/record-commitment";
import { describe, expect, it } from "vitest";
import { createCommitment } from "../support/commitments";
import { withTestDatabase } from "../support/database";
import { createUser } from "@/lib/users/create-user";
import { recordRealisation } from "@/lib/commitments/record-realisation";
import { getDb } from "@/lib/db/client";
import { DEMO_SLUG } from "@/lib/demo/demo-event";
import { createEvent, setEventArchived, updateEventDetails, type NewEventInput } from "@/lib/events/manage";
import { eventsOverview } from "@/lib/events/overview";
import { listPublicEvents, listStaffEvents } from "@/lib/events/queries";
import { eventRecap } from "@/lib/reports/recap";
import { newPracticeMission } from "../support/missions";

withTestDatabase({ seedDemo: true });

async function organizer() {
  const result = await said(
    createUser({ email: `org-${Math.random()}@misidagang.test`, name: "Panitia", role: "ADMIN", password: "panitia-rahasia" }, { id: null }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { id: result.data.id, role: "ADMIN" as const, ip: "10.0.0.1", userAgent: "vitest" };
}

const bali = (slug: string): NewEventInput => ({
  slug,
  name: "Misi Dagang Jawa Timur – Bali",
  venue: "Prime Plaza Hotel Sanur",
  city: "Denpasar",
  timeZone: "Asia/Makassar",
  startsAt: "2026-02-12T09:00",
  endsAt: "2026-02-12T16:00",
  targetAmount: "750 miliar",
  valueCeiling: "50 miliar",
  sectors: "Kuliner\nFesyen\nPariwisata",
  visiting: { code: "jatim", province: "Jawa Timur", shortName: "Jatim", quota: "60", regencies: "Kota Surabaya\nKabupaten Sidoarjo" },
  host: { code: "BALI", province: "Bali", shortName: "Bali", quota: "80", regencies: "Kota Denpasar\nKabupaten Badung" },
});

describe("createEvent", () => {
  it("creates the mission with its two sides, on the event's own clock, and audits it in the same step", async () => {
    const db = await getDb();
    const actor = await organizer();
    const result = await said(createEvent(bali("jatim-bali-2026"), actor));
    expect(result).toMatchObject({ ok: true, data: { slug: "jatim-bali-2026" } });
    const event = await db.event.findUniqueOrThrow({ where: { slug: "jatim-bali-2026" }, include: { sides: { orderBy: { role: "asc" } } } });
    expect(event).toMatchObject({
      status: "PLANNED",
      timeZone: "Asia/Makassar",
      targetAmount: 750_000_000_000n,
      valueCeiling: 50_000_000_000n,
      sectors: ["Kuliner", "Fesyen", "Pariwisata"],
    });
    expect(event.startsAt.toISOString()).toBe("2026-02-12T01:00:00.000Z"); // 09.00 WITA
    expect(event.sides.map((s) => [s.role, s.code, s.province, s.quota])).toEqual([
      ["VISITING", "JATIM", "Jawa Timur", 60],
      ["HOST", "BALI", "Bali", 80],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { eventId: event.id, action: "event.created" } });
    expect(audit).toMatchObject({ actorId: actor.id, ip: "10.0.0.1" });
    expect(audit.after).toMatchObject({ slug: "jatim-bali-2026", targetAmount: "750000000000" });
  });

  it("refuses a taken address, an end before the start and an unreadable target, writing nothing", async () => {
    const db = await getDb();
    const actor = await organizer();
    const before = await db.event.count();
    expect(await said(createEvent(bali(DEMO_SLUG), actor))).toMatchObject({
      ok: false,
      code: "SLUG_TAKEN",
      fieldErrors: { slug: [`Alamat "${DEMO_SLUG}" sudah dipakai misi dagang lain.`] },
    });
    const wrong = await said(
      createEvent({ ...bali("jatim-bali-salah"), endsAt: "2026-02-12T08:00", targetAmount: "1,2,3 miliar", host: { ...bali("x").host, code: "JATIM" } }, actor),
    );
    expect(wrong).toMatchObject({ ok: false, code: "INVALID" });
    if (wrong.ok) return;
    expect(Object.keys(wrong.fieldErrors ?? {}).sort()).toEqual(["endsAt", "host.code", "targetAmount"]);
    // A day the calendar does not have is refused, not rolled over into March.
    expect(await said(createEvent({ ...bali("jatim-bali-februari"), startsAt: "2026-02-30T09:00", endsAt: "2026-02-12T24:00" }, actor))).toMatchObject({
      ok: false,
      fieldErrors: { startsAt: ["Isi tanggal dan jam."], endsAt: ["Isi tanggal dan jam."] },
    });
    expect(await db.event.count()).toBe(before);
  });
});

describe("updateEventDetails and archiving", () => {
  it("changes the details with before and after in the audit trail; archived missions leave the lists and cannot be edited until restored", async () => {
    const db = await getDb();
    const actor = await organizer();
    await createEvent(bali("jatim-bali-arsip"), actor);
    const event = await db.event.findUniqueOrThrow({ where: { slug: "jatim-bali-arsip" } });
    const details = { ...bali("jatim-bali-arsip"), name: "Misi Dagang Jatim – Bali (diubah)", targetAmount: "", status: "LIVE" };
    expect(await said(updateEventDetails(event.id, details, actor))).toMatchObject({ ok: true });
    expect(await db.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      name: "Misi Dagang Jatim – Bali (diubah)",
      targetAmount: null,
      status: "LIVE",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { eventId: event.id, action: "event.updated" } });
    expect(audit.before).toMatchObject({ name: "Misi Dagang Jawa Timur – Bali", targetAmount: "750000000000" });

    expect(await said(setEventArchived(event.id, true, { reason: "ok" }, actor))).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(Array) } });
    expect(await said(setEventArchived(event.id, true, { reason: "Digabung dengan misi lain" }, actor))).toMatchObject({ ok: true });
    expect((await listPublicEvents()).map((e) => e.slug)).not.toContain("jatim-bali-arsip");
    expect((await listStaffEvents(actor)).map((e) => e.slug)).not.toContain("jatim-bali-arsip");
    expect(await said(updateEventDetails(event.id, details, actor))).toMatchObject({ ok: false, code: "EVENT_ARCHIVED" });
    // Still in the overview: its figures count across missions.
    expect((await eventsOverview()).events.find((m) => m.slug === "jatim-bali-arsip")?.status).toBe("ARCHIVED");

    expect(await said(setEventArchived(event.id, false, { reason: "Jadi diadakan" }, actor))).toMatchObject({ ok: true });
    expect((await listPublicEvents()).map((e) => e.slug)).toContain("jatim-bali-arsip");
    expect(await db.auditEvent.count({ where: { eventId: event.id, action: { in: ["event.archived", "event.restored"] } } })).toBe(2);
  });
});

describe("what a mission's status lets the desks do", () => {
  it("a planned mission registers but does not sign; a live one does both; a closed one refuses new work, answers repeats, and reopens only with a reason", async () => {
    const db = await getDb();
    const actor = await organizer();
    const desk = { ...actor, name: "Meja", email: "meja@misidagang.test", mustChangePassword: false };
    await createEvent(bali("jatim-bali-status"), actor);
    const event = await db.event.findUniqueOrThrow({ where: { slug: "jatim-bali-status" }, select: { id: true, timeZone: true, status: true } });
    expect(event.status).toBe("PLANNED");
    let walkIns = 0;
    const walkIn = (name: string) =>
      said(
        registerWalkIn(
          event.id,
          { sideCode: "JATIM", name, representative: "Wakil", phone: `0812${String(++walkIns).padStart(8, "0")}`, sector: "Kuliner", regency: "Kota Surabaya" },
          desk,
        ),
      );
    const parties = await twoBusinesses(event.id);
    const signing = (key: string) => said(recordCommitment(event, signingRequest(parties, { idempotencyKey: key, commodity: "Kopi" }), desk));
    const details = (status: string, statusReason = "") => ({ ...bali("jatim-bali-status"), status, statusReason });

    // Planned: the lists are made, nothing is signed or checked in.
    expect(await walkIn("Usaha Sebelum Hari H")).toMatchObject({ ok: true });
    expect(await signing(randomUUID())).toMatchObject({
      ok: false,
      code: "MISSION_NOT_OPEN",
      message: expect.stringMatching(/^Misi ini belum berlangsung: penandatanganan tidak dibuka\./),
    });
    expect(await said(checkIn(event, { businessId: parties.visiting.id }, desk))).toMatchObject({ ok: false, code: "MISSION_NOT_OPEN" });

    // Live: everything.
    expect(await said(updateEventDetails(event.id, details("LIVE"), actor))).toMatchObject({ ok: true });
    const key = randomUUID();
    expect(await signing(key)).toMatchObject({ ok: true, data: { repeated: false } });
    expect(await said(checkIn(event, { businessId: parties.visiting.id }, desk))).toMatchObject({ ok: true });

    // Closed: no new registration, check-in or signing; a tablet's retry of a signing made before still gets its answer.
    expect(await said(updateEventDetails(event.id, details("CLOSED"), actor))).toMatchObject({ ok: true });
    const signedBefore = await db.commitment.count({ where: { eventId: event.id } });
    expect(await signing(randomUUID())).toMatchObject({ ok: false, code: "MISSION_NOT_OPEN", message: expect.stringMatching(/^Misi ini sudah selesai/) });
    expect(await signing(key)).toMatchObject({ ok: true, data: { repeated: true } });
    expect(await walkIn("Usaha Sesudah Selesai")).toMatchObject({ ok: false, code: "MISSION_NOT_OPEN" });
    expect(await said(checkIn(event, { businessId: parties.host.id }, desk))).toMatchObject({ ok: false, code: "MISSION_NOT_OPEN" });
    expect(await db.commitment.count({ where: { eventId: event.id } })).toBe(signedBefore);

    // Reopening needs a reason, which the audit trail keeps.
    expect(await said(updateEventDetails(event.id, details("LIVE"), actor))).toMatchObject({ ok: false, fieldErrors: { statusReason: [expect.any(String)] } });
    expect(await said(updateEventDetails(event.id, details("LIVE", "Penandatanganan susulan dengan Dinas"), actor))).toMatchObject({ ok: true });
    // The latest by id: two updates can share a millisecond.
    const reopened = await db.auditEvent.findFirstOrThrow({ where: { eventId: event.id, action: "event.updated" }, orderBy: { id: "desc" } });
    expect(reopened.before).toMatchObject({ status: "CLOSED" });
    expect(reopened.after).toMatchObject({ status: "LIVE", reopenedBecause: "Penandatanganan susulan dengan Dinas" });
    expect(await signing(randomUUID())).toMatchObject({ ok: true });
  });
});

describe("realisation and the overview across missions", () => {
  it("records what signed commitments turned into, and reports committed against realised per mission, partner and year", async () => {
    const db = await getDb();
    const actor = await organizer();
    const demo = await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
    const [first, second] = await db.commitment.findMany({ where: { eventId: demo.id, status: "SIGNED" }, orderBy: { value: "desc" }, take: 2 });
    const voided = await db.commitment.findFirstOrThrow({ where: { eventId: demo.id, status: "VOID" } });
    const scoped = { id: demo.id, timeZone: demo.timeZone };

    expect(
      await recordRealisation(scoped, { commitmentId: first.id, realisedOn: "2025-06-30", amount: "1,5 miliar", note: "Pengiriman pertama" }, actor),
    ).toMatchObject({ ok: true });
    expect(await said(recordRealisation(scoped, { commitmentId: first.id, realisedOn: "2025-08-01", amount: "Rp500.000.000", note: "" }, actor))).toMatchObject(
      {
        ok: true,
      },
    );
    expect(await said(recordRealisation(scoped, { commitmentId: second.id, realisedOn: "2025-07-15", amount: "250 juta", note: "" }, actor))).toMatchObject({
      ok: true,
    });
    expect(await said(recordRealisation(scoped, { commitmentId: voided.id, realisedOn: "2025-07-15", amount: "1 juta", note: "" }, actor))).toMatchObject({
      ok: false,
      code: "NOT_SIGNED",
    });
    expect(await said(recordRealisation(scoped, { commitmentId: second.id, realisedOn: "2999-01-01", amount: "1 juta", note: "" }, actor))).toMatchObject({
      ok: false,
      fieldErrors: { realisedOn: expect.any(Array) },
    });
    expect(await said(recordRealisation(scoped, { commitmentId: second.id, realisedOn: "2025-07-15", amount: "sejuta", note: "" }, actor))).toMatchObject({
      ok: false,
      fieldErrors: { amount: expect.any(Array) },
    });
    // Another event's commitment is not found through this event.
    const practice = await db.event.findFirstOrThrow({ where: { slug: { not: DEMO_SLUG } } });
    expect(
      await recordRealisation(
        { id: practice.id, timeZone: practice.timeZone },
        { commitmentId: first.id, realisedOn: "2025-07-15", amount: "1 juta", note: "" },
        actor,
      ),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.auditEvent.count({ where: { action: "realisation.recorded", eventId: demo.id } })).toBe(3);

    const recap = await eventRecap(demo);
    expect(recap?.realisation).toEqual({ committed: 1_053_146_943_500n, realised: 2_250_000_000n, commitmentsFollowedUp: 2 });

    const { events, byPartner, byYear } = await eventsOverview();
    expect(events.find((m) => m.slug === DEMO_SLUG)).toMatchObject({
      partnerProvince: "Kalimantan Timur",
      year: 2025,
      commitments: 61,
      total: 1_053_146_943_500n,
      official: 1_053_146_943_500n,
      realised: 2_250_000_000n,
    });
    const sum = (rows: { total: bigint }[]) => rows.reduce((s, r) => s + r.total, 0n);
    // Every mission with Kaltim as its partner, the demo's and those other tests made, in one row.
    const withKaltim = events.filter((m) => m.partnerProvince === "Kalimantan Timur");
    expect(withKaltim.length).toBeGreaterThanOrEqual(1);
    expect(byPartner.find((r) => r.key === "Kalimantan Timur")).toMatchObject({
      total: sum(withKaltim),
      realised: withKaltim.reduce((s, m) => s + m.realised, 0n),
    });
    expect(sum(byPartner)).toBe(sum(events));
    expect(sum(byYear)).toBe(sum(events));
    expect(byYear.map((r) => r.key)).toEqual([...byYear.map((r) => r.key)].sort().reverse());
  });
});

describe("a realisation's date, amount and record", () => {
  it("is on or after the signing day and at most a day ahead; it keeps the amount, the note (or none) and who recorded it, with an audit row", async () => {
    const db = await getDb();
    const actor = await organizer();
    const mission = await newPracticeMission();
    const { visiting, host } = await twoBusinesses(mission.id);
    const commitment = (status: "SIGNED" | "DRAFT") =>
      createCommitment(
        db,
        { eventId: mission.id, visitingBusinessId: visiting.id, hostBusinessId: host.id },
        { value: 10_000_000n, status, signedAt: status === "SIGNED" ? new Date("2026-03-10T23:30:00Z") : null },
      );
    const signed = await commitment("SIGNED");
    const draft = await commitment("DRAFT");
    const realise = (commitmentId: string, realisedOn: string, note = "") =>
      said(recordRealisation(mission, { commitmentId, realisedOn, amount: "2,5 juta", note }, actor));
    const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

    // Signed at 06.30 WIB on 11 March (23.30 UTC on the 10th): the 10th is before it.
    expect(await realise(signed.id, "2026-03-10")).toMatchObject({
      ok: false,
      fieldErrors: { realisedOn: ["Realisasi tidak bisa sebelum komitmen ditandatangani."] },
    });
    expect(await realise(draft.id, "2026-03-11")).toMatchObject({ ok: false, code: "NOT_SIGNED" });
    expect(await realise(signed.id, isoDay(2))).toMatchObject({
      ok: false,
      fieldErrors: { realisedOn: ["Realisasi belum bisa dicatat untuk tanggal yang akan datang."] },
    });
    expect(await db.realisation.count({ where: { commitment: { eventId: mission.id } } })).toBe(0);

    const sameDay = await realise(signed.id, "2026-03-11", "  Pembayaran uang muka  ");
    const tomorrow = await realise(signed.id, isoDay(1));
    if (!sameDay.ok || !tomorrow.ok) throw new Error(JSON.stringify([sameDay, tomorrow]));
    expect(await db.realisation.findUniqueOrThrow({ where: { id: sameDay.data.id } })).toMatchObject({
      commitmentId: signed.id,
      realisedOn: new Date("2026-03-11T00:00:00Z"),
      amount: 2_500_000n,
      note: "Pembayaran uang muka",
      createdById: actor.id,
    });
    expect(await db.realisation.findUniqueOrThrow({ where: { id: tomorrow.data.id } })).toMatchObject({ note: null });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "realisation.recorded", after: { path: ["realisationId"], equals: sameDay.data.id } },
    });
    expect(audit).toMatchObject({
      eventId: mission.id,
      actorId: actor.id,
      ip: "10.0.0.1",
      targetType: "Commitment",
      targetId: signed.id,
      after: { realisationId: sameDay.data.id, realisedOn: "2026-03-11", amount: "2500000", note: "Pembayaran uang muka" },
    });
  });
});
