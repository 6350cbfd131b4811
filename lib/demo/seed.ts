import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { searchKey } from "@/lib/businesses/fields";
import { newPublicCode } from "@/lib/codes";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/users/password";
import { ledgerAsOf } from "@/lib/official/interim";
import { matchKey } from "@/lib/matching/lines";
import { fromSuggestion } from "@/lib/matching/pairs";
import { rankPairs } from "@/lib/matching/rank";
import { lineMatches } from "@/lib/matching/suggest";
import {
  DEMO_ACCOUNTS,
  DEMO_AGREEMENTS,
  DEMO_EVENT,
  DEMO_MIDDAY,
  DEMO_PARTIES,
  DEMO_SIDES,
  DEMO_SLUG,
  DEMO_TABLES,
  demoData,
  PRACTICE_EVENT,
} from "./demo-event";

export type SeedResult = { created: true; eventId: string } | { created: false; reason: string };

/**
 * Loads the demo mission (and an empty one to rehearse the desk on) in one transaction: either all of it is there afterwards or none of it.
 * Demo accounts (with published passwords) only when asked, which the app does on the embedded
 * database alone.
 */
export async function seedDemoEvent(db: Db, options: { withDemoAccounts: boolean }): Promise<SeedResult> {
  const { businesses, commitments, lines, meetings, rounds } = demoData();
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

      // The business matching before the day: offers and needs, the accepted pairs at their tables and rounds.
      const lineId = (id: string) => `${event.id}-${id}`;
      await tx.tradeLine.createMany({
        data: lines.map((l) => ({
          id: lineId(l.id),
          eventId: event.id,
          businessId: businessId.get(l.business)!,
          kind: l.kind,
          commodity: l.commodity,
          sector: l.sector,
          unit: l.unit,
          estimatedValue: l.estimatedValue,
          matchKey: matchKey(l.commodity),
          createdAt: new Date("2025-04-28T10:00:00+08:00"),
        })),
      });
      await tx.meetingRound.createMany({ data: rounds.map((r) => ({ eventId: event.id, ...r })) });
      await tx.meetingTable.createMany({ data: Array.from({ length: DEMO_TABLES }, (_, i) => ({ eventId: event.id, number: i + 1 })) });
      const roundId = new Map((await tx.meetingRound.findMany({ where: { eventId: event.id } })).map((r) => [r.number, r]));
      const tableId = new Map((await tx.meetingTable.findMany({ where: { eventId: event.id } })).map((t) => [t.number, t.id]));
      // The pairs as the app suggests them from those lines: each meeting is exactly its suggestion.
      const suggested = new Map(rankPairs(await lineMatches(tx, event.id)).map((p) => [`${p.visitingBusinessId}|${p.hostBusinessId}`, p]));
      const meetingIds = meetings.map(() => randomUUID());
      await tx.meeting.createMany({
        data: meetings.map((m, i) => {
          const [visitingBusinessId, hostBusinessId] = [businessId.get(m.visiting)!, businessId.get(m.host)!];
          const suggestion = suggested.get(`${visitingBusinessId}|${hostBusinessId}`);
          const fields = suggestion && fromSuggestion(suggestion);
          const expected = { category: m.category, visitingLineId: lineId(m.visitingLine), hostLineId: lineId(m.hostLine), potential: m.potential };
          if (!fields || Object.entries(expected).some(([k, v]) => fields[k as keyof typeof fields] !== v))
            throw new Error(
              `The demo's meeting ${m.visiting} – ${m.host} is not what the matching suggests: ${JSON.stringify(fields, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))}`,
            );
          const round = roundId.get(m.round)!;
          return {
            id: meetingIds[i],
            eventId: event.id,
            visitingBusinessId,
            hostBusinessId,
            ...fields,
            mustMeet: m.mustMeet,
            status: m.status,
            requestedBy: m.requestedBy,
            roundId: round.id,
            tableId: tableId.get(m.table)!,
            publishedAt: new Date("2025-05-06T10:00:00+08:00"),
            attendanceAt: new Date(round.startsAt.getTime() + (m.status === "HELD" ? 3 : 10) * 60_000),
            outcome: m.outcome,
            outcomeAt: m.outcome ? new Date("2025-11-10T10:00:00+07:00") : null,
            createdAt: new Date("2025-05-02T10:00:00+08:00"),
          };
        }),
      });

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
          meetingId: meetingIds[c.meeting],
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
        after: {
          slug: event.slug,
          businesses: businesses.length,
          commitments: commitments.length,
          agreements: DEMO_AGREEMENTS.length,
          tradeLines: lines.length,
          meetings: meetings.length,
        },
      });
      return { created: true, eventId: event.id };
    },
    { timeout: 60_000 },
  );
}
