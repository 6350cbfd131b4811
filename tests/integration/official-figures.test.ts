// The official figure's record: each freeze supersedes its own mission's latest, and the audit row
// says what was frozen and what it replaced; an interim figure's record likewise.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCommitment } from "../support/commitments";
import { said } from "../support/said";
import { withTestDatabase } from "../support/database";
import { newPracticeMission } from "../support/missions";
import { twoBusinesses } from "../support/signing";
import type { Actor } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import { freezeOfficialFigure } from "@/lib/official/freeze";
import { publishInterimFigure } from "@/lib/official/interim";
import { officialFigures } from "@/lib/official/queries";
import { eventTotals } from "@/lib/totals/queries";

withTestDatabase({ seedDemo: true });

async function organizer(): Promise<Actor> {
  const db = await getDb();
  const user = await db.user.create({ data: { email: `${randomUUID()}@panitia.test`, name: "Panitia", role: "ADMIN", passwordHash: "x" } });
  return { id: user.id, name: user.name, email: user.email, role: "ADMIN", mustChangePassword: false, ip: "10.0.0.9", userAgent: "vitest" };
}

async function missionWithDeals(values: bigint[]) {
  const db = await getDb();
  const mission = await newPracticeMission();
  const { visiting, host } = await twoBusinesses(mission.id);
  for (const [i, value] of values.entries())
    await createCommitment(
      db,
      { eventId: mission.id, visitingBusinessId: visiting.id, hostBusinessId: host.id },
      { category: (["SELL", "BUY", "INVEST"] as const)[i % 3], value },
    );
  return mission;
}

describe("freezing the official figure", () => {
  it("each freeze supersedes its own mission's latest, never another mission's, and the audit row says so", async () => {
    const actor = await organizer();
    const [a, b] = await Promise.all([missionWithDeals([100n, 20n, 3n]), missionWithDeals([5n])]);
    const freeze = async (mission: { id: string }, seenTotal: string, seenCommitments: number) => {
      const result = await said(freezeOfficialFigure(mission, { seenTotal, seenCommitments }, actor));
      if (!result.ok) throw new Error(JSON.stringify(result));
      return result;
    };
    const first = await freeze(a, "123", 3);
    expect(first).toMatchObject({ message: "Angka resmi dibekukan.", data: { total: "123" } });
    await freeze(b, "5", 1);
    const second = await freeze(a, "123", 3);
    expect(second).toMatchObject({ message: "Angka resmi baru dibekukan; yang lama tetap tercatat.", data: { total: "123" } });
    const third = await freeze(a, "123", 3);

    const db = await getDb();
    const audits = await db.auditEvent.findMany({ where: { eventId: a.id, action: "official_figure.frozen" }, orderBy: { id: "asc" } });
    expect(audits.map((row) => [row.targetType, row.targetId, row.before])).toEqual([
      ["OfficialFigure", first.data.id, null],
      ["OfficialFigure", second.data.id, { supersedes: first.data.id, total: "123" }],
      ["OfficialFigure", third.data.id, { supersedes: second.data.id, total: "123" }],
    ]);
    const stored = await db.officialFigure.findUniqueOrThrow({ where: { id: first.data.id } });
    expect(audits[0]).toMatchObject({
      actorId: actor.id,
      ip: "10.0.0.9",
      after: { total: "123", sell: "100", buy: "20", invest: "3", commitments: 3, agreements: 0, frozenAt: stored.frozenAt.toISOString() },
    });

    // The record: this mission's freezes only, the latest first, with who froze them.
    const history = await officialFigures(a.id);
    expect(history.map((f) => f.id)).toEqual([third.data.id, second.data.id, first.data.id]);
    expect(history[0].frozenBy).toEqual({ name: "Panitia" });
  });
});

describe("what changed since the freeze, as of a moment", () => {
  it("counts a deal voided after the freeze only from the moment it was voided", async () => {
    const actor = await organizer();
    const mission = await missionWithDeals([40n, 2n]);
    const frozen = await said(freezeOfficialFigure(mission, { seenTotal: "42", seenCommitments: 2 }, actor));
    if (!frozen.ok) throw new Error(JSON.stringify(frozen));
    const db = await getDb();
    const { frozenAt } = await db.officialFigure.findUniqueOrThrow({ where: { id: frozen.data.id } });
    const minutes = (n: number) => new Date(frozenAt.getTime() + n * 60_000);
    const deal = await db.commitment.findFirstOrThrow({ where: { eventId: mission.id, value: 40n } });
    await db.commitment.update({ where: { id: deal.id }, data: { status: "VOID", voidedAt: minutes(10), voidReason: "Salah pihak" } });
    const voidedAsOf = async (at?: Date) => (await eventTotals(mission.slug, at ? { asOf: at } : {}))!.official!.since.voided;
    expect(await voidedAsOf(minutes(5))).toEqual({ count: 0, total: 0n });
    expect(await voidedAsOf(minutes(15))).toEqual({ count: 1, total: 40n });
    expect(await voidedAsOf()).toEqual({ count: 1, total: 40n });
  });
});

describe("an interim figure", () => {
  it("is kept with its audit row, and its notice gives the figure", async () => {
    const actor = await organizer();
    const mission = await missionWithDeals([7_000_000n, 500_000n]);
    const result = await said(publishInterimFigure(mission, { asOf: "2026-01-05T12:00" }, actor));
    // Before the deals were signed (an hour ago): nothing yet.
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/^Angka sementara diumumkan/), data: { total: "0" } });
    const now = new Date(Date.now() - 60_000);
    const local = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short", timeZone: mission.timeZone }).format(now).replace(" ", "T");
    const latest = await said(publishInterimFigure(mission, { asOf: local, note: "Hingga siang" }, actor));
    if (!latest.ok) throw new Error(JSON.stringify(latest));
    expect(latest.data.total).toBe("7500000");
    const db = await getDb();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "interim_figure.published", targetId: latest.data.id } });
    const stored = await db.interimFigure.findUniqueOrThrow({ where: { id: latest.data.id } });
    expect(audit).toMatchObject({
      eventId: mission.id,
      actorId: actor.id,
      targetType: "InterimFigure",
      after: { asOf: stored.asOf.toISOString(), total: "7500000", sell: "7000000", buy: "500000", invest: "0", commitments: 2 },
    });
    expect(stored).toMatchObject({ note: "Hingga siang", publishedById: actor.id });
  });

  it("refuses a moment that is not one, or still to come", async () => {
    const actor = await organizer();
    const mission = await newPracticeMission();
    expect(await said(publishInterimFigure(mission, { asOf: "2026-02-30T12:00" }, actor))).toMatchObject({
      ok: false,
      fieldErrors: { asOf: ["Isi tanggal dan jam."] },
    });
    expect(await said(publishInterimFigure(mission, { asOf: "12.00" }, actor))).toMatchObject({ ok: false, fieldErrors: { asOf: ["Isi tanggal dan jam."] } });
    expect(await said(publishInterimFigure(mission, { asOf: "2999-01-01T12:00" }, actor))).toMatchObject({
      ok: false,
      fieldErrors: { asOf: ["Waktunya belum tiba: angka sementara menyatakan buku besar pada waktu yang sudah lewat."] },
    });
    const db = await getDb();
    expect(await db.interimFigure.count({ where: { eventId: mission.id } })).toBe(0);
  });
});
