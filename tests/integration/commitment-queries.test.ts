// What staff pages and the public verification page read about commitments: each list and each
// record only of the mission asked about, in the order the desk expects, a page at a time.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCommitment } from "../support/commitments";
import { withTestDatabase } from "../support/database";
import { newPracticeMission } from "../support/missions";
import { twoBusinesses } from "../support/signing";
import {
  COMMITMENTS_PAGE,
  commitmentDetail,
  commitmentFilters,
  commitmentsOfBusiness,
  listCommitments,
  realisationsOf,
  verification,
} from "@/lib/commitments/queries";
import { signingSetup } from "@/lib/commitments/signing-setup";
import { getDb } from "@/lib/db/client";

withTestDatabase({ seedDemo: true });

async function missionWithCommitments(count: number, status: "SIGNED" | "DRAFT" | "VOID" = "SIGNED") {
  const db = await getDb();
  const mission = await newPracticeMission();
  const { visiting, host } = await twoBusinesses(mission.id);
  const base = Date.UTC(2026, 11, 10, 1);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const created = await createCommitment(
      db,
      { eventId: mission.id, visitingBusinessId: visiting.id, hostBusinessId: host.id },
      {
        commodity: `Barang ${i}`,
        value: BigInt(1_000_000 + i),
        status,
        signedAt: status === "DRAFT" ? null : new Date(base + i * 60_000),
        voidedAt: status === "VOID" ? new Date(base + i * 60_000 + 1) : null,
        createdAt: new Date(base + i * 60_000),
      },
    );
    ids.push(created.id);
  }
  return { mission, visiting, host, ids };
}

describe("the signing desk's list", () => {
  it("is this mission's, newest first, 50 a page, filtered by status; a page past the end is empty", async () => {
    const { mission, ids } = await missionWithCommitments(COMMITMENTS_PAGE + 3);
    await missionWithCommitments(2); // another mission's
    const db = await getDb();
    await db.commitment.update({ where: { id: ids[0] }, data: { status: "VOID", voidedAt: new Date(), voidReason: "Salah catat" } });

    const first = await listCommitments(mission.id, commitmentFilters.parse({}));
    expect(first).toMatchObject({ total: COMMITMENTS_PAGE + 3, pages: 2 });
    expect(first.rows.map((r) => r.id)).toEqual([...ids].reverse().slice(0, COMMITMENTS_PAGE));
    expect(first.rows[0]).toMatchObject({
      commodity: `Barang ${COMMITMENTS_PAGE + 2}`,
      status: "SIGNED",
      visitingBusiness: { side: { shortName: "Jatim", province: "Jawa Timur" } },
      hostBusiness: { side: { shortName: "Kaltim" } },
    });
    const second = await listCommitments(mission.id, commitmentFilters.parse({ page: "2" }));
    expect(second.rows.map((r) => r.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect((await listCommitments(mission.id, commitmentFilters.parse({ page: "3" }))).rows).toEqual([]);

    const voided = await listCommitments(mission.id, commitmentFilters.parse({ status: "VOID" }));
    expect(voided).toMatchObject({ total: 1, pages: 1, rows: [{ id: ids[0], status: "VOID" }] });
    // A status or page that is not one falls back to all, page 1.
    expect(commitmentFilters.parse({ status: "DELETED", page: "-4" })).toEqual({ status: undefined, page: 1 });
    expect(commitmentFilters.parse({ page: "10001" })).toEqual({ status: undefined, page: 1 });
  });

  it("orders by when each was written, the later id first for the same moment, and gives each row's time", async () => {
    const { mission, ids } = await missionWithCommitments(3);
    const db = await getDb();
    const moment = new Date(Date.UTC(2026, 11, 10, 5));
    // The first and the last written at the same moment, the middle one earlier.
    await db.commitment.update({ where: { id: ids[0] }, data: { createdAt: moment } });
    await db.commitment.update({ where: { id: ids[2] }, data: { createdAt: moment } });
    const { rows } = await listCommitments(mission.id, commitmentFilters.parse({}));
    const sameMoment = [ids[0], ids[2]].sort().reverse();
    expect(rows.map((r) => r.id)).toEqual([...sameMoment, ids[1]]);
    expect(rows.map((r) => r.createdAt)).toEqual([moment, moment, new Date(Date.UTC(2026, 11, 10, 1, 1))]);
    expect(Object.keys(rows[0]).sort()).toEqual([
      "category",
      "commodity",
      "createdAt",
      "hostBusiness",
      "id",
      "signedAt",
      "status",
      "value",
      "visitingBusiness",
    ]);
  });

  it("an empty mission has one empty page", async () => {
    const mission = await newPracticeMission();
    expect(await listCommitments(mission.id, commitmentFilters.parse({}))).toEqual({ total: 0, rows: [], pages: 1 });
  });
});

describe("one commitment and what it turned into", () => {
  it("is found only through its own mission", async () => {
    const { mission, ids } = await missionWithCommitments(1);
    const other = await newPracticeMission();
    expect(await commitmentDetail(other.id, ids[0])).toBeNull();
    expect(await commitmentDetail(mission.id, ids[0])).toMatchObject({ id: ids[0], event: { timeZone: "Asia/Jakarta" }, replaces: null, replacedBy: null });

    const db = await getDb();
    await db.realisation.createMany({
      data: [
        { commitmentId: ids[0], realisedOn: new Date("2027-05-01"), amount: 3n, note: "Termin 2" },
        { commitmentId: ids[0], realisedOn: new Date("2027-02-01"), amount: 2n, note: "Termin 1" },
      ],
    });
    expect((await realisationsOf(mission.id, ids[0])).map((r) => [r.note, r.amount])).toEqual([
      ["Termin 1", 2n],
      ["Termin 2", 3n],
    ]);
    expect(await realisationsOf(other.id, ids[0])).toEqual([]);
  });

  it("gives the staff page what it shows: the mission, both parties, who wrote and who voided it, and the link to its replacement", async () => {
    const { mission, visiting, host, ids } = await missionWithCommitments(1, "VOID");
    const db = await getDb();
    const [writer, voider] = await Promise.all(
      ["Rina Meja", "Budi Panitia"].map((name) => db.user.create({ data: { email: `${randomUUID()}@detail.test`, name, role: "DESK", passwordHash: "x" } })),
    );
    await db.commitment.update({ where: { id: ids[0] }, data: { createdById: writer.id, voidedById: voider.id } });
    const replacement = await createCommitment(db, { eventId: mission.id, visitingBusinessId: visiting.id, hostBusinessId: host.id }, { replacesId: ids[0] });
    const detail = await commitmentDetail(mission.id, ids[0]);
    const settings = await db.event.findUniqueOrThrow({ where: { id: mission.id }, include: { sides: true } });
    expect(detail).toMatchObject({
      event: {
        name: settings.name,
        venue: settings.venue,
        city: settings.city,
        timeZone: settings.timeZone,
        sectors: settings.sectors,
        valueCeiling: settings.valueCeiling,
        sides: expect.arrayContaining(settings.sides.map((side) => ({ role: side.role, shortName: side.shortName }))),
      },
      visitingBusiness: { id: visiting.id, name: visiting.name, side: { shortName: "Jatim", province: "Jawa Timur" } },
      hostBusiness: { id: host.id, side: { shortName: "Kaltim", province: "Kalimantan Timur" } },
      createdBy: { name: "Rina Meja" },
      voidedBy: { name: "Budi Panitia" },
      replaces: null,
      replacedBy: { id: replacement.id, verificationCode: replacement.verificationCode },
    });
    expect(Object.keys(detail!.event).sort()).toEqual(["city", "name", "sectors", "sides", "timeZone", "valueCeiling", "venue"]);
    expect(await commitmentDetail(mission.id, replacement.id)).toMatchObject({
      replaces: { id: ids[0], verificationCode: detail!.verificationCode },
      replacedBy: null,
      createdBy: null,
      voidedBy: null,
    });
    // A realisation row carries what the page lists, and who recorded it.
    await db.realisation.create({
      data: { commitmentId: replacement.id, realisedOn: new Date("2027-01-02"), amount: 7n, note: "Termin", createdById: writer.id },
    });
    const [realisation] = await realisationsOf(mission.id, replacement.id);
    expect(realisation).toEqual({ id: expect.any(String), realisedOn: new Date("2027-01-02"), amount: 7n, note: "Termin", createdBy: { name: "Rina Meja" } });
  });

  it("a business's page lists its deals on either side, newest first, of its mission only", async () => {
    const { mission, visiting, host, ids } = await missionWithCommitments(2);
    const db = await getDb();
    const { visiting: third } = await twoBusinesses(mission.id);
    const reversed = await createCommitment(
      db,
      { eventId: mission.id, visitingBusinessId: third.id, hostBusinessId: host.id },
      { category: "BUY", commodity: "Batu bara", sector: "Energi", instrument: "LOI", value: 5n, status: "DRAFT", createdAt: new Date(Date.UTC(2026, 11, 11)) },
    );
    expect((await commitmentsOfBusiness(mission.id, host.id)).map((c) => c.id)).toEqual([reversed.id, ids[1], ids[0]]);
    expect((await commitmentsOfBusiness(mission.id, visiting.id)).map((c) => c.id)).toEqual([ids[1], ids[0]]);
    const [newest] = await commitmentsOfBusiness(mission.id, host.id);
    expect(newest).toMatchObject({ signedAt: null, verificationCode: reversed.verificationCode, status: "DRAFT", value: 5n });
    expect(Object.keys(newest).sort()).toEqual([
      "category",
      "commodity",
      "hostBusiness",
      "id",
      "signedAt",
      "status",
      "value",
      "verificationCode",
      "visitingBusiness",
    ]);
    expect(await commitmentsOfBusiness((await newPracticeMission()).id, host.id)).toEqual([]);
  });
});

describe("the public verification page", () => {
  it("shows names, deal and status, and nothing of the people or their signatures", async () => {
    const { ids } = await missionWithCommitments(1);
    const db = await getDb();
    const stored = await db.commitment.findUniqueOrThrow({ where: { id: ids[0] } });
    const found = await verification(stored.verificationCode);
    expect(found).toEqual({
      verificationCode: stored.verificationCode,
      category: "SELL",
      commodity: "Barang 0",
      value: 1_000_000n,
      status: "SIGNED",
      signedAt: stored.signedAt,
      voidedAt: null,
      event: expect.objectContaining({ timeZone: "Asia/Jakarta", sides: expect.arrayContaining([{ role: "VISITING", shortName: "Jatim" }]) }),
      visitingBusiness: { name: expect.stringMatching(/^Usaha Jatim /), side: { shortName: "Jatim" } },
      hostBusiness: { name: expect.stringMatching(/^Usaha Kaltim /), side: { shortName: "Kaltim" } },
      replacedBy: null,
    });
  });

  it("looks up only what could be a code", async () => {
    expect(await verification("")).toBeNull();
    expect(await verification("abc123")).toBeNull();
    expect(await verification("ABCDE")).toBeNull();
    expect(await verification("A".repeat(21))).toBeNull();
    expect(await verification("ABC123' OR 1=1")).toBeNull();
    // Six to twenty capitals and digits are looked up; one that is not there is none.
    expect(await verification("ZZZZZZ")).toBeNull();
    const { ids } = await missionWithCommitments(1);
    const db = await getDb();
    const code = "Q".repeat(20);
    await db.commitment.update({ where: { id: ids[0] }, data: { verificationCode: code } });
    expect(await verification(code)).toMatchObject({ verificationCode: code });
    await db.commitment.update({ where: { id: ids[0] }, data: { verificationCode: "QQQQQQ" } });
    expect(await verification("QQQQQQ")).toMatchObject({ verificationCode: "QQQQQQ" });
  });
});

describe("the signing form's set-up", () => {
  it("names both sides, the mission's sectors and ceiling (Rp1 triliun when it has none), and a fresh key", async () => {
    const db = await getDb();
    const mission = await newPracticeMission();
    const setup = await signingSetup(mission.id);
    expect(setup).toMatchObject({
      visiting: { code: "JATIM", shortName: "Jatim", province: "Jawa Timur" },
      host: { code: "KALTIM", shortName: "Kaltim", province: "Kalimantan Timur" },
      ceiling: "1000000000000",
      initialKey: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(setup.sectors).toEqual((await db.event.findUniqueOrThrow({ where: { id: mission.id } })).sectors);
    await db.event.update({ where: { id: mission.id }, data: { valueCeiling: 50_000_000_000n } });
    expect((await signingSetup(mission.id)).ceiling).toBe("50000000000");
    await db.event.update({ where: { id: mission.id }, data: { valueCeiling: null } });
    const again = await signingSetup(mission.id);
    expect(again.ceiling).toBe("1000000000000");
    expect(again.initialKey).not.toBe(setup.initialKey);
  });
});
