// What the business-matching tests need: a mission of their own with businesses of both sides and
// their offers and needs, an organizer and a desk account, and a representative's badge access.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/authorize";
import { representativeAccess } from "@/lib/businesses/representative-access";
import { getDb } from "@/lib/db/client";
import { matchKey, type TradeLineKindCode } from "@/lib/matching/lines";
import { newBusiness, newPracticeMission } from "./missions";

export async function staffActor(role: "ADMIN" | "DESK", eventId?: string): Promise<Actor> {
  const db = await getDb();
  const email = `${randomUUID()}@matching.test`;
  const user = await db.user.create({
    data: { email, name: role === "ADMIN" ? "Panitia" : "Petugas", role, passwordHash: "x", assignments: eventId ? { create: [{ eventId }] } : undefined },
  });
  return { id: user.id, name: user.name, email, role, mustChangePassword: false, ip: "198.51.100.7", userAgent: "vitest" };
}

export type LineSpec = [kind: TradeLineKindCode, commodity: string, sector: string, estimatedValue?: bigint];

/** A business of one side, with its lines (written straight to the database, as an import would). */
export async function businessWithLines(eventId: string, role: "VISITING" | "HOST", name: string, lines: LineSpec[], extra: { checkedIn?: boolean } = {}) {
  const db = await getDb();
  const side = await db.eventSide.findFirstOrThrow({ where: { eventId, role } });
  const business = await newBusiness(eventId, role, name, {
    sector: lines[0]?.[2] ?? "Kuliner",
    regency: side.regencies[0],
    checkedInAt: extra.checkedIn === false ? null : new Date(),
  });
  for (const [kind, commodity, sector, estimatedValue] of lines)
    await db.tradeLine.create({
      data: { eventId, businessId: business.id, kind, commodity, sector, estimatedValue: estimatedValue ?? null, matchKey: matchKey(commodity) },
    });
  return business;
}

/** The practice-like mission, open (LIVE), with two Jatim and three Kaltim businesses whose lines match in known ways. */
export async function matchingMission() {
  const event = await newPracticeMission();
  const db = await getDb();
  const scoped = await db.event.findUniqueOrThrow({ where: { id: event.id }, select: { id: true, slug: true, name: true, timeZone: true, status: true } });
  const feedMaker = await businessWithLines(event.id, "VISITING", "PT Pakan Jaya", [
    ["OFFER", "Pakan ikan", "Perikanan", 5_000_000_000n],
    ["NEED", "Batu bara", "Perdagangan Umum", 1_000_000_000n],
  ]);
  const batik = await businessWithLines(event.id, "VISITING", "CV Batik Sekar", [["OFFER", "Kain batik tulis", "Fesyen", 300_000_000n]]);
  const fishFarm = await businessWithLines(event.id, "HOST", "CV Tambak Mahakam", [["NEED", "Pakna ikan", "Perikanan", 2_000_000_000n]]);
  const mine = await businessWithLines(event.id, "HOST", "PT Tambang Etam", [
    ["OFFER", "Batubara", "Perdagangan Umum", 40_000_000_000n],
    ["NEED", "Pakan ternak", "Industri Pengolahan", 9_000_000_000n],
  ]);
  const boutique = await businessWithLines(event.id, "HOST", "Butik Samarinda", [["NEED", "Batik", "Fesyen"]], { checkedIn: false });
  return { event: scoped, feedMaker, batik, fishFarm, mine, boutique };
}

/** What a representative's badge link opens, for calling the badge's own operations. */
export async function badgeOf(business: { badgeCode: string; accessSecret: string }) {
  const access = await representativeAccess(business.badgeCode, business.accessSecret);
  if (!access) throw new Error("no access");
  return { business: access, by: { id: null, ip: "203.0.113.5", userAgent: "tablet" } };
}

/** How a pair is ticked on the matching page: "visitingId|hostId". */
export const pairKey = (visiting: { id: string }, host: { id: string }) => `${visiting.id}|${host.id}`;
/** Before the practice day's rounds: the scheduler may use every one of them. */
export const BEFORE_THE_DAY = new Date("2026-12-09T10:00:00+07:00");
/** Two tables (the first named) and three 20-minute rounds from 09.00 WIB on the practice day. */
export const PRACTICE_SCHEDULE = { date: "2026-12-10", start: "09.00", minutes: 20, rounds: 3, gap: 10, breaks: "", tables: 2, tableNames: "Perikanan\n" };
