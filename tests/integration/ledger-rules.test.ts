// Rules the database enforces whatever code writes: nothing a published figure depends on is deleted,
// the audit trail is append-only, money is positive integer rupiah.
import { describe, expect, it } from "vitest";
import { insertRows } from "../support/bulk";
import { commitmentLike, createCommitmentLike } from "../support/commitments";
import { withTestDatabase } from "../support/database";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { seedDemoEvent } from "@/lib/demo/seed";
import { DEMO_SLUG } from "@/lib/demo/demo-event";

withTestDatabase({ seedDemo: true });

/** The sums the database maintains (lib/totals/queries.ts reads them) against the ledger recomputed, for one event. */
async function expectSumsOfLedger(eventId: string) {
  const db = await getDb();
  const ledger = await db.commitment.groupBy({
    by: ["category", "sector"],
    where: { eventId, status: "SIGNED" },
    _sum: { value: true },
    _count: { _all: true },
  });
  const maintained = await db.commitmentTotal.findMany({ where: { eventId } });
  const key = (category: string, sector: string) => `${category}/${sector}`;
  expect(new Map(maintained.filter((row) => row.count !== 0).map((row) => [key(row.category, row.sector), [row.count, row.total]]))).toEqual(
    new Map(ledger.map((row) => [key(row.category, row.sector), [row._count._all, row._sum.value]])),
  );
  // A sum whose commitments were all voided is nothing, not a remainder.
  expect(maintained.filter((row) => row.count === 0).map((row) => row.total)).toEqual(maintained.filter((row) => row.count === 0).map(() => 0n));
}

describe("ledger rules", () => {
  it("keep the maintained sums to the rupiah when one statement writes or changes many commitments", async () => {
    const db = await getDb();
    const template = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED", event: { slug: DEMO_SLUG } } });
    const ids = Array.from({ length: 300 }, (_, i) => `sekaligus-${i}`);
    const every = (n: number, at: number) => ids.filter((_, i) => i % n === at);
    // One statement: signed rows over three categories and two sectors, and drafts that count for nothing.
    await insertRows(
      db,
      "Commitment",
      ids.map((id, i) =>
        commitmentLike(template, {
          id,
          category: (["SELL", "BUY", "INVEST"] as const)[i % 3],
          sector: i % 2 ? "Kuliner" : "Perikanan",
          value: BigInt(1_000_000 + i),
          ...(i % 5 === 0 && { status: "DRAFT" as const, signedAt: null }),
        }),
      ),
    );
    await expectSumsOfLedger(template.eventId);
    // One statement voids a third of them, another moves a third (drafts too) to another sector and value,
    // another signs the drafts.
    await db.commitment.updateMany({ where: { id: { in: every(3, 0) }, status: "SIGNED" }, data: { status: "VOID", voidReason: "Uji", voidedAt: new Date() } });
    await expectSumsOfLedger(template.eventId);
    await db.commitment.updateMany({ where: { id: { in: every(3, 1) } }, data: { sector: "Jasa", value: 7_000_000n } });
    await expectSumsOfLedger(template.eventId);
    await db.commitment.updateMany({ where: { id: { in: ids }, status: "DRAFT" }, data: { status: "SIGNED", signedAt: new Date() } });
    await expectSumsOfLedger(template.eventId);
    // Voiding every one of a sector's leaves its sum at nothing.
    await db.commitment.updateMany({
      where: { eventId: template.eventId, sector: "Jasa", status: "SIGNED" },
      data: { status: "VOID", voidReason: "Uji", voidedAt: new Date() },
    });
    await expectSumsOfLedger(template.eventId);
    // (Every third from the second is a purchase.)
    expect(await db.commitmentTotal.findMany({ where: { eventId: template.eventId, sector: "Jasa" } })).toEqual([
      expect.objectContaining({ category: "BUY", count: 0, total: 0n }),
    ]);
  });

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
