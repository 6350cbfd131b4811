// The demo mission's business matching, as seeded: offers and needs, the accepted pairs at their
// tables, and every signed commitment coming from a meeting held before it.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { getDb } from "@/lib/db/client";
import { DEMO_SLUG, demoData, PRACTICE_SLUG } from "@/lib/demo/demo-event";
import { matchingFunnel } from "@/lib/matching/queries";
import { suggestedPairs } from "@/lib/matching/suggest";
import { eventTotals, totalsToJson } from "@/lib/totals/queries";

withTestDatabase({ seedDemo: true });

describe("the demo's business matching", () => {
  it("brings every signed commitment from a meeting held at a table in a round that ended before it was signed", async () => {
    const db = await getDb();
    const signed = await db.commitment.findMany({
      where: { event: { slug: DEMO_SLUG }, status: "SIGNED" },
      select: { signedAt: true, visitingBusinessId: true, hostBusinessId: true, meeting: { include: { round: true, table: true } } },
    });
    expect(signed).toHaveLength(demoData().commitments.filter((c) => c.status === "SIGNED").length);
    for (const c of signed) {
      expect(c.meeting).toMatchObject({ status: "HELD", visitingBusinessId: c.visitingBusinessId, hostBusinessId: c.hostBusinessId });
      expect(c.meeting!.table).not.toBeNull();
      expect(c.meeting!.round!.endsAt.getTime()).toBeLessThan(c.signedAt!.getTime());
    }
    // The void and the draft came from meetings too.
    expect(await db.commitment.count({ where: { event: { slug: DEMO_SLUG }, meetingId: null } })).toBe(0);
  });

  it("has accepted pairs whose potential adds up to the Rp650 miliar target, some no-shows, and no business in two places at once", async () => {
    const db = await getDb();
    const event = await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
    const meetings = await db.meeting.findMany({ where: { eventId: event.id }, include: { round: true } });
    expect(meetings.reduce((sum, m) => sum + m.potential!, 0n)).toBe(650_000_000_000n);
    expect(event.targetAmount).toBe(650_000_000_000n);
    expect(meetings.filter((m) => m.status === "NO_SHOW").length).toBeGreaterThanOrEqual(5);
    const noShowBusinesses = await db.business.findMany({
      where: { id: { in: meetings.filter((m) => m.status === "NO_SHOW").flatMap((m) => [m.visitingBusinessId, m.hostBusinessId]) } },
      select: { checkedInAt: true },
    });
    // Each no-show is a pair where one of the two never checked in.
    expect(noShowBusinesses.filter((b) => b.checkedInAt === null).length).toBe(meetings.filter((m) => m.status === "NO_SHOW").length);
    const places = new Set<string>();
    for (const m of meetings) {
      for (const key of [`${m.roundId}:${m.visitingBusinessId}`, `${m.roundId}:${m.hostBusinessId}`, `${m.roundId}#${m.tableId}`]) {
        expect(places.has(key), key).toBe(false);
        places.add(key);
      }
      expect(m.publishedAt).not.toBeNull();
    }
    // Every accepted pair is one the matching suggests, with the same reason and potential.
    const suggested = new Map((await suggestedPairs(event.id)).map((p) => [`${p.visitingBusinessId}|${p.hostBusinessId}`, p]));
    for (const m of meetings) {
      const pair = suggested.get(`${m.visitingBusinessId}|${m.hostBusinessId}`)!;
      expect(pair).toMatchObject({ potential: m.potential, category: m.category, meeting: { id: m.id, status: m.status } });
      expect(pair.visitingLine.id).toBe(m.visitingLineId);
    }
    expect(suggested.size).toBeGreaterThan(meetings.length);
  });

  it("counts meetings in the public totals and gives the recap its funnel; the practice mission has none of it", async () => {
    const totals = totalsToJson((await eventTotals(DEMO_SLUG))!);
    const db = await getDb();
    const held = await db.meeting.count({ where: { event: { slug: DEMO_SLUG }, status: "HELD" } });
    const noShow = await db.meeting.count({ where: { event: { slug: DEMO_SLUG }, status: "NO_SHOW" } });
    expect(totals.meetings).toEqual({ scheduled: held + noShow, held, noShow });
    expect(totalsToJson((await eventTotals(PRACTICE_SLUG))!).meetings).toEqual({ scheduled: 0, held: 0, noShow: 0 });

    const event = await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
    const funnel = await matchingFunnel(event.id);
    expect(funnel).toMatchObject({
      accepted: held + noShow,
      scheduled: held + noShow,
      held,
      noShow,
      deals: demoData().commitments.filter((c) => c.status === "SIGNED").length,
      committed: 1_053_146_943_500n,
      potential: 650_000_000_000n,
    });
    expect(funnel.suggested).toBeGreaterThan(funnel.accepted);
    expect(funnel.bySector.reduce((sum, s) => sum + s.committed, 0n)).toBe(1_053_146_943_500n);
    expect(funnel.bySector.reduce((sum, s) => sum + s.suggested, 0)).toBe(funnel.suggested);
    const practice = await db.event.findUniqueOrThrow({ where: { slug: PRACTICE_SLUG } });
    expect(await db.tradeLine.count({ where: { eventId: practice.id } })).toBe(0);
    expect(await db.meetingRound.count({ where: { eventId: practice.id } })).toBe(0);
  });
});
