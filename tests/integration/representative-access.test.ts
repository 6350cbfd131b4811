import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { checkIn } from "@/lib/businesses/check-in";
import { badgeLink, representativeView, revokeRepresentativeAccess } from "@/lib/businesses/representative-access";
import { getDb } from "@/lib/db/client";
import { DEMO_SLUG } from "@/lib/demo/demo-event";
import { staffActor } from "../support/matching";
import { newPracticeMission } from "../support/missions";

withTestDatabase({ seedDemo: true });

describe("a representative's letters through the badge", () => {
  it("opens only with the badge's secret, shows signed and void letters but no drafts, and stops after a revoke", async () => {
    const db = await getDb();
    // The demo mission is closed; its check-in desk works while it is live.
    const event = await db.event.update({ where: { slug: DEMO_SLUG }, data: { status: "LIVE" } });
    const withDraft = await db.commitment.findFirstOrThrow({ where: { eventId: event.id, status: "DRAFT" }, include: { visitingBusiness: true } });
    const business = withDraft.visitingBusiness;

    expect(await representativeView(business.badgeCode, "salah")).toBeNull();
    expect(await representativeView(business.badgeCode, "")).toBeNull();
    const view = await representativeView(business.badgeCode, business.accessSecret);
    expect(view?.business.name).toBe(business.name);
    expect(view?.business).not.toHaveProperty("accessSecret");
    const statuses = await db.commitment.findMany({
      where: { OR: [{ visitingBusinessId: business.id }, { hostBusinessId: business.id }] },
      select: { id: true, status: true },
    });
    expect(view!.commitments.map((c) => c.id).sort()).toEqual(
      statuses
        .filter((c) => c.status !== "DRAFT")
        .map((c) => c.id)
        .sort(),
    );

    // The desk still checks the badge in from the same QR link.
    const organizer = {
      id: (await db.user.create({ data: { email: "panitia@rep.test", name: "Panitia", role: "ADMIN", passwordHash: "x" } })).id,
      name: "Panitia",
      email: "panitia@rep.test",
      role: "ADMIN" as const,
      mustChangePassword: false,
      ip: "10.0.0.1",
      userAgent: "vitest",
    };
    expect(await checkIn(event, { code: badgeLink("https://misidagang.example", business) }, organizer)).toMatchObject({
      ok: true,
      data: { business: { name: business.name } },
    });

    expect(await revokeRepresentativeAccess(event, business.id, organizer)).toMatchObject({ ok: true });
    expect(await representativeView(business.badgeCode, business.accessSecret)).toBeNull();
    const renewed = await db.business.findUniqueOrThrow({ where: { id: business.id } });
    expect(await representativeView(business.badgeCode, renewed.accessSecret)).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "business.access_revoked", targetId: business.id } })).toBe(1);
  });
});

describe("what a badge's link opens", () => {
  it("is exactly the business, its side and mission (no secret), and its letters newest first with what the page shows", async () => {
    const db = await getDb();
    const event = await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
    // The business with the most letters, so that their order shows.
    const [most] = await db.commitment.groupBy({
      by: ["visitingBusinessId"],
      where: { eventId: event.id, status: "SIGNED" },
      _count: { _all: true },
      orderBy: { _count: { visitingBusinessId: "desc" } },
      take: 1,
    });
    const business = await db.business.findUniqueOrThrow({ where: { id: most.visitingBusinessId }, include: { side: true } });
    const view = await representativeView(business.badgeCode, business.accessSecret);
    expect(view?.business).toEqual({
      id: business.id,
      name: business.name,
      sector: business.sector,
      badgeCode: business.badgeCode,
      unavailableRounds: business.unavailableRounds,
      side: { shortName: business.side.shortName, province: business.side.province, role: business.side.role },
      event: { id: event.id, name: event.name, slug: event.slug, timeZone: event.timeZone, status: event.status, sectors: event.sectors },
    });
    const letters = await db.commitment.findMany({
      where: { status: { in: ["SIGNED", "VOID"] }, OR: [{ visitingBusinessId: business.id }, { hostBusinessId: business.id }] },
      include: { visitingBusiness: { include: { side: true } }, hostBusiness: true },
    });
    expect(letters.length).toBeGreaterThan(1);
    const newestFirst = [...letters].sort((a, b) => b.signedAt!.getTime() - a.signedAt!.getTime());
    expect(view?.commitments).toEqual(
      newestFirst.map((c) => ({
        id: c.id,
        category: c.category,
        commodity: c.commodity,
        value: c.value,
        status: c.status,
        signedAt: c.signedAt,
        verificationCode: c.verificationCode,
        visitingBusiness: { id: c.visitingBusiness.id, name: c.visitingBusiness.name, side: { shortName: c.visitingBusiness.side.shortName } },
        hostBusiness: { name: c.hostBusiness.name },
      })),
    );
  });

  it("is nothing for a code that is not a badge's (lower case, too short or long, with more around it) or without a secret", async () => {
    const db = await getDb();
    const business = await db.business.findFirstOrThrow({ where: { event: { slug: DEMO_SLUG } } });
    expect(await representativeView(business.badgeCode, business.accessSecret)).not.toBeNull();
    for (const code of [
      business.badgeCode.toLowerCase(),
      "ABC12",
      "A".repeat(21),
      `x${business.badgeCode}`,
      `${business.badgeCode}/`,
      `${business.badgeCode}\n`,
    ])
      expect(await representativeView(code, business.accessSecret), code).toBeNull();
    expect(await representativeView(business.badgeCode, "")).toBeNull();
    expect(await representativeView(business.badgeCode, `${business.accessSecret}x`)).toBeNull();
  });

  it("is revoked by the mission's organizer only, with an audit row naming who; another mission's business is not found", async () => {
    const db = await getDb();
    const event = await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
    const business = await db.business.findFirstOrThrow({ where: { eventId: event.id } });
    const organizer = await staffActor("ADMIN");
    const other = await newPracticeMission();
    expect(await revokeRepresentativeAccess(other, business.id, organizer)).toEqual({ ok: false, code: "NOT_FOUND", params: { what: "business" } });
    expect((await db.business.findUniqueOrThrow({ where: { id: business.id } })).accessSecret).toBe(business.accessSecret);
    expect(await revokeRepresentativeAccess(event, business.id, organizer)).toEqual({ ok: true, notice: "BADGE_LINK_REVOKED", data: undefined });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "business.access_revoked", targetId: business.id } })).toMatchObject({
      actorId: organizer.id,
      ip: organizer.ip,
      eventId: event.id,
      targetType: "Business",
    });
  });
});
