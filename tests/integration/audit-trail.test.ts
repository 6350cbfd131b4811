import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { auditFilterChoices, auditFilters, auditPage } from "@/lib/audit/queries";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { DEMO_SLUG } from "@/lib/demo/demo-event";
import { createUser } from "@/lib/users/create-user";

withTestDatabase({ seedDemo: true });

describe("the audit trail", () => {
  it("filters by event, by no event, by action, by actor and by day in a zone, newest first, page by page", async () => {
    const db = await getDb();
    const event = await db.event.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
    const created = await createUser({ email: "audit@misidagang.test", name: "Auditor", role: "ADMIN", password: "auditor-rahasia" }, { id: null });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const actor = created.data.id;
    // 60 rows on the event by this actor, alternating two actions.
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 60; i++) {
        await recordAudit(tx, {
          eventId: event.id,
          actorId: actor,
          action: i % 2 ? "business.checked_in" : "business.registered_walk_in",
          targetType: "Business",
          targetId: `b${i}`,
        });
      }
    });

    const all = await auditPage(auditFilters.parse({ event: DEMO_SLUG, actor }));
    expect(all.rows).toHaveLength(50);
    expect(all.rows[0].targetId).toBe("b59");
    expect(all.nextBefore).toBe(all.rows[49].id);
    const next = await auditPage(auditFilters.parse({ event: DEMO_SLUG, actor, before: all.nextBefore! }));
    expect(next.rows.map((r) => r.targetId)).toEqual(Array.from({ length: 10 }, (_, i) => `b${9 - i}`));
    expect(next.nextBefore).toBeNull();

    const checkIns = await auditPage(auditFilters.parse({ event: DEMO_SLUG, action: "business.checked_in" }));
    expect(checkIns.rows).toHaveLength(30);
    expect(checkIns.rows.every((r) => r.action === "business.checked_in" && r.event?.slug === DEMO_SLUG)).toBe(true);

    const outsideEvents = await auditPage(auditFilters.parse({ event: "-" }));
    expect(outsideEvents.rows.map((r) => r.action)).toEqual(["user.created"]);

    const today = new Date().toISOString().slice(0, 10);
    expect((await auditPage(auditFilters.parse({ event: DEMO_SLUG, actor, from: today, to: today }), "+00:00")).rows).toHaveLength(50);
    expect((await auditPage(auditFilters.parse({ event: DEMO_SLUG, actor, to: "2025-05-07" }), "+08:00")).rows).toHaveLength(0);

    const choices = await auditFilterChoices();
    expect(choices.actions).toEqual(expect.arrayContaining(["business.checked_in", "business.registered_walk_in", "event.demo_seeded", "user.created"]));
    expect(choices.actors.map((a) => a.id)).toContain(actor);
  });

  it("ignores filters it cannot read instead of failing", () => {
    expect(auditFilters.parse({ from: "kemarin", before: "1; drop table", event: DEMO_SLUG })).toEqual({
      event: DEMO_SLUG,
      from: undefined,
      before: undefined,
      action: undefined,
      actor: undefined,
      to: undefined,
    });
  });
});
