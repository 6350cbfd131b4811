import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { checkIn } from "@/lib/businesses/check-in";
import { badgeLink, representativeView, revokeRepresentativeAccess } from "@/lib/businesses/representative-access";
import { getDb } from "@/lib/db/client";
import { DEMO_SLUG } from "@/lib/demo/demo-event";

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
