// The totals contract: always derived from signed, non-void commitments; served as JSON strings.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCommitmentLike } from "../support/commitments";
import { withTestDatabase } from "../support/database";
import { newPracticeMission } from "../support/missions";
import { signingRequest, twoBusinesses } from "../support/signing";
import { GET } from "@/app/api/events/[slug]/totals/route";
import { voidCommitment } from "@/lib/commitments/corrections";
import { recordCommitment } from "@/lib/commitments/record-commitment";
import { getDb } from "@/lib/db/client";
import { DEMO_MIDDAY, demoData, PRACTICE_SLUG } from "@/lib/demo/demo-event";
import { publishInterimFigure } from "@/lib/official/interim";
import { said } from "../support/said";
import { eventTotals, targetPassedAt, totalsToJson } from "@/lib/totals/queries";

withTestDatabase({ seedDemo: true });

const getTotals = (slug: string, query = "") => GET(new Request(`http://test/api/events/${slug}/totals${query}`), { params: Promise.resolve({ slug }) });

describe("GET /api/events/{slug}/totals", () => {
  it("serves the demo mission's figures with rupiah as decimal strings and no contact data", async () => {
    const response = await getTotals("jatim-kaltim-2025");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body).toMatchObject({
      event: {
        slug: "jatim-kaltim-2025",
        name: "Misi Dagang Jawa Timur – Kalimantan Timur",
        venue: "Swiss-Belhotel Balikpapan",
        timeZone: "Asia/Makassar",
        startsAt: "2025-05-08T00:00:00.000Z",
      },
      currency: "IDR",
      total: "1053146943500",
      byCategory: { SELL: "598953400000", BUY: "230099300000", INVEST: "224094243500" },
      target: "650000000000",
      recurring: { count: 1, total: "124000000000" },
      commitments: 61,
      agreements: 10,
      agreementParties: { PERANGKAT_DAERAH: 6, BUMD: 10, ASOSIASI: 4, LAINNYA: 0 },
      interim: { asOf: "2025-05-08T04:00:00.000Z", total: "834496700000", byCategory: { SELL: "500400000000", BUY: "190096700000", INVEST: "144000000000" } },
      businesses: { JATIM: { registered: 72, quota: 72 }, KALTIM: { registered: 100, quota: 100 } },
    });
    // The target (Rp650 miliar) was passed by the signing that took the day's ledger past it, in order;
    // and of the missions here, Balikpapan's is the highest.
    let running = 0n;
    const passing = demoData()
      .commitments.filter((c) => c.status === "SIGNED")
      .sort((a, b) => a.signedAt!.getTime() - b.signedAt!.getTime())
      .find((c) => (running += c.value) >= 650_000_000_000n)!;
    const missions = await (await getDb()).event.count({ where: { status: { not: "ARCHIVED" } } });
    expect(missions).toBeGreaterThanOrEqual(2);
    expect(body.milestones).toEqual({ targetPassedAt: passing.signedAt!.toISOString(), rank: { position: 1, of: missions } });
    expect(Object.keys(body.businesses)).toEqual(["JATIM", "KALTIM"]);
    expect(body.businesses.JATIM.checkedIn).toBeLessThanOrEqual(72);
    expect(new Date(body.updatedAt).toISOString()).toBe(body.updatedAt);
    expect(text).not.toMatch(/\+62|@contoh\.id|"nib"|"phone"|"email"/);
  });

  it("answers 404 with a JSON error for an unknown event", async () => {
    const response = await getTotals("tidak-ada");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ ok: false, code: "EVENT_NOT_FOUND", message: "Misi dagang ini tidak ditemukan." });
  });
});

describe("eventTotals", () => {
  it("follows the ledger: a new signature adds, a void removes, a draft and a check-in count where they belong", async () => {
    // On the practice mission, so the demo's published figures stay as they are for the other tests.
    const db = await getDb();
    const practice = await db.event.findUniqueOrThrow({ where: { slug: PRACTICE_SLUG } });
    const { visiting, host } = await twoBusinesses(practice.id);
    const before = (await eventTotals(PRACTICE_SLUG))!;
    const template = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED", category: "INVEST" } });
    const onPractice = { eventId: practice.id, visitingBusinessId: visiting.id, hostBusinessId: host.id };

    const kept = await createCommitmentLike(db, template, { ...onPractice, value: 5_000_000n, signedAt: new Date() });
    const draft = await createCommitmentLike(db, template, { ...onPractice, status: "DRAFT", signedAt: null, value: 7_000_000n });
    const withKept = (await eventTotals(PRACTICE_SLUG))!;
    expect(withKept.total).toBe(before.total + 5_000_000n);

    await db.commitment.update({ where: { id: draft.id }, data: { status: "SIGNED", signedAt: new Date() } });
    const signed = (await eventTotals(PRACTICE_SLUG))!;
    expect(signed.total).toBe(withKept.total + 7_000_000n);
    expect(signed.byCategory.INVEST).toBe(withKept.byCategory.INVEST + 7_000_000n);
    expect(signed.commitments).toBe(withKept.commitments + 1);
    expect(signed.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());

    await db.commitment.update({ where: { id: kept.id }, data: { status: "VOID", voidedAt: new Date(), voidReason: "uji" } });
    const voided = (await eventTotals(PRACTICE_SLUG))!;
    expect(voided.total).toBe(before.total + 7_000_000n);
    expect(voided.commitments).toBe(withKept.commitments);

    await db.business.update({ where: { id: visiting.id }, data: { checkedInAt: new Date() } });
    const jatim = (await eventTotals(PRACTICE_SLUG))!.businesses.find((b) => b.code === "JATIM")!;
    expect(jatim.checkedIn).toBe(before.businesses.find((b) => b.code === "JATIM")!.checkedIn + 1);
  });

  it("is never compiled by PostgreSQL's JIT first: at a million commitments that took 100 ms of a 5 ms snapshot", async () => {
    // The app's connections run with jit=off (lib/db/client.ts); the embedded database has no JIT at all.
    const [{ available }] = await (await getDb()).$queryRaw<{ available: boolean }[]>`SELECT pg_jit_available() AS available`;
    expect(available).toBe(false);
  });

  it("returns null for an unknown event or a malformed slug", async () => {
    expect(await eventTotals("tidak-ada")).toBeNull();
    expect(await eventTotals("../../etc/passwd")).toBeNull();
    expect(await eventTotals("x".repeat(500))).toBeNull();
  });
});

describe("figures as of a moment", () => {
  it("the demo at 12.00 WITA is the midday announcement, Rp834.496.700.000, before any official figure", async () => {
    const response = await getTotals("jatim-kaltim-2025", `?asOf=${encodeURIComponent("2025-05-08T12:00:00+08:00")}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    const morning = demoData().commitments.filter((c) => c.status === "SIGNED" && c.signedAt! <= DEMO_MIDDAY.at);
    expect(body).toMatchObject({ total: "834496700000", commitments: morning.length, official: null, recurring: { count: 1, total: "124000000000" } });
    // The parts add up to it, and the ticker ends at noon.
    expect(Object.values(body.byCategory as Record<string, string>).reduce((sum, v) => sum + BigInt(v), 0n)).toBe(834_496_700_000n);
    for (const signing of body.latest) expect(new Date(signing.signedAt).getTime()).toBeLessThanOrEqual(DEMO_MIDDAY.at.getTime());
    // At 17.00 WITA, the official figure frozen then is there, and the whole day's total.
    const evening = await (await getTotals("jatim-kaltim-2025", `?asOf=${encodeURIComponent("2025-05-08T17:00:00+08:00")}`)).json();
    expect(evening).toMatchObject({ total: "1053146943500", official: { total: "1053146943500" } });
  });

  it("a void after the moment leaves the figure as it stood then; one before it takes the commitment out", async () => {
    const db = await getDb();
    const event = await db.event.findUniqueOrThrow({ where: { slug: PRACTICE_SLUG }, select: { id: true, timeZone: true } });
    const { visiting, host } = await twoBusinesses(event.id);
    const user = await db.user.create({ data: { email: `${randomUUID()}@asof.test`, name: "Panitia", role: "ADMIN", passwordHash: "x" } });
    const organizer = {
      id: user.id,
      name: user.name,
      email: user.email,
      role: "ADMIN" as const,
      mustChangePassword: false,
      ip: "10.0.0.8",
      userAgent: "vitest",
    };
    const sign = async (value: string) => {
      const recorded = await recordCommitment(event, signingRequest({ visiting, host }, { commodity: "Telur ayam", value }), organizer);
      if (!recorded.ok) throw new Error(JSON.stringify(recorded));
      return recorded.data.id;
    };
    const start = (await eventTotals(PRACTICE_SLUG))!.total;
    const first = await sign("11 juta");
    await sign("22 juta");
    const moment = new Date();
    await expect.poll(() => Date.now()).toBeGreaterThan(moment.getTime());
    expect(await voidCommitment(event, { commitmentId: first, reason: "Salah pihak" }, organizer)).toMatchObject({ ok: true });
    const asOf = async (at: Date) => (await eventTotals(PRACTICE_SLUG, { asOf: at }))!.total - start;

    expect(await asOf(moment)).toBe(33_000_000n); // voided after the moment: still in the figure then
    expect(await asOf(new Date())).toBe(22_000_000n); // and out of it once voided
    expect((await eventTotals(PRACTICE_SLUG))!.total - start).toBe(22_000_000n);
  });

  it("refuses a moment it cannot read, saying what it wants", async () => {
    const response = await getTotals("jatim-kaltim-2025", "?asOf=kemarin-siang");
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { asOf: [expect.stringContaining("2025-05-08T12:00:00+08:00")] } });
  });
});

describe("interim announcements", () => {
  it("state the ledger at the moment named, are kept as announced, and refuse a moment still to come", async () => {
    const db = await getDb();
    const event = await db.event.findUniqueOrThrow({ where: { slug: "jatim-kaltim-2025" }, select: { id: true, timeZone: true } });
    const user = await db.user.create({ data: { email: `${randomUUID()}@interim.test`, name: "Panitia", role: "ADMIN", passwordHash: "x" } });
    const organizer = {
      id: user.id,
      name: user.name,
      email: user.email,
      role: "ADMIN" as const,
      mustChangePassword: false,
      ip: "10.0.0.8",
      userAgent: "vitest",
    };

    const announced = await said(publishInterimFigure(event, { asOf: "2025-05-08T11:00", note: "Pukul 11.00" }, organizer));
    if (!announced.ok) throw new Error(JSON.stringify(announced));
    const at11 = (await eventTotals("jatim-kaltim-2025", { asOf: new Date("2025-05-08T11:00:00+08:00") }))!;
    expect(BigInt(announced.data.total)).toBe(at11.total);
    expect(await db.auditEvent.count({ where: { action: "interim_figure.published", targetId: announced.data.id, actorId: organizer.id } })).toBe(1);
    // The latest by its moment is the one shown: 12.00 stays ahead of a later announcement about 11.00.
    expect((await eventTotals("jatim-kaltim-2025"))!.interim).toMatchObject({ total: 834_496_700_000n });

    // Announced again at 12.00, as the hall heard it: every category and the count, and the note as typed.
    const midday = await said(publishInterimFigure(event, { asOf: "2025-05-08T12:00", note: "  Sampai dengan siang  " }, organizer));
    if (!midday.ok) throw new Error(JSON.stringify(midday));
    expect(await db.interimFigure.findUniqueOrThrow({ where: { id: midday.data.id } })).toMatchObject({
      total: 834_496_700_000n,
      sell: 500_400_000_000n,
      buy: 190_096_700_000n,
      invest: 144_000_000_000n,
      commitments: 43,
      note: "Sampai dengan siang",
    });
    const withoutNote = await said(publishInterimFigure(event, { asOf: "2025-05-08T10:00" }, organizer));
    if (!withoutNote.ok) throw new Error(JSON.stringify(withoutNote));
    expect((await db.interimFigure.findUniqueOrThrow({ where: { id: withoutNote.data.id } })).note).toBeNull();
    for (const asOf of ["2025-05-08T25:00", "2025-13-01T10:00", "8 Mei 12.00"])
      expect(await said(publishInterimFigure(event, { asOf }, organizer)), asOf).toMatchObject({
        ok: false,
        code: "INVALID",
        fieldErrors: { asOf: [expect.any(String)] },
      });

    expect(await said(publishInterimFigure(event, { asOf: "2999-01-01T12:00" }, organizer))).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { asOf: ["Waktunya belum tiba: angka sementara menyatakan buku besar pada waktu yang sudah lewat."] },
    });
    await expect(db.interimFigure.update({ where: { id: announced.data.id }, data: { total: 1n, sell: 1n, buy: 0n, invest: 0n } })).rejects.toThrow(
      /never changed/,
    );
  });
});

describe("the target and the sectors", () => {
  it("the target is passed by the signing that reaches it exactly, not before; sectors come largest first, ties by name, and empty ones are left out", async () => {
    const db = await getDb();
    const event = await newPracticeMission({ targetAmount: 15_000_000n });
    const slug = event.slug;
    const { visiting, host } = await twoBusinesses(event.id);
    const template = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED" } });
    const sign = (value: bigint, sector: string, signedAt: Date) =>
      createCommitmentLike(db, template, { eventId: event.id, visitingBusinessId: visiting.id, hostBusinessId: host.id, value, sector, signedAt });

    const first = await sign(10_000_000n, "Perikanan", new Date("2026-01-05T01:00:00Z"));
    expect(await targetPassedAt((await eventTotals(slug))!)).toBeNull();
    const second = await sign(5_000_000n, "Kuliner", new Date("2026-01-05T02:00:00Z"));
    const reached = (await eventTotals(slug))!;
    expect(reached.total).toBe(reached.target);
    expect(await targetPassedAt(reached)).toEqual(second.signedAt);
    // As the ledger stood before the second signing, it had not been passed.
    expect(await targetPassedAt(reached, new Date("2026-01-05T01:30:00Z"))).toBeNull();
    expect(first.signedAt!.getTime()).toBeLessThan(second.signedAt!.getTime());

    await sign(5_000_000n, "Fesyen", new Date("2026-01-05T03:00:00Z"));
    const voided = await sign(2_000_000n, "Kriya", new Date("2026-01-05T04:00:00Z"));
    await db.commitment.update({ where: { id: voided.id }, data: { status: "VOID", voidedAt: new Date(), voidReason: "uji" } });
    expect((await eventTotals(slug))!.bySector).toEqual([
      { sector: "Perikanan", total: 10_000_000n },
      { sector: "Fesyen", total: 5_000_000n },
      { sector: "Kuliner", total: 5_000_000n },
    ]);
  });
});

describe("sectors, the frozen figure's sectors and the moment's counts", () => {
  it("sorts many sectors by total, ties by name; a sector only signed after the freeze is not in the frozen figure's; the JSON carries what changed since", async () => {
    const db = await getDb();
    const event = await newPracticeMission();
    const { visiting, host } = await twoBusinesses(event.id);
    const template = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED" } });
    const sign = (value: bigint, sector: string, signedAt = new Date(Date.now() - 60_000)) =>
      createCommitmentLike(db, template, {
        eventId: event.id,
        visitingBusinessId: visiting.id,
        hostBusinessId: host.id,
        value,
        sector,
        signedAt,
        category: "SELL",
      });
    // Signed in an order that is neither by total nor by name.
    for (const [sector, value] of [
      ["Kriya", 2n],
      ["Agro", 5n],
      ["Perikanan", 3n],
      ["Energi", 3n],
      ["Tekstil", 5n],
      ["Batik", 1n],
      ["Jasa", 3n],
    ] as const)
      await sign(value * 1_000_000n, sector);
    const expected = [
      ["Agro", 5],
      ["Tekstil", 5],
      ["Energi", 3],
      ["Jasa", 3],
      ["Perikanan", 3],
      ["Kriya", 2],
      ["Batik", 1],
    ].map(([sector, millions]) => ({ sector, total: BigInt(millions) * 1_000_000n }));
    const before = (await eventTotals(event.slug))!;
    expect(before.bySector).toEqual(expected);

    const organizer = await db.user.create({ data: { email: `${randomUUID()}@panitia.test`, name: "Panitia", role: "ADMIN", passwordHash: "x" } });
    await db.officialFigure.create({
      data: {
        eventId: event.id,
        frozenAt: new Date(),
        sell: before.total,
        buy: 0n,
        invest: 0n,
        total: before.total,
        commitments: before.commitments,
        agreements: 0,
        frozenById: organizer.id,
      },
    });
    const later = await sign(9_000_000n, "Wisata", new Date(Date.now() + 1_000));
    const inFigure = await db.commitment.findFirstOrThrow({ where: { eventId: event.id, sector: "Batik" } });
    await db.commitment.update({ where: { id: inFigure.id }, data: { status: "VOID", voidedAt: new Date(Date.now() + 2_000), voidReason: "Salah catat" } });

    const after = (await eventTotals(event.slug))!;
    expect(after.bySector.map((s) => s.sector)).toEqual(["Wisata", "Agro", "Tekstil", "Energi", "Jasa", "Perikanan", "Kriya"]);
    // As frozen: Wisata (signed after) is not there, Batik (voided after) still is.
    expect(after.official!.bySector).toEqual(expected);
    const json = totalsToJson(after, null);
    expect(json.official!.sinceCutOff).toEqual({ signed: { count: 1, total: later.value.toString() }, voided: { count: 1, total: "1000000" } });
    expect(json.milestones).toEqual({ rank: after.milestones.rank, targetPassedAt: null });
    expect(totalsToJson(after).milestones).toEqual({ rank: after.milestones.rank });
  });

  it("as of a moment, counts the businesses registered and checked in by then, and the interim figure published by then", async () => {
    const db = await getDb();
    const event = await newPracticeMission();
    const moment = new Date("2026-01-05T05:00:00Z");
    const before = new Date(moment.getTime() - 60_000);
    const after = new Date(moment.getTime() + 60_000);
    const { visiting, host } = await twoBusinesses(event.id);
    await db.business.update({ where: { id: visiting.id }, data: { createdAt: before, checkedInAt: before } });
    await db.business.update({ where: { id: host.id }, data: { createdAt: before, checkedInAt: after } });
    const { visiting: lateComer } = await twoBusinesses(event.id);
    await db.business.update({ where: { id: lateComer.id }, data: { createdAt: after } });
    const organizer = await db.user.create({ data: { email: `${randomUUID()}@panitia.test`, name: "Panitia", role: "ADMIN", passwordHash: "x" } });
    const interim = (asOf: Date, publishedAt: Date) =>
      db.interimFigure.create({
        data: { eventId: event.id, asOf, publishedAt, total: 0n, sell: 0n, buy: 0n, invest: 0n, commitments: 0, publishedById: organizer.id },
      });
    const published = await interim(before, before);
    await interim(moment, after);

    const then = (await eventTotals(event.slug, { asOf: moment }))!;
    expect(then.businesses.map((s) => [s.code, s.registered, s.checkedIn])).toEqual([
      ["JATIM", 1, 1],
      ["KALTIM", 1, 0],
    ]);
    expect(then.interim?.publishedAt).toEqual(published.publishedAt);
    const now = (await eventTotals(event.slug))!;
    expect(now.businesses.map((s) => [s.code, s.registered, s.checkedIn])).toEqual([
      ["JATIM", 2, 1],
      ["KALTIM", 2, 1],
    ]);
    expect(now.interim?.publishedAt).toEqual(after);
  });
});
