// The recap and press paragraph of the demo mission: the figures the organizers hand over.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actAs, createFixtures, type Fixtures } from "../support/personas";
import { beforeAllOrFail, withTestDatabase } from "../support/database";
import { pdfText } from "../support/pdf";
import { GET as getRecapPdf } from "@/app/api/events/[slug]/recap/route";
import { requestContext } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { createCommitment, createCommitmentLike } from "../support/commitments";
import { DEMO_EVENT, DEMO_SIDES, DEMO_SLUG } from "@/lib/demo/demo-event";
import { repeatPartners } from "@/lib/businesses/queries";
import { newPublicCode } from "@/lib/codes";
import { pressFiguresOf, pressSummary } from "@/lib/reports/press-summary";
import { eventRecap } from "@/lib/reports/recap";
import { newBusiness, newPracticeMission } from "../support/missions";

vi.mock("@/lib/auth/request", () => ({ requestContext: vi.fn() }));
withTestDatabase({ seedDemo: true });

let fixtures: Fixtures;
beforeAllOrFail(async () => {
  fixtures = await createFixtures();
});

async function demoRecap() {
  const db = await getDb();
  const event = await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  return (await eventRecap(event))!;
}

describe("the demo mission's recap", () => {
  it("adds up to the announced Rp1.053.146.943.500 however it is cut", async () => {
    const recap = await demoRecap();
    const official = recap.totals.official!;
    expect(official.total).toBe(1_053_146_943_500n);
    expect(official.byCategory).toEqual({ SELL: 598_953_400_000n, BUY: 230_099_300_000n, INVEST: 224_094_243_500n });
    const sum = (rows: { total: bigint }[]) => rows.reduce((s, r) => s + r.total, 0n);
    expect(sum(recap.bySector)).toBe(recap.totals.total);
    expect(sum(recap.byInstrument)).toBe(recap.totals.total);
    // Each side's kabupaten/kota account for every signed commitment once.
    for (const side of recap.byRegency) expect(sum(side.rows)).toBe(recap.totals.total);
    expect(recap.bySector.reduce((n, r) => n + r.count, 0)).toBe(recap.totals.commitments);
    expect(recap.top).toHaveLength(10);
    expect(recap.top.map((c) => c.value)).toEqual([...recap.top.map((c) => c.value)].sort((a, b) => (b > a ? 1 : b < a ? -1 : 0)));
    expect(recap.agreements).toHaveLength(recap.totals.agreements);
    expect(recap.realisation).toMatchObject({ committed: recap.totals.total });
  });

  it("gives the press the final figure with categories that agree with it", async () => {
    const text = pressSummary(pressFiguresOf(await demoRecap()), "id");
    expect(text).toContain(
      "total transaksi final Rp1.053.146.943.500 (Rp1,05 triliun), terdiri dari Jatim menjual Rp598,953 miliar, Jatim membeli Rp230,099 miliar, dan Jatim berinvestasi Rp224,094 miliar",
    );
    expect(text).toContain("Selain itu, ditandatangani 10 perjanjian kerja sama (PKS) oleh 6 perangkat daerah, 10 BUMD, dan 4 asosiasi kedua provinsi.");
    expect(text).not.toContain("juta");
    expect(pressSummary(pressFiguresOf(await demoRecap()), "en")).toContain(
      "final transactions of Rp1,053,146,943,500 (Rp1.05 trillion), consisting of Jatim sales of Rp598.953 billion",
    );
  });

  it("prints as a PDF stating the total in figures and in words, in either language", async () => {
    await actAs("organizer", fixtures, requestContext);
    const get = (lang: string) =>
      getRecapPdf(new Request(`http://test/api/events/${DEMO_SLUG}/recap?lang=${lang}`), { params: Promise.resolve({ slug: DEMO_SLUG }) });

    const response = await get("id");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="rekap-${DEMO_SLUG}.pdf"`);
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain("REKAPITULASI TRANSAKSI MISI DAGANG");
    expect(text).toContain("Rp1.053.146.943.500 (Rp1,05 triliun)");
    expect(text).toContain("satu triliun lima puluh tiga miliar seratus empat puluh enam juta sembilan ratus empat puluh tiga ribu lima ratus rupiah");
    expect(text).toContain("Rp598.953.400.000");
    expect(text).toContain("Jatim menjual Rp598,953 miliar");
    // The fish-feed deal among the largest, with its period.
    expect(text).toContain("Rp124.000.000.000 per tahun, selama 3 tahun");
    expect(text).not.toMatch(/\+62|@contoh\.id/);

    const english = await pdfText(new Uint8Array(await (await get("en")).arrayBuffer()));
    expect(english).toContain("TRADE MISSION TRANSACTION RECAP");
    expect(english).toContain("Rp1,053,146,943,500 (Rp1.05 trillion)");
    expect(english).toContain("one trillion fifty-three billion one hundred forty-six million nine hundred forty-three thousand five hundred rupiah");
  });
});

describe("after the cut-off", () => {
  it("keeps the press on the official figure and says which figures include later changes", async () => {
    const db = await getDb();
    const template = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED", event: { slug: DEMO_SLUG } } });
    await createCommitmentLike(db, template, { value: 1_000_000n, signedAt: new Date() });
    const recap = await demoRecap();
    expect(recap.totals.total).toBe(1_053_147_943_500n);
    expect(recap.totals.official?.since.signed).toEqual({ count: 1, total: 1_000_000n });
    expect(pressSummary(pressFiguresOf(recap), "id")).toContain("total transaksi final Rp1.053.146.943.500");

    await actAs("organizer", fixtures, requestContext);
    const response = await getRecapPdf(new Request(`http://test/api/events/${DEMO_SLUG}/recap?lang=id`), { params: Promise.resolve({ slug: DEMO_SLUG }) });
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain("Rp1.053.146.943.500 (Rp1,05 triliun)");
    expect(text).toContain("Sesudah batas waktu: 1 komitmen baru (Rp1 juta)");
    expect(text).toContain("menurut buku besar saat ini (Rp1.053.147.943.500)");
  });
});

describe("repeat partners", () => {
  it("a business of a later mission that took part in Balikpapan (by NIB) shows it on its page and in the recap; an archived mission is left out", async () => {
    const db = await getDb();
    const demo = await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, select: { id: true, status: true } });
    const returning = await db.business.findFirstOrThrow({ where: { eventId: demo.id, nib: { not: null }, side: { code: "JATIM" } } });
    const later = await db.event.create({
      data: {
        ...DEMO_EVENT,
        slug: `jatim-kaltim-2026-${newPublicCode(4).toLowerCase()}`,
        name: "Misi Dagang Jawa Timur – Kalimantan Timur 2026",
        startsAt: new Date("2026-05-07T08:00:00+08:00"),
        endsAt: new Date("2026-05-07T17:00:00+08:00"),
        status: "PLANNED",
        sides: { create: DEMO_SIDES },
      },
      include: { sides: true },
    });
    const again = await db.business.create({
      data: {
        eventId: later.id,
        sideId: later.sides.find((s) => s.code === "JATIM")!.id,
        name: returning.name,
        representative: returning.representative,
        sector: returning.sector,
        regency: returning.regency,
        nib: returning.nib,
        source: "PRE_REGISTERED",
        badgeCode: newPublicCode(),
      },
    });
    await db.business.create({
      data: {
        eventId: later.id,
        sideId: later.sides.find((s) => s.code === "KALTIM")!.id,
        name: "Usaha Baru Pertama Kali",
        representative: "Baru",
        sector: "Kuliner",
        regency: "",
        nib: "6400000000001",
        source: "PRE_REGISTERED",
        badgeCode: newPublicCode(),
      },
    });

    const earlier = async () => (await repeatPartners(later.id, { businessId: again.id })).flatMap((p) => p.missions.map((m) => m.name));
    expect(await earlier()).toEqual(["Misi Dagang Jawa Timur – Kalimantan Timur"]);
    // The page dates each mission on its own clock.
    expect((await repeatPartners(later.id, { businessId: again.id }))[0].missions[0]).toMatchObject({
      slug: DEMO_SLUG,
      city: DEMO_EVENT.city,
      startsAt: DEMO_EVENT.startsAt,
      timeZone: DEMO_EVENT.timeZone,
    });
    const recap = (await eventRecap(later))!;
    expect(recap.repeatPartners).toEqual([{ name: returning.name, side: "Jatim", missions: ["Misi Dagang Jawa Timur – Kalimantan Timur"] }]);
    // The earlier mission does not count the later one, and an archived mission is no reference.
    expect((await demoRecap()).repeatPartners).toEqual([]);
    await db.event.update({ where: { id: demo.id }, data: { status: "ARCHIVED" } });
    try {
      expect(await earlier()).toEqual([]);
      expect((await eventRecap(later))!.repeatPartners).toEqual([]);
    } finally {
      await db.event.update({ where: { id: demo.id }, data: { status: demo.status } });
    }
  });
});

describe("a small mission's recap, row by row", () => {
  it("cuts the ledger by sector, instrument and regency, largest first then by name; lists the largest deals and the agreements in force; counts realisation of signed deals only", async () => {
    const db = await getDb();
    const mission = await newPracticeMission();
    const business = (role: "VISITING" | "HOST", name: string, regency: string) => newBusiness(mission.id, role, name, { regency });
    const surabaya = await business("VISITING", "CV Surabaya Rasa", "Kota Surabaya");
    const malang = await business("VISITING", "UD Malang Jaya", "Kota Malang");
    const balikpapan = await business("HOST", "PT Balikpapan Niaga", "Kota Balikpapan");
    let minute = 0;
    const deal = async (visiting: { id: string }, value: bigint, extra: Partial<Prisma.CommitmentUncheckedCreateInput> = {}) =>
      createCommitment(
        db,
        { eventId: mission.id, visitingBusinessId: visiting.id, hostBusinessId: balikpapan.id },
        { commodity: `Komoditas ${value}`, value, signedAt: new Date(Date.UTC(2026, 11, 10, 2, minute++)), ...extra },
      );
    const big = await deal(surabaya, 500_000_000n, { sector: "Perikanan", instrument: "CONTRACT", category: "BUY", recurrence: "YEARLY", recurrenceYears: 2 });
    const first = await deal(malang, 200_000_000n, { sector: "Fesyen" });
    const tie = await deal(surabaya, 200_000_000n, { sector: "Kerajinan", instrument: "LOI" });
    await deal(malang, 100_000_000n);
    const voided = await deal(surabaya, 900_000_000n, { status: "VOID", voidedAt: new Date(), voidReason: "Salah catat" });
    await deal(malang, 700_000_000n, { status: "DRAFT", signedAt: null });
    await db.realisation.createMany({
      data: [
        { commitmentId: big.id, realisedOn: new Date("2027-02-01"), amount: 100_000_000n },
        { commitmentId: big.id, realisedOn: new Date("2027-04-01"), amount: 50_000_000n },
        { commitmentId: tie.id, realisedOn: new Date("2027-04-01"), amount: 10_000_000n },
        { commitmentId: voided.id, realisedOn: new Date("2027-04-01"), amount: 999_000_000n },
      ],
    });
    const tag = randomUUID().slice(0, 6);
    const jatim = await db.agreementParty.create({ data: { province: "Jawa Timur", name: `Dinas A ${tag}`, kind: "PERANGKAT_DAERAH" } });
    const kaltim = await db.agreementParty.create({ data: { province: "Kalimantan Timur", name: `Dinas B ${tag}`, kind: "BUMD" } });
    const agreement = (title: string, signedOn: string, extra: Record<string, unknown> = {}) =>
      db.agreement.create({
        data: {
          eventId: mission.id,
          visitingPartyId: jatim.id,
          hostPartyId: kaltim.id,
          title,
          visitingSignatory: "A",
          hostSignatory: "B",
          signedOn: new Date(signedOn),
          ...extra,
        },
      });
    await agreement("Yang kedua", "2026-12-11");
    await agreement("Yang pertama", "2026-12-09");
    await agreement("Yang batal", "2026-12-08", { status: "VOID", voidedAt: new Date(), voidReason: "Batal ditandatangani" });

    const recap = (await eventRecap(mission))!;
    expect(recap.totals.total).toBe(1_000_000_000n);
    expect(recap.sides.map((s) => [s.role, s.code, s.shortName, s.province])).toEqual([
      ["VISITING", "JATIM", "Jatim", "Jawa Timur"],
      ["HOST", "KALTIM", "Kaltim", "Kalimantan Timur"],
    ]);
    expect(recap.bySector).toEqual([
      { label: "Perikanan", count: 1, total: 500_000_000n },
      { label: "Fesyen", count: 1, total: 200_000_000n },
      { label: "Kerajinan", count: 1, total: 200_000_000n },
      { label: "Kuliner", count: 1, total: 100_000_000n },
    ]);
    expect(recap.byInstrument).toEqual([
      { instrument: "CONTRACT", label: "CONTRACT", count: 1, total: 500_000_000n },
      { instrument: "MOU", label: "MOU", count: 2, total: 300_000_000n },
      { instrument: "LOI", label: "LOI", count: 1, total: 200_000_000n },
    ]);
    expect(recap.byRegency).toEqual([
      {
        sideCode: "JATIM",
        rows: [
          { label: "Kota Surabaya", count: 2, total: 700_000_000n },
          { label: "Kota Malang", count: 2, total: 300_000_000n },
        ],
      },
      { sideCode: "KALTIM", rows: [{ label: "Kota Balikpapan", count: 4, total: 1_000_000_000n }] },
    ]);
    // Equal values: the one signed first comes first.
    expect(recap.top).toEqual([
      {
        visiting: "CV Surabaya Rasa",
        host: "PT Balikpapan Niaga",
        category: "BUY",
        commodity: big.commodity,
        instrument: "CONTRACT",
        value: 500_000_000n,
        recurrence: "YEARLY",
        recurrenceYears: 2,
      },
      {
        visiting: "UD Malang Jaya",
        host: "PT Balikpapan Niaga",
        category: "SELL",
        commodity: first.commodity,
        instrument: "MOU",
        value: 200_000_000n,
        recurrence: "ONE_OFF",
        recurrenceYears: null,
      },
      expect.objectContaining({ visiting: "CV Surabaya Rasa", value: 200_000_000n, instrument: "LOI" }),
      expect.objectContaining({ visiting: "UD Malang Jaya", value: 100_000_000n }),
    ]);
    expect(recap.agreements).toEqual([
      { visitingParty: jatim.name, hostParty: kaltim.name, title: "Yang pertama", signedOn: new Date("2026-12-09") },
      { visitingParty: jatim.name, hostParty: kaltim.name, title: "Yang kedua", signedOn: new Date("2026-12-11") },
    ]);
    expect(recap.realisation).toEqual({ committed: 1_000_000_000n, realised: 160_000_000n, commitmentsFollowedUp: 2 });
    expect(recap.repeatPartners).toEqual([]);
  });

  it("puts equal figures in name order and equal deals in signing order, whatever order they were written in, and leaves out a sector all voided", async () => {
    const db = await getDb();
    // The host side written first: the recap still lists the visiting side first.
    const mission = await db.event.create({
      data: {
        ...DEMO_EVENT,
        slug: `urutan-${newPublicCode().toLowerCase()}`,
        status: "LIVE",
        sides: { create: [DEMO_SIDES[1], DEMO_SIDES[0]] },
      },
      select: { id: true, slug: true },
    });
    const business = (role: "VISITING" | "HOST", name: string) => newBusiness(mission.id, role, name, { regency: "Kota Surabaya" });
    const [seller, buyer] = await Promise.all([business("VISITING", "CV Penjual"), business("HOST", "PT Pembeli")]);
    const parties = { eventId: mission.id, visitingBusinessId: seller.id, hostBusinessId: buyer.id };
    const later = await createCommitment(db, parties, {
      sector: "Perikanan",
      value: 300_000_000n,
      commodity: "Yang kemudian",
      signedAt: new Date("2026-12-10T02:05:00Z"),
    });
    const earlier = await createCommitment(db, parties, {
      sector: "Fesyen",
      value: 300_000_000n,
      commodity: "Yang dahulu",
      signedAt: new Date("2026-12-10T02:01:00Z"),
    });
    const undone = await createCommitment(db, parties, { sector: "Kriya", value: 50_000_000n, signedAt: new Date("2026-12-10T02:03:00Z") });
    await db.commitment.update({ where: { id: undone.id }, data: { status: "VOID", voidedAt: new Date(), voidReason: "Salah catat" } });

    const recap = (await eventRecap(mission))!;
    expect(recap.sides.map((s) => s.role)).toEqual(["VISITING", "HOST"]);
    expect(recap.bySector).toEqual([
      { label: "Fesyen", count: 1, total: 300_000_000n },
      { label: "Perikanan", count: 1, total: 300_000_000n },
    ]);
    expect(recap.top.map((c) => c.commodity)).toEqual([earlier.commodity, later.commodity]);
  });

  it("there is none for a mission that does not exist", async () => {
    expect(await eventRecap({ id: "tidak-ada", slug: "tidak-ada" })).toBeNull();
  });
});
