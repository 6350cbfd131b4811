// Each change of the business matching writes its audit row, naming who (an account, or a badge) and
// what changed; each refusal says what is wrong and changes nothing.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { badgeOf, BEFORE_THE_DAY, matchingMission, pairKey, PRACTICE_SCHEDULE, staffActor } from "../support/matching";
import { newPracticeMission } from "../support/missions";
import { said } from "../support/said";
import { changedTables, tableFingerprints } from "../support/table-fingerprints";
import { getDb } from "@/lib/db/client";
import { markAttendance } from "@/lib/matching/attendance";
import { availabilityInput, setUnavailableRounds } from "@/lib/matching/availability";
import { acceptPairs, cancelMeeting, setMustMeet } from "@/lib/matching/pairs";
import { answerRequest, requestMeeting } from "@/lib/matching/requests";
import { runSchedule } from "@/lib/matching/run-schedule";
import { saveScheduleSetup, scheduleSetupInput } from "@/lib/matching/schedule-setup";
import { removeTradeLine } from "@/lib/matching/trade-lines";

withTestDatabase();

const setup = { ...PRACTICE_SCHEDULE, tableNames: "" };

describe("a business's unavailable rounds", () => {
  it("are kept once each, in order, audited with who and how; an unknown round or another mission's business changes nothing", async () => {
    const { event, fishFarm } = await matchingMission();
    const organizer = await staffActor("ADMIN");
    await saveScheduleSetup(event, setup, organizer);
    const db = await getDb();

    expect(availabilityInput.parse({ unavailableRounds: ["3", "1", "3"] })).toEqual({ unavailableRounds: [3, 1, 3] });
    const other = await newPracticeMission();
    const before = await tableFingerprints();
    expect(await said(setUnavailableRounds(event, fishFarm.id, [1, 4], { ...organizer, via: "staff" }))).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { unavailableRounds: ["Sesi 4 tidak ada."] },
    });
    expect(await setUnavailableRounds(other, fishFarm.id, [1], { ...organizer, via: "staff" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(changedTables(before, await tableFingerprints())).toEqual([]);

    expect(await said(setUnavailableRounds(event, fishFarm.id, [3, 1, 3], { ...organizer, via: "staff" }))).toMatchObject({
      ok: true,
      message: "Sesi yang tidak bisa diikuti disimpan; penjadwalan berikutnya mengosongkannya.",
    });
    expect((await db.business.findUniqueOrThrow({ where: { id: fishFarm.id } })).unavailableRounds).toEqual([1, 3]);
    const tambak = await badgeOf(fishFarm);
    expect(await setUnavailableRounds(tambak.business.event, fishFarm.id, [], { ...tambak.by, via: "badge" })).toMatchObject({ ok: true });
    const rows = await db.auditEvent.findMany({ where: { action: "business.availability_changed", targetId: fishFarm.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.actorId, r.ip, r.eventId, r.before, r.after])).toEqual([
      [organizer.id, organizer.ip, event.id, { unavailableRounds: [] }, { unavailableRounds: [1, 3], via: "staff" }],
      [null, "203.0.113.5", event.id, { unavailableRounds: [1, 3] }, { unavailableRounds: [], via: "badge" }],
    ]);
  });
});

describe("the schedule's set-up", () => {
  it("names tables line by line, refuses a name too long, and says what it changed", async () => {
    const { event } = await matchingMission();
    const organizer = await staffActor("ADMIN");
    const db = await getDb();
    const long = "x".repeat(61);
    expect(await said(saveScheduleSetup(event, { ...setup, tableNames: `Perikanan\n${long}` }, organizer))).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { tableNames: ["Nama meja di baris 2 lebih dari 60 huruf."] },
    });
    expect(await db.meetingTable.count({ where: { eventId: event.id } })).toBe(0);
    // Sixty letters is a name; a blank line leaves a table with its number only; lines past the last table are not tables.
    const sixty = "y".repeat(60);
    expect(await saveScheduleSetup(event, { ...setup, tableNames: `\r\n${sixty}\nMeja Tiga` }, organizer)).toMatchObject({ ok: true });
    expect((await db.meetingTable.findMany({ where: { eventId: event.id }, orderBy: { number: "asc" } })).map((t) => t.name)).toEqual([null, sixty]);
    expect(await saveScheduleSetup(event, { ...setup, rounds: 2, tables: 1, tableNames: "  Perikanan  " }, organizer)).toMatchObject({
      ok: true,
      data: { rounds: 2, tables: 1, unplaced: 0 },
    });
    expect((await db.meetingTable.findMany({ where: { eventId: event.id } })).map((t) => [t.number, t.name])).toEqual([[1, "Perikanan"]]);
    const rows = await db.auditEvent.findMany({ where: { action: "schedule.setup_changed", targetId: event.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.actorId, r.before, r.after])).toEqual([
      [
        organizer.id,
        { rounds: 0, tables: 0, first: null, last: null },
        { rounds: 3, tables: 2, first: "2026-12-10T02:00:00.000Z", last: "2026-12-10T03:20:00.000Z", unplaced: 0 },
      ],
      [
        organizer.id,
        { rounds: 3, tables: 2, first: "2026-12-10T02:00:00.000Z", last: "2026-12-10T03:20:00.000Z" },
        { rounds: 2, tables: 1, first: "2026-12-10T02:00:00.000Z", last: "2026-12-10T02:50:00.000Z", unplaced: 0 },
      ],
    ]);
    expect(scheduleSetupInput.safeParse({ ...setup, tables: "0" }).success).toBe(false);
    expect(scheduleSetupInput.safeParse({ ...setup, tables: "501" }).success).toBe(false);
    expect(scheduleSetupInput.safeParse({ ...setup, tables: "500" }).success).toBe(true);
  });

  it("keeps a table or round where a meeting was held or missed, and takes the others' meetings off the schedule", async () => {
    const { event, feedMaker, fishFarm, mine, batik, boutique } = await matchingMission();
    const organizer = await staffActor("ADMIN");
    const db = await getDb();
    await saveScheduleSetup(event, setup, organizer);
    await acceptPairs(event, { pairs: [pairKey(feedMaker, fishFarm), pairKey(feedMaker, mine), pairKey(batik, boutique)], mustMeet: false }, organizer);
    await runSchedule(event, { movePublished: false, onlyCheckedIn: false }, organizer, BEFORE_THE_DAY);
    // Round 1: the feed at table 1, the batik at table 2; round 2: the coal at table 1.
    const meetingWith = (host: { id: string }) => db.meeting.findFirstOrThrow({ where: { eventId: event.id, hostBusinessId: host.id } });
    const [feed, coal, cloth] = await Promise.all([fishFarm, mine, boutique].map(meetingWith));
    await markAttendance(event, { meetingId: cloth.id, attendance: "NO_SHOW" }, organizer);

    const before = await tableFingerprints();
    expect(await said(saveScheduleSetup(event, { ...setup, tables: 1 }, organizer))).toMatchObject({
      ok: false,
      code: "SCHEDULE_IN_USE",
      message: "Meja atau sesi yang akan dihapus sudah dipakai 1 pertemuan yang terlaksana atau dicatat tidak hadir. Tidak ada yang diubah.",
    });
    expect(changedTables(before, await tableFingerprints())).toEqual([]);

    // Dropping round 3 (empty) and round 2 (the coal, not yet held) is allowed: the coal waits for the next run.
    expect(await saveScheduleSetup(event, { ...setup, rounds: 1 }, organizer)).toMatchObject({ ok: true, data: { unplaced: 1 } });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: coal.id } })).toMatchObject({ roundId: null, tableId: null, publishedAt: null });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: feed.id } })).roundId).not.toBeNull();
  });
});

describe("the pairs' changes", () => {
  it("are audited: must-meet, a cancellation with its reason and freed place, a request through a badge, a line removed", async () => {
    const { event, feedMaker, fishFarm, mine } = await matchingMission();
    const organizer = await staffActor("ADMIN");
    const db = await getDb();
    await saveScheduleSetup(event, setup, organizer);
    await acceptPairs(event, { pairs: [pairKey(feedMaker, mine)], mustMeet: false }, organizer);
    await runSchedule(event, { movePublished: false, onlyCheckedIn: false }, organizer, BEFORE_THE_DAY);
    const coal = await db.meeting.findFirstOrThrow({ where: { eventId: event.id, hostBusinessId: mine.id } });

    expect(await said(setMustMeet(event, { meetingId: coal.id, mustMeet: false }, organizer))).toMatchObject({ ok: true, message: expect.any(String) });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "meeting.must_meet_changed", targetId: coal.id } })).toMatchObject({
      actorId: organizer.id,
      eventId: event.id,
      after: { mustMeet: false },
    });

    expect(await cancelMeeting(event, { meetingId: coal.id, reason: "Pabrik sedang audit" }, organizer)).toMatchObject({ ok: true });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: coal.id } })).toMatchObject({ status: "CANCELLED", roundId: null, tableId: null });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "meeting.cancelled", targetId: coal.id } })).toMatchObject({
      actorId: organizer.id,
      eventId: event.id,
      before: { status: "ACCEPTED", roundId: coal.roundId, tableId: coal.tableId },
      after: { status: "CANCELLED", reason: "Pabrik sedang audit" },
    });
    // A cancelled meeting's must-meet mark no longer matters, and cannot be set.
    expect(await setMustMeet(event, { meetingId: coal.id, mustMeet: true }, organizer)).toMatchObject({ ok: false, code: "NOT_FOUND" });

    const tambak = await badgeOf(fishFarm);
    const asked = await requestMeeting(tambak.business, feedMaker.id, tambak.by);
    if (!asked.ok) throw new Error(JSON.stringify(asked));
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "meeting.requested", targetId: asked.data.id } })).toMatchObject({
      actorId: null,
      ip: "203.0.113.5",
      eventId: event.id,
      after: {
        status: "REQUESTED",
        visitingBusinessId: feedMaker.id,
        hostBusinessId: fishFarm.id,
        potential: "2000000000",
        via: "badge",
        badge: fishFarm.badgeCode,
      },
    });

    const line = await db.tradeLine.findFirstOrThrow({ where: { businessId: mine.id, kind: "NEED" } });
    const other = await newPracticeMission();
    expect(await removeTradeLine(other, mine.id, line.id, { ...organizer, via: "staff" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await removeTradeLine(event, fishFarm.id, line.id, { ...organizer, via: "staff" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.tradeLine.findUniqueOrThrow({ where: { id: line.id } })).removedAt).toBeNull();
    expect(await removeTradeLine(event, mine.id, line.id, { ...organizer, via: "staff" })).toMatchObject({ ok: true });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "trade_line.removed", targetId: line.id } })).toMatchObject({
      actorId: organizer.id,
      eventId: event.id,
      after: { via: "staff" },
    });
  });
});

describe("accepting pairs", () => {
  it("writes each meeting with its lines and an audit row saying what was accepted, new or again; another mission's business changes nothing", async () => {
    const { event, feedMaker, fishFarm, mine } = await matchingMission();
    const organizer = await staffActor("ADMIN");
    const db = await getDb();
    expect(await acceptPairs(event, { pairs: [pairKey(feedMaker, fishFarm)], mustMeet: true }, organizer)).toMatchObject({ ok: true });
    const feed = await db.meeting.findFirstOrThrow({ where: { eventId: event.id, hostBusinessId: fishFarm.id } });
    const [offer, need] = await Promise.all([
      db.tradeLine.findFirstOrThrow({ where: { businessId: feedMaker.id, kind: "OFFER" } }),
      db.tradeLine.findFirstOrThrow({ where: { businessId: fishFarm.id, kind: "NEED" } }),
    ]);
    expect(feed).toMatchObject({ visitingLineId: offer.id, hostLineId: need.id, requestedBy: null, cancelReason: null, roundId: null });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "meeting.accepted", targetId: feed.id } })).toMatchObject({
      actorId: organizer.id,
      ip: organizer.ip,
      eventId: event.id,
      targetType: "Meeting",
      before: null,
      after: { status: "ACCEPTED", visitingBusinessId: feedMaker.id, hostBusinessId: fishFarm.id, potential: "2000000000", mustMeet: true },
    });

    await cancelMeeting(event, { meetingId: feed.id, reason: "Jadwal bentrok" }, organizer);
    expect(await acceptPairs(event, { pairs: [pairKey(feedMaker, fishFarm)], mustMeet: false }, organizer)).toMatchObject({
      ok: true,
      data: { accepted: 1, skipped: 0 },
    });
    const again = await db.auditEvent.findMany({ where: { action: "meeting.accepted", targetId: feed.id }, orderBy: { id: "asc" } });
    expect(again).toHaveLength(2);
    expect(again[1]).toMatchObject({
      actorId: organizer.id,
      eventId: event.id,
      targetType: "Meeting",
      before: { status: "CANCELLED" },
      after: { status: "ACCEPTED", potential: "2000000000", mustMeet: false },
    });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: feed.id } })).toMatchObject({
      status: "ACCEPTED",
      visitingLineId: offer.id,
      hostLineId: need.id,
      potential: 2_000_000_000n,
      mustMeet: false,
    });

    // A pair naming another mission's business is refused whole, even beside a good pair.
    const other = await matchingMission();
    const before = await tableFingerprints();
    expect(await acceptPairs(event, { pairs: [pairKey(feedMaker, mine), pairKey(other.feedMaker, fishFarm)], mustMeet: false }, organizer)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(changedTables(before, await tableFingerprints())).toEqual([]);
  });
});

describe("a representative's request", () => {
  it("from the visiting side is kept with its lines, answered through the host's badge, audited; another mission's partner and a closed mission are refused", async () => {
    const { event, feedMaker, fishFarm } = await matchingMission();
    const other = await matchingMission();
    const db = await getDb();
    const jaya = await badgeOf(feedMaker);
    expect(await requestMeeting(jaya.business, other.fishFarm.id, jaya.by)).toMatchObject({ ok: false, code: "NOT_FOUND" });

    const asked = await requestMeeting(jaya.business, fishFarm.id, jaya.by);
    if (!asked.ok) throw new Error(JSON.stringify(asked));
    const [offer, need] = await Promise.all([
      db.tradeLine.findFirstOrThrow({ where: { businessId: feedMaker.id, kind: "OFFER" } }),
      db.tradeLine.findFirstOrThrow({ where: { businessId: fishFarm.id, kind: "NEED" } }),
    ]);
    expect(await db.meeting.findUniqueOrThrow({ where: { id: asked.data.id } })).toMatchObject({
      eventId: event.id,
      status: "REQUESTED",
      requestedBy: "VISITING",
      visitingBusinessId: feedMaker.id,
      hostBusinessId: fishFarm.id,
      visitingLineId: offer.id,
      hostLineId: need.id,
      category: "SELL",
      commodity: "Pakan ikan",
      sector: "Perikanan",
    });
    // The visitor who asked cannot answer; the host does, through its own badge.
    expect(await answerRequest(jaya.business, { meetingId: asked.data.id, answer: "accept" }, jaya.by)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const tambak = await badgeOf(fishFarm);
    expect(await answerRequest(tambak.business, { meetingId: asked.data.id, answer: "accept" }, tambak.by)).toMatchObject({ ok: true });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "meeting.accepted", targetId: asked.data.id } })).toMatchObject({
      actorId: null,
      ip: tambak.by.ip,
      eventId: event.id,
      targetType: "Meeting",
      before: { status: "REQUESTED" },
      after: { status: "ACCEPTED", via: "badge", badge: fishFarm.badgeCode },
    });
    // Another mission's badge finds nothing to answer here.
    const stranger = await badgeOf(other.fishFarm);
    expect(await answerRequest(stranger.business, { meetingId: asked.data.id, answer: "decline" }, stranger.by)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });

    await db.event.update({ where: { id: event.id }, data: { status: "CLOSED" } });
    const before = await tableFingerprints();
    const batik = await db.business.findFirstOrThrow({ where: { eventId: event.id, name: "CV Batik Sekar" } });
    const boutique = await db.business.findFirstOrThrow({ where: { eventId: event.id, name: "Butik Samarinda" } });
    const sekar = await badgeOf(batik);
    expect(await requestMeeting(sekar.business, boutique.id, sekar.by)).toMatchObject({ ok: false, code: "MISSION_NOT_OPEN" });
    expect(changedTables(before, await tableFingerprints())).toEqual([]);
  });
});
