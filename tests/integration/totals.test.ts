// The totals contract: always derived from signed, non-void commitments; served as JSON strings.
import { describe, expect, it } from "vitest";
import { createCommitmentLike } from "../support/commitments";
import { withTestDatabase } from "../support/database";
import { GET } from "@/app/api/events/[slug]/totals/route";
import { getDb } from "@/lib/db/client";
import { eventTotals } from "@/lib/totals/queries";

withTestDatabase({ seedDemo: true });

const getTotals = (slug: string) => GET(new Request(`http://test/api/events/${slug}/totals`), { params: Promise.resolve({ slug }) });

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
      byCategory: { SELL: "598941200000", BUY: "230118750000", INVEST: "224086993500" },
      commitments: 61,
      agreements: 5,
      businesses: { JATIM: { registered: 72, quota: 72 }, KALTIM: { registered: 100, quota: 100 } },
    });
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
    const db = await getDb();
    const before = (await eventTotals("jatim-kaltim-2025"))!;
    const template = await db.commitment.findFirstOrThrow({ where: { status: "SIGNED", category: "INVEST" } });

    const draft = await createCommitmentLike(db, template, { status: "DRAFT", signedAt: null, value: 7_000_000n });
    expect((await eventTotals("jatim-kaltim-2025"))!.total).toBe(before.total);

    await db.commitment.update({ where: { id: draft.id }, data: { status: "SIGNED", signedAt: new Date() } });
    const signed = (await eventTotals("jatim-kaltim-2025"))!;
    expect(signed.total).toBe(before.total + 7_000_000n);
    expect(signed.byCategory.INVEST).toBe(before.byCategory.INVEST + 7_000_000n);
    expect(signed.commitments).toBe(before.commitments + 1);
    expect(signed.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());

    await db.commitment.update({ where: { id: template.id }, data: { status: "VOID", voidedAt: new Date(), voidReason: "uji" } });
    const voided = (await eventTotals("jatim-kaltim-2025"))!;
    expect(voided.total).toBe(before.total + 7_000_000n - template.value);
    expect(voided.commitments).toBe(before.commitments);

    const absent = await db.business.findFirstOrThrow({ where: { checkedInAt: null, side: { code: "JATIM" } } });
    await db.business.update({ where: { id: absent.id }, data: { checkedInAt: new Date() } });
    const jatim = (await eventTotals("jatim-kaltim-2025"))!.businesses.find((b) => b.code === "JATIM")!;
    expect(jatim.checkedIn).toBe(before.businesses.find((b) => b.code === "JATIM")!.checkedIn + 1);
  });

  it("returns null for an unknown event or a malformed slug", async () => {
    expect(await eventTotals("tidak-ada")).toBeNull();
    expect(await eventTotals("../../etc/passwd")).toBeNull();
    expect(await eventTotals("x".repeat(500))).toBeNull();
  });
});
