import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { searchKey } from "@/lib/businesses/fields";
import { newPublicCode } from "@/lib/codes";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/users/password";
import { ledgerAsOf } from "@/lib/official/interim";
import { DEMO_ACCOUNTS, DEMO_AGREEMENTS, DEMO_EVENT, DEMO_MIDDAY, DEMO_PARTIES, DEMO_SIDES, DEMO_SLUG, demoData, PRACTICE_EVENT } from "./demo-event";

export type SeedResult = { created: true; eventId: string } | { created: false; reason: string };

/**
 * Loads the demo mission (and an empty one to rehearse the desk on) in one transaction: either all of it is there afterwards or none of it.
 * Demo accounts (with published passwords) only when asked, which the app does on the embedded
 * database alone.
 */
export async function seedDemoEvent(db: Db, options: { withDemoAccounts: boolean }): Promise<SeedResult> {
  const { businesses, commitments } = demoData();
  const passwordHashes = options.withDemoAccounts ? await Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password))) : [];

  return db.$transaction(
    async (tx) => {
      if (await tx.event.findUnique({ where: { slug: DEMO_SLUG }, select: { id: true } })) {
        return { created: false, reason: `Event demo "${DEMO_SLUG}" sudah ada; tidak ada yang diubah.` };
      }
      const event = await tx.event.create({
        data: { ...DEMO_EVENT, sides: { create: DEMO_SIDES } },
        include: { sides: true },
      });
      const sideId = Object.fromEntries(event.sides.map((s) => [s.code, s.id]));
      const practice = await tx.event.create({ data: { ...PRACTICE_EVENT, sides: { create: DEMO_SIDES } } });

      await tx.business.createMany({
        data: businesses.map(({ side, ...b }) => ({
          ...b,
          eventId: event.id,
          sideId: sideId[side],
          badgeCode: newPublicCode(),
          searchKey: searchKey(b.name, b.representative),
        })),
      });
      const businessId = new Map((await tx.business.findMany({ where: { eventId: event.id }, select: { id: true, name: true } })).map((b) => [b.name, b.id]));
      const representative = new Map(businesses.map((b) => [b.name, b.representative]));

      const ids = commitments.map(() => randomUUID());
      await tx.commitment.createMany({
        data: commitments.map((c, i) => ({
          id: ids[i],
          eventId: event.id,
          visitingBusinessId: businessId.get(c.visiting)!,
          hostBusinessId: businessId.get(c.host)!,
          category: c.category,
          commodity: c.commodity,
          sector: c.sector,
          quantity: c.quantity,
          unit: c.unit,
          value: c.value,
          recurrence: c.recurrence,
          recurrenceYears: c.recurrenceYears,
          instrument: c.instrument,
          status: c.status,
          visitingSignerName: c.status === "DRAFT" ? null : representative.get(c.visiting),
          hostSignerName: c.status === "DRAFT" ? null : representative.get(c.host),
          signedAt: c.signedAt,
          voidedAt: c.status === "VOID" ? new Date(c.signedAt!.getTime() + 5 * 60_000) : null,
          voidReason: c.voidReason,
          replacesId: c.replaces === null ? null : ids[c.replaces],
          idempotencyKey: randomUUID(),
          verificationCode: newPublicCode(),
        })),
      });

      await tx.agreementParty.createMany({ data: [...DEMO_PARTIES], skipDuplicates: true });
      const partyId = new Map(
        (await tx.agreementParty.findMany({ where: { acronym: { in: DEMO_PARTIES.map((p) => p.acronym) } } })).map((p) => [p.acronym, p.id]),
      );
      await tx.agreement.createMany({
        data: DEMO_AGREEMENTS.map(({ visiting, host, ...a }) => ({
          ...a,
          eventId: event.id,
          visitingPartyId: partyId.get(visiting)!,
          hostPartyId: partyId.get(host)!,
          signedOn: new Date("2025-05-08"),
        })),
      });

      // "Sampai dengan siang": the figure announced at midday, the ledger as it stood at 12.00 WITA.
      await tx.interimFigure.create({
        data: {
          eventId: event.id,
          asOf: DEMO_MIDDAY.at,
          ...(await ledgerAsOf(tx, event.id, DEMO_MIDDAY.at)),
          note: "Diumumkan sampai dengan siang.",
          publishedAt: new Date(DEMO_MIDDAY.at.getTime() + 10 * 60_000),
        },
      });

      // "Total transaksi final" was announced at 17.00 WITA: the figure frozen then is the official one.
      const signed = await tx.commitment.groupBy({
        by: ["category"],
        where: { eventId: event.id, status: "SIGNED" },
        _sum: { value: true },
        _count: { _all: true },
      });
      const sum = (category: "SELL" | "BUY" | "INVEST") => signed.find((row) => row.category === category)?._sum.value ?? 0n;
      await tx.officialFigure.create({
        data: {
          eventId: event.id,
          frozenAt: DEMO_EVENT.endsAt,
          sell: sum("SELL"),
          buy: sum("BUY"),
          invest: sum("INVEST"),
          total: sum("SELL") + sum("BUY") + sum("INVEST"),
          commitments: signed.reduce((n, row) => n + row._count._all, 0),
          agreements: DEMO_AGREEMENTS.length,
          note: "Total transaksi final, diumumkan pukul 17.00 WITA.",
        },
      });

      for (const [i, account] of DEMO_ACCOUNTS.entries()) {
        if (!options.withDemoAccounts) break;
        const user = await tx.user.upsert({
          where: { email: account.email },
          update: {},
          create: { email: account.email, name: account.name, role: account.role, passwordHash: passwordHashes[i] },
        });
        // Desk staff work only on the events they are assigned to.
        if (account.role === "DESK") await tx.eventAssignment.createMany({ data: [event.id, practice.id].map((eventId) => ({ userId: user.id, eventId })) });
      }

      await recordAudit(tx, {
        eventId: event.id,
        action: "event.demo_seeded",
        targetType: "Event",
        targetId: event.id,
        after: { slug: event.slug, businesses: businesses.length, commitments: commitments.length, agreements: DEMO_AGREEMENTS.length },
      });
      return { created: true, eventId: event.id };
    },
    { timeout: 60_000 },
  );
}
