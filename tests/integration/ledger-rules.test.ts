// Rules the database enforces whatever code writes: nothing a published figure depends on is deleted,
// the audit trail is append-only, money is positive integer rupiah.
import { describe, expect, it } from "vitest";
import { createCommitmentLike } from "../support/commitments";
import { withTestDatabase } from "../support/database";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { seedDemoEvent } from "@/lib/demo/seed";
import { DEMO_SLUG } from "@/lib/demo/demo-event";

withTestDatabase({ seedDemo: true });

describe("ledger rules", () => {
  it("refuses to delete a commitment or an agreement", async () => {
    const db = await getDb();
    const commitment = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED" } });
    await expect(db.commitment.delete({ where: { id: commitment.id } })).rejects.toThrow(/void the commitment/);
    const agreement = await db.agreement.findFirstOrThrow();
    await expect(db.agreement.delete({ where: { id: agreement.id } })).rejects.toThrow(/void the agreement/);
    expect(await db.commitment.count({ where: { id: commitment.id } })).toBe(1);
  });

  it("keeps the audit trail append-only", async () => {
    const db = await getDb();
    await recordAudit(db, { action: "official_figure.frozen", targetType: "OfficialFigure", targetId: "ledger-rules-1", after: { value: 1_053_146_943_500n } });
    const entry = await db.auditEvent.findFirstOrThrow({ where: { action: "official_figure.frozen", targetId: "ledger-rules-1" } });
    expect(entry.after).toEqual({ value: "1053146943500" });
    await expect(db.auditEvent.update({ where: { id: entry.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  });

  it("refuses a commitment without a positive value, and a malformed NIB", async () => {
    const db = await getDb();
    const template = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED" } });
    await expect(createCommitmentLike(db, template, { value: 0n })).rejects.toThrow(/Commitment_value_positive/);
    const business = await db.business.findFirstOrThrow();
    await expect(db.business.update({ where: { id: business.id }, data: { nib: "12345" } })).rejects.toThrow(/Business_nib_format/);
  });

  it("stores rupiah beyond a float's precision exactly", async () => {
    const db = await getDb();
    const template = await db.commitment.findFirstOrThrow({ where: { status: "DRAFT" } });
    const created = await createCommitmentLike(db, template, { value: 9_007_199_254_740_993n });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: created.id } })).value).toBe(9_007_199_254_740_993n);
  });

  it("seeds the demo once: a second seed changes nothing", async () => {
    const db = await getDb();
    const before = await db.business.count();
    const result = await seedDemoEvent(db, { withDemoAccounts: false });
    expect(result).toEqual({ created: false, reason: expect.stringContaining(DEMO_SLUG) });
    expect(await db.business.count()).toBe(before);
    expect(await db.auditEvent.count({ where: { action: "event.demo_seeded" } })).toBe(1);
  });
});
