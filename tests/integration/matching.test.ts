// The business matching end to end in the domain: offers and needs, suggested pairs, accepting and
// requesting, the schedule, the day's marks, the deals signed from meetings, outcomes and the target.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { badgeOf, BEFORE_THE_DAY, businessWithLines, matchingMission, pairKey, PRACTICE_SCHEDULE, staffActor } from "../support/matching";
import { newPracticeMission } from "../support/missions";
import { said } from "../support/said";
import { signingRequest } from "../support/signing";
import { getDb } from "@/lib/db/client";
import { localIsoDateTime } from "@/lib/format/datetime";
import { recordCommitment } from "@/lib/commitments/record-commitment";
import { replaceCommitment, voidCommitment } from "@/lib/commitments/corrections";
import { recordRealisation } from "@/lib/commitments/record-realisation";
import { markAttendance } from "@/lib/matching/attendance";
import { setUnavailableRounds } from "@/lib/matching/availability";
import { recordMeetingOutcome } from "@/lib/matching/outcome";
import { acceptPairs, cancelMeeting, setMustMeet } from "@/lib/matching/pairs";
import { matchingFunnel } from "@/lib/matching/queries";
import { answerRequest, requestMeeting } from "@/lib/matching/requests";
import { publishSchedule, runSchedule } from "@/lib/matching/run-schedule";
import { saveScheduleSetup } from "@/lib/matching/schedule-setup";
import { matchesByLine, suggestedPairs } from "@/lib/matching/suggest";
import { setTargetFromMatching } from "@/lib/matching/target";
import { removeTradeLine, saveTradeLine } from "@/lib/matching/trade-lines";
import { eventTotals, totalsToJson } from "@/lib/totals/queries";

withTestDatabase();

describe("offers and needs", () => {
  it("are added, changed and removed by staff or through the badge, each audited with who and how", async () => {
    const { event, batik } = await matchingMission();
    const desk = await staffActor("DESK", event.id);
    const db = await getDb();

    const added = await said(
      saveTradeLine(
        event,
        batik.id,
        { kind: "OFFER", commodity: " Selendang  sutra ", quantity: "1.500", unit: "lembar", estimatedValue: "750 jt" },
        { ...desk, via: "staff" },
      ),
    );
    expect(added).toMatchObject({ ok: true, message: "Baris disimpan. Saran pasangan sudah menyesuaikan." });
    if (!added.ok) return;
    expect(await db.tradeLine.findUniqueOrThrow({ where: { id: added.data.id } })).toMatchObject({
      kind: "OFFER",
      commodity: "Selendang sutra",
      sector: "Fesyen",
      unit: "lembar",
      estimatedValue: 750_000_000n,
      matchKey: "selendang sutra",
      removedAt: null,
    });
    expect((await db.tradeLine.findUniqueOrThrow({ where: { id: added.data.id } })).quantity?.toString()).toBe("1500");
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "trade_line.added", targetId: added.data.id } })).toMatchObject({
      actorId: desk.id,
      ip: "198.51.100.7",
      after: { businessId: batik.id, kind: "OFFER", commodity: "Selendang sutra", sector: "Fesyen", estimatedValue: "750000000", via: "staff" },
    });

    const { business, by } = await badgeOf(batik);
    const changed = await saveTradeLine(
      business.event,
      business.id,
      { lineId: added.data.id, kind: "OFFER", commodity: "Selendang sutera", estimatedValue: "1 miliar" },
      { ...by, via: "badge" },
    );
    expect(changed).toMatchObject({ ok: true, data: { id: added.data.id } });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "trade_line.updated", targetId: added.data.id } })).toMatchObject({
      actorId: null,
      ip: "203.0.113.5",
      before: { commodity: "Selendang sutra", estimatedValue: "750000000" },
      after: { commodity: "Selendang sutera", estimatedValue: "1000000000", via: "badge" },
    });

    expect(await said(removeTradeLine(event, batik.id, added.data.id, { ...desk, via: "staff" }))).toMatchObject({
      ok: true,
      message: "Baris dihapus dari daftar.",
    });
    // Kept, marked removed: a meeting's reason may still quote it.
    expect((await db.tradeLine.findUniqueOrThrow({ where: { id: added.data.id } })).removedAt).not.toBeNull();
    expect(await said(removeTradeLine(event, batik.id, added.data.id, { ...desk, via: "staff" }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Baris ini tidak ada di daftar pelaku usaha ini.",
    });
    await expect(db.tradeLine.delete({ where: { id: added.data.id } })).rejects.toThrow(/mark the line removed instead/);
  });

  it("say what is wrong, field by field, and refuse another mission's business, a twenty-first line and a closed mission", async () => {
    const { event, batik } = await matchingMission();
    const desk = await staffActor("DESK", event.id);
    const db = await getDb();
    const refused = await said(
      saveTradeLine(event, batik.id, { kind: "OFFER", commodity: "K", sector: "Tambang", estimatedValue: "12.5 juta" }, { ...desk, via: "staff" }),
    );
    expect(refused).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { commodity: [expect.any(String)] } });
    const wrong = await said(
      saveTradeLine(event, batik.id, { kind: "OFFER", commodity: "Kain", sector: "Tambang", estimatedValue: "12.5 juta" }, { ...desk, via: "staff" }),
    );
    expect(wrong).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { sector: [expect.stringContaining("Tambang")], estimatedValue: [expect.stringContaining("12,5 juta")] },
    });

    const other = await newPracticeMission();
    expect(await saveTradeLine(other, batik.id, { kind: "OFFER", commodity: "Kain" }, { ...desk, via: "staff" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const elsewhere = await businessWithLines(other.id, "VISITING", "Usaha Lain", [["OFFER", "Kopi", "Kuliner"]]);
    const [otherLine] = await db.tradeLine.findMany({ where: { businessId: elsewhere.id } });
    expect(await saveTradeLine(event, batik.id, { lineId: otherLine.id, kind: "OFFER", commodity: "Kopi" }, { ...desk, via: "staff" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });

    for (let i = 1; i < 20; i++)
      await db.tradeLine.create({
        data: { eventId: event.id, businessId: batik.id, kind: "OFFER", commodity: `Batik ${i}`, sector: "Fesyen", matchKey: `batik ${i}` },
      });
    expect(await said(saveTradeLine(event, batik.id, { kind: "OFFER", commodity: "Batik lagi" }, { ...desk, via: "staff" }))).toMatchObject({
      ok: false,
      code: "TOO_MANY_LINES",
      message: "Satu pelaku usaha paling banyak mencantumkan 20 baris penawaran dan kebutuhan. Ubah atau hapus baris yang ada.",
    });

    await db.tradeLine.updateMany({ where: { businessId: batik.id, commodity: "Batik 19" }, data: { removedAt: new Date() } });
    // The last place taken from five tablets at once: one line goes in, the other four are told the list is full.
    const five = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => saveTradeLine(event, batik.id, { kind: "OFFER", commodity: `Tenun ${n}` }, { ...desk, via: "staff" })),
    );
    expect(five.filter((r) => r.ok)).toHaveLength(1);
    expect(five.filter((r) => !r.ok && r.code === "TOO_MANY_LINES")).toHaveLength(4);
    expect(await db.tradeLine.count({ where: { businessId: batik.id, removedAt: null } })).toBe(20);

    await db.event.update({ where: { id: event.id }, data: { status: "CLOSED" } });
    expect(await said(saveTradeLine(event, batik.id, { kind: "NEED", commodity: "Benang" }, { ...desk, via: "staff" }))).toMatchObject({
      ok: false,
      code: "MISSION_NOT_OPEN",
      message: expect.stringContaining("temu bisnis tidak dibuka"),
    });
  });
});

describe("suggested pairs", () => {
  it("match commodities word by word, typos and spellings forgiven, ranked with their reason and potential", async () => {
    const { event, feedMaker, batik, fishFarm, mine, boutique } = await matchingMission();
    const pairs = await suggestedPairs(event.id);
    expect(pairs.map((p) => [p.visiting.name, p.host.name, p.category, p.visitingLine.commodity, p.hostLine.commodity, p.potential])).toEqual([
      ["PT Pakan Jaya", "PT Tambang Etam", "BUY", "Batu bara", "Batubara", 1_000_000_000n],
      ["PT Pakan Jaya", "CV Tambak Mahakam", "SELL", "Pakan ikan", "Pakna ikan", 2_000_000_000n],
      ["CV Batik Sekar", "Butik Samarinda", "SELL", "Kain batik tulis", "Batik", null],
    ]);
    // "Pakan ikan" is not "pakan ternak": that pair is not suggested.
    expect(pairs.some((p) => p.visitingBusinessId === feedMaker.id && p.hostBusinessId === mine.id && p.category === "SELL")).toBe(false);
    expect(pairs.every((p) => p.meeting === null)).toBe(true);
    expect(pairs.find((p) => p.host.id === boutique.id)!.host).toEqual({
      id: boutique.id,
      name: "Butik Samarinda",
      sector: "Fesyen",
      regency: expect.any(String),
      checkedIn: false,
    });

    // Per line, from one business's side.
    const byLine = await matchesByLine(event.id, feedMaker.id);
    const lines = await (await getDb()).tradeLine.findMany({ where: { businessId: feedMaker.id }, orderBy: { commodity: "asc" } });
    expect(byLine.get(lines.find((l) => l.commodity === "Pakan ikan")!.id)!.map((p) => p.host.name)).toEqual(["CV Tambak Mahakam"]);
    expect(byLine.get(lines.find((l) => l.commodity === "Batu bara")!.id)!.map((p) => p.host.name)).toEqual(["PT Tambang Etam"]);
    expect((await matchesByLine(event.id, fishFarm.id)).size).toBe(1);
    expect(await suggestedPairs(event.id, { businessId: batik.id })).toHaveLength(1);
  });

  it("are accepted one by one or in bulk, with the potential as it stands; decided pairs are left as they are", async () => {
    const { event, feedMaker, batik, fishFarm, mine, boutique } = await matchingMission();
    const organizer = await staffActor("ADMIN");
    const db = await getDb();
    const bulk = await said(
      acceptPairs(event, { pairs: [pairKey(feedMaker, mine), pairKey(feedMaker, fishFarm), pairKey(batik, mine)], mustMeet: true }, organizer),
    );
    expect(bulk).toMatchObject({
      ok: true,
      data: { accepted: 2, skipped: 1 },
      message: "2 pasangan diterima untuk dijadwalkan; 1 dilewati (sudah diputuskan atau tidak cocok lagi).",
    });
    const meetings = await db.meeting.findMany({ where: { eventId: event.id }, orderBy: { potential: "desc" } });
    expect(meetings.map((m) => [m.status, m.mustMeet, m.potential, m.category, m.commodity, m.sector, m.createdById])).toEqual([
      ["ACCEPTED", true, 2_000_000_000n, "SELL", "Pakan ikan", "Perikanan", organizer.id],
      ["ACCEPTED", true, 1_000_000_000n, "BUY", "Batu bara", "Perdagangan Umum", organizer.id],
    ]);
    expect(await db.auditEvent.count({ where: { action: "meeting.accepted", actorId: organizer.id, targetId: { in: meetings.map((m) => m.id) } } })).toBe(2);

    expect(await said(acceptPairs(event, { pairs: [pairKey(feedMaker, mine)], mustMeet: false }, organizer))).toMatchObject({
      ok: false,
      code: "NO_PAIRS_ACCEPTED",
      message:
        "Tidak ada pasangan yang diterima: pasangan yang dipilih sudah diputuskan (diterima, ditolak, atau sudah bertemu) atau penawaran dan kebutuhannya tidak cocok lagi.",
    });

    // Cancelled, it can be accepted again; the pair is still one meeting.
    const batu = meetings[1];
    expect(await said(cancelMeeting(event, { meetingId: batu.id, reason: "Salah satu batal datang" }, organizer))).toMatchObject({ ok: true });
    expect(await cancelMeeting(event, { meetingId: batu.id, reason: "Lagi" }, organizer)).toMatchObject({ ok: false, code: "MEETING_DECIDED" });
    expect(await acceptPairs(event, { pairs: [pairKey(feedMaker, mine), pairKey(batik, boutique)], mustMeet: false }, organizer)).toMatchObject({
      ok: true,
      data: { accepted: 2, skipped: 0 },
    });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: batu.id } })).toMatchObject({ status: "ACCEPTED", mustMeet: false, cancelReason: null });
    expect(await db.meeting.count({ where: { eventId: event.id } })).toBe(3);

    expect(await said(setMustMeet(event, { meetingId: batu.id, mustMeet: true }, organizer))).toMatchObject({
      ok: true,
      message: "Ditandai harus bertemu: dijadwalkan lebih dulu.",
    });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: batu.id } })).mustMeet).toBe(true);
    const other = await newPracticeMission();
    expect(await setMustMeet(other, { meetingId: batu.id, mustMeet: false }, organizer)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await cancelMeeting(other, { meetingId: batu.id, reason: "Salah misi" }, organizer)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("accepted by two organizers at once make one meeting", async () => {
    const { event, feedMaker, mine } = await matchingMission();
    const [a, b] = await Promise.all([staffActor("ADMIN"), staffActor("ADMIN")]);
    const both = await Promise.all([a, b].map((actor) => acceptPairs(event, { pairs: [pairKey(feedMaker, mine)], mustMeet: false }, actor)));
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await (await getDb()).meeting.count({ where: { eventId: event.id } })).toBe(1);
  });
});

describe("a representative's requests", () => {
  it("go to suggested partners only, once; the partner accepts or declines through their own badge", async () => {
    const { event, feedMaker, fishFarm, mine, batik } = await matchingMission();
    const db = await getDb();
    const tambak = await badgeOf(fishFarm);
    expect(await said(requestMeeting(tambak.business, batik.id, tambak.by))).toMatchObject({
      ok: false,
      code: "NOT_SUGGESTED",
      message: "CV Batik Sekar tidak (lagi) cocok dengan penawaran dan kebutuhan Anda: permintaan bertemu hanya untuk mitra yang disarankan.",
    });
    // Not a business of the other side.
    expect(await requestMeeting(tambak.business, mine.id, tambak.by)).toMatchObject({ ok: false, code: "NOT_FOUND" });

    const asked = await said(requestMeeting(tambak.business, feedMaker.id, tambak.by));
    expect(asked).toMatchObject({ ok: true, message: "Permintaan bertemu dikirim ke PT Pakan Jaya. Jawabannya tampil di halaman ini." });
    if (!asked.ok) return;
    expect(await db.meeting.findUniqueOrThrow({ where: { id: asked.data.id } })).toMatchObject({
      status: "REQUESTED",
      requestedBy: "HOST",
      visitingBusinessId: feedMaker.id,
      hostBusinessId: fishFarm.id,
      potential: 2_000_000_000n,
    });
    expect(await requestMeeting(tambak.business, feedMaker.id, tambak.by)).toMatchObject({
      ok: false,
      code: "ALREADY_PAIRED",
      params: { status: "REQUESTED" },
    });
    // The one who asked cannot answer their own request.
    expect(await answerRequest(tambak.business, { meetingId: asked.data.id, answer: "accept" }, tambak.by)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const jaya = await badgeOf(feedMaker);
    expect(await said(answerRequest(jaya.business, { meetingId: asked.data.id, answer: "decline" }, jaya.by))).toMatchObject({
      ok: true,
      message: "Permintaan ditolak.",
    });
    expect(await answerRequest(jaya.business, { meetingId: asked.data.id, answer: "accept" }, jaya.by)).toMatchObject({ ok: false, code: "MEETING_DECIDED" });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "meeting.declined", targetId: asked.data.id } })).toMatchObject({
      actorId: null,
      after: { status: "DECLINED", via: "badge", badge: feedMaker.badgeCode },
    });
    // A declined pair is not accepted on the business's behalf.
    const organizer = await staffActor("ADMIN");
    expect(await acceptPairs(event, { pairs: [pairKey(feedMaker, fishFarm)], mustMeet: false }, organizer)).toMatchObject({
      ok: false,
      code: "NO_PAIRS_ACCEPTED",
    });

    const tambang = await badgeOf(mine);
    const again = await requestMeeting(tambang.business, feedMaker.id, tambang.by);
    if (!again.ok) throw new Error(JSON.stringify(again));
    expect(await said(answerRequest(jaya.business, { meetingId: again.data.id, answer: "accept" }, jaya.by))).toMatchObject({
      ok: true,
      message: "Permintaan diterima: pertemuan akan dijadwalkan panitia.",
    });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: again.data.id } })).status).toBe("ACCEPTED");
  });
});

describe("the schedule", () => {
  it("is set up as tables and rounds, run, published, and run again without moving what was published", async () => {
    const { event, feedMaker, fishFarm, mine, batik, boutique } = await matchingMission();
    const organizer = await staffActor("ADMIN");
    const db = await getDb();
    expect(await said(runSchedule(event, { movePublished: false, onlyCheckedIn: false }, organizer, BEFORE_THE_DAY))).toMatchObject({
      ok: false,
      code: "NO_SCHEDULE_SETUP",
    });
    expect(await said(saveScheduleSetup(event, PRACTICE_SCHEDULE, organizer))).toMatchObject({ ok: true, message: "2 meja dan 3 sesi disimpan." });
    const rounds = await db.meetingRound.findMany({ where: { eventId: event.id }, orderBy: { number: "asc" } });
    expect(rounds.map((r) => [r.number, r.startsAt.toISOString(), r.endsAt.toISOString()])).toEqual([
      [1, "2026-12-10T02:00:00.000Z", "2026-12-10T02:20:00.000Z"],
      [2, "2026-12-10T02:30:00.000Z", "2026-12-10T02:50:00.000Z"],
      [3, "2026-12-10T03:00:00.000Z", "2026-12-10T03:20:00.000Z"],
    ]);
    expect((await db.meetingTable.findMany({ where: { eventId: event.id }, orderBy: { number: "asc" } })).map((t) => t.name)).toEqual(["Perikanan", null]);

    await acceptPairs(event, { pairs: [pairKey(feedMaker, mine), pairKey(feedMaker, fishFarm), pairKey(batik, boutique)], mustMeet: false }, organizer);
    const first = await said(runSchedule(event, { movePublished: false, onlyCheckedIn: false }, organizer, BEFORE_THE_DAY));
    expect(first).toMatchObject({
      ok: true,
      data: { placed: 3, moved: 0, unplaced: [] },
      message: "Penjadwalan selesai: 3 pertemuan mendapat meja, 0 dipindah, 0 belum dapat dijadwalkan.",
    });
    const placed = await db.meeting.findMany({ where: { eventId: event.id }, include: { round: true, table: true } });
    const at = (v: { id: string }, h: { id: string }) => {
      const m = placed.find((p) => p.visitingBusinessId === v.id && p.hostBusinessId === h.id)!;
      return `${m.round!.number}/${m.table!.number}`;
    };
    // Larger potential first: the feed (Rp2 miliar) before the coal (Rp1 miliar); the batik pair has none.
    expect([at(feedMaker, fishFarm), at(feedMaker, mine), at(batik, boutique)]).toEqual(["1/1", "2/1", "1/2"]);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "meetings.scheduled", actorId: organizer.id } })).toMatchObject({
      after: { placed: 3, moved: 0, options: { movePublished: false, onlyCheckedIn: false } },
    });

    expect(await said(publishSchedule(event, organizer))).toMatchObject({ ok: true, data: { published: 3 } });
    expect(await publishSchedule(event, organizer)).toMatchObject({ ok: false, code: "NOTHING_TO_PUBLISH" });

    // The fish farm cannot make round 1 after all, and the boutique never came: the organizer runs it again.
    const tambak = await badgeOf(fishFarm);
    expect(await said(setUnavailableRounds(tambak.business.event, fishFarm.id, [1], { ...tambak.by, via: "badge" }))).toMatchObject({ ok: true });
    const again = await said(runSchedule(event, { movePublished: false, onlyCheckedIn: true }, organizer, BEFORE_THE_DAY));
    expect(again).toMatchObject({ ok: true, data: { placed: 0, moved: 1 } });
    if (!again.ok) return;
    expect(again.data.unplaced).toEqual([{ meetingId: placed.find((p) => p.hostBusinessId === boutique.id)!.id, reason: "NOT_CHECKED_IN" }]);
    const after = await db.meeting.findMany({ where: { eventId: event.id }, include: { round: true } });
    const feed = after.find((m) => m.hostBusinessId === fishFarm.id)!;
    // It moved to the one round both can make, and is no longer published; the coal meeting stayed.
    expect([feed.round!.number, feed.publishedAt]).toEqual([3, null]);
    expect(after.find((m) => m.hostBusinessId === mine.id)).toMatchObject({ round: { number: 2 }, publishedAt: expect.any(Date) });
    expect(after.find((m) => m.hostBusinessId === boutique.id)).toMatchObject({ roundId: null, tableId: null, publishedAt: null });

    // Fewer rounds: the meetings in the removed round come off the schedule.
    expect(await said(saveScheduleSetup(event, { ...PRACTICE_SCHEDULE, rounds: 2 }, organizer))).toMatchObject({ ok: true, data: { unplaced: 1 } });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: feed.id } })).toMatchObject({ roundId: null, tableId: null });
  });

  it("refuses a round in the database that would put a business in two places, or two meetings at one table", async () => {
    const { event, feedMaker, fishFarm, mine } = await matchingMission();
    const organizer = await staffActor("ADMIN");
    const db = await getDb();
    await saveScheduleSetup(event, PRACTICE_SCHEDULE, organizer);
    await acceptPairs(event, { pairs: [pairKey(feedMaker, mine), pairKey(feedMaker, fishFarm)], mustMeet: false }, organizer);
    const [round] = await db.meetingRound.findMany({ where: { eventId: event.id, number: 1 } });
    const tables = await db.meetingTable.findMany({ where: { eventId: event.id }, orderBy: { number: "asc" } });
    const [a, b] = await db.meeting.findMany({ where: { eventId: event.id } });
    await db.meeting.update({ where: { id: a.id }, data: { roundId: round.id, tableId: tables[0].id } });
    await expect(db.meeting.update({ where: { id: b.id }, data: { roundId: round.id, tableId: tables[1].id } })).rejects.toThrow();
    await expect(db.meeting.update({ where: { id: b.id }, data: { roundId: round.id, tableId: null } })).rejects.toThrow();
    await expect(db.meeting.delete({ where: { id: a.id } })).rejects.toThrow(/cancel the meeting/);
  });
});

describe("on the day", () => {
  it("the table host marks meetings; a deal recorded from a held one keeps its link, through a correction too", async () => {
    const { event, feedMaker, fishFarm, mine } = await matchingMission();
    const organizer = await staffActor("ADMIN");
    const desk = await staffActor("DESK", event.id);
    const db = await getDb();
    await saveScheduleSetup(event, PRACTICE_SCHEDULE, organizer);
    await acceptPairs(event, { pairs: [pairKey(feedMaker, mine), pairKey(feedMaker, fishFarm)], mustMeet: false }, organizer);
    const unplaced = (await db.meeting.findFirstOrThrow({ where: { eventId: event.id, hostBusinessId: mine.id } })).id;
    expect(await said(markAttendance(event, { meetingId: unplaced, attendance: "HELD" }, desk))).toMatchObject({ ok: false, code: "NOT_SCHEDULED" });
    await runSchedule(event, { movePublished: false, onlyCheckedIn: false }, organizer, BEFORE_THE_DAY);
    const [coal, feed] = await Promise.all(
      [mine, fishFarm].map((host) => db.meeting.findFirstOrThrow({ where: { eventId: event.id, hostBusinessId: host.id } })),
    );

    expect(await said(markAttendance(event, { meetingId: coal.id, attendance: "NO_SHOW" }, desk))).toMatchObject({ ok: true, message: "Dicatat tidak hadir." });
    expect(await said(markAttendance(event, { meetingId: coal.id, attendance: "NO_SHOW" }, desk))).toMatchObject({
      ok: true,
      message: "Sudah tercatat begitu.",
    });
    expect(await said(markAttendance(event, { meetingId: coal.id, attendance: "ACCEPTED" }, desk))).toMatchObject({
      ok: true,
      message: "Tanda kehadiran dibatalkan.",
    });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: coal.id } })).toMatchObject({ status: "ACCEPTED", attendanceAt: null, attendanceById: null });
    expect(await said(markAttendance(event, { meetingId: feed.id, attendance: "HELD" }, desk))).toMatchObject({ ok: true, message: "Dicatat terlaksana." });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: feed.id } })).toMatchObject({
      status: "HELD",
      attendanceAt: expect.any(Date),
      attendanceById: desk.id,
    });
    expect(await db.auditEvent.count({ where: { action: "meeting.attendance_marked", actorId: desk.id } })).toBe(3);

    // The deal, from the held meeting: its parties must be the meeting's, and the meeting must have been held.
    const parties = { visiting: feedMaker, host: fishFarm };
    const wrongParties = await said(recordCommitment(event, signingRequest({ visiting: feedMaker, host: mine }, { meetingId: feed.id }), desk));
    expect(wrongParties).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { meetingId: [expect.stringContaining("pelaku usaha lain")] } });
    const notHeld = await said(recordCommitment(event, signingRequest({ visiting: feedMaker, host: mine }, { meetingId: coal.id }), desk));
    expect(notHeld).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { meetingId: [expect.stringContaining("belum dicatat terlaksana")] } });
    const deal = await recordCommitment(event, signingRequest(parties, { meetingId: feed.id, commodity: "Pakan ikan", sector: "Perikanan" }), desk);
    if (!deal.ok) throw new Error(JSON.stringify(deal));
    expect((await db.commitment.findUniqueOrThrow({ where: { id: deal.data.id } })).meetingId).toBe(feed.id);
    // A held meeting a deal came from stays held.
    expect(await said(markAttendance(event, { meetingId: feed.id, attendance: "NO_SHOW" }, desk))).toMatchObject({ ok: false, code: "MEETING_HAS_DEALS" });
    const corrected = await replaceCommitment(
      event,
      { ...signingRequest(parties, { value: "2 juta" }), commitmentId: deal.data.id, reason: "Salah nilai" },
      organizer,
    );
    if (!corrected.ok) throw new Error(JSON.stringify(corrected));
    expect((await db.commitment.findUniqueOrThrow({ where: { id: corrected.data.id } })).meetingId).toBe(feed.id);
    // The same request again is the same commitment; a meeting named in it is part of what was asked.
    const request = signingRequest(parties, { meetingId: feed.id });
    await recordCommitment(event, request, desk);
    expect(await recordCommitment(event, { ...request, meetingId: "" }, desk)).toMatchObject({ ok: false, code: "IDEMPOTENCY_MISMATCH" });

    const totals = totalsToJson((await eventTotals(event.slug))!);
    // Held at its table before the schedule was published: it was scheduled all the same.
    expect(totals.meetings).toEqual({ scheduled: 1, held: 1, noShow: 0 });
    await publishSchedule(event, organizer);
    expect(totalsToJson((await eventTotals(event.slug))!).meetings).toEqual({ scheduled: 2, held: 1, noShow: 0 });
    // As of a moment before the marks, nothing was held yet.
    expect(totalsToJson((await eventTotals(event.slug, { asOf: new Date(Date.now() - 3_600_000) }))!).meetings).toEqual({ scheduled: 0, held: 0, noShow: 0 });

    // Marks only while the mission is live.
    await db.event.update({ where: { id: event.id }, data: { status: "PLANNED" } });
    expect(await said(markAttendance(event, { meetingId: coal.id, attendance: "HELD" }, desk))).toMatchObject({
      ok: false,
      code: "MISSION_NOT_OPEN",
      message: expect.stringContaining("pencatatan pertemuan tidak dibuka"),
    });
  });
});

describe("what came of it", () => {
  it("records outcomes of held meetings, sets the target from the accepted potential as seen, and counts the funnel", async () => {
    const { event, feedMaker, fishFarm, mine, batik, boutique } = await matchingMission();
    const organizer = await staffActor("ADMIN");
    const db = await getDb();
    expect(await said(setTargetFromMatching(event, { seenPotential: "0" }, organizer))).toMatchObject({ ok: false, code: "NO_POTENTIAL" });
    await acceptPairs(event, { pairs: [pairKey(feedMaker, mine), pairKey(feedMaker, fishFarm), pairKey(batik, boutique)], mustMeet: false }, organizer);
    expect(await said(setTargetFromMatching(event, { seenPotential: "2000000000" }, organizer))).toMatchObject({
      ok: false,
      code: "POTENTIAL_MOVED",
      message: "Potensi berubah selagi Anda mengonfirmasi: kini 3 pasangan, Rp3.000.000.000. Periksa angkanya, lalu tetapkan lagi.",
    });
    expect(await said(setTargetFromMatching(event, { seenPotential: "3000000000" }, organizer))).toMatchObject({
      ok: true,
      message: "Target misi ditetapkan dari temu bisnis: Rp3.000.000.000.",
    });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).targetAmount).toBe(3_000_000_000n);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "event.target_set", targetId: event.id } })).toMatchObject({
      actorId: organizer.id,
      before: { targetAmount: null },
      after: { targetAmount: "3000000000", from: "matching", pairs: 3 },
    });

    await saveScheduleSetup(event, PRACTICE_SCHEDULE, organizer);
    await runSchedule(event, { movePublished: false, onlyCheckedIn: false }, organizer, BEFORE_THE_DAY);
    const feed = await db.meeting.findFirstOrThrow({ where: { eventId: event.id, hostBusinessId: fishFarm.id } });
    expect(await recordMeetingOutcome(event, { meetingId: feed.id, outcome: "IN_NEGOTIATION", note: null }, organizer)).toMatchObject({
      ok: false,
      code: "MEETING_NOT_HELD",
    });
    await markAttendance(event, { meetingId: feed.id, attendance: "HELD" }, organizer);
    expect(await said(recordMeetingOutcome(event, { meetingId: feed.id, outcome: "IN_NEGOTIATION", note: "Menunggu harga" }, organizer))).toMatchObject({
      ok: true,
      message: "Hasil pertemuan dicatat.",
    });
    await recordMeetingOutcome(event, { meetingId: feed.id, outcome: "AGREEMENT_REACHED", note: null }, organizer);
    expect(await db.meeting.findUniqueOrThrow({ where: { id: feed.id } })).toMatchObject({
      outcome: "AGREEMENT_REACHED",
      outcomeNote: null,
      outcomeAt: expect.any(Date),
    });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "meeting.outcome_recorded", targetId: feed.id }, orderBy: { id: "desc" } })).toMatchObject({
      before: { outcome: "IN_NEGOTIATION", note: "Menunggu harga" },
      after: { outcome: "AGREEMENT_REACHED", note: null },
    });

    const deal = await recordCommitment(event, signingRequest({ visiting: feedMaker, host: fishFarm }, { meetingId: feed.id, value: "1,5 miliar" }), organizer);
    if (!deal.ok) throw new Error(JSON.stringify(deal));
    const funnel = await matchingFunnel(event.id);
    expect(funnel).toMatchObject({
      suggested: 3,
      accepted: 3,
      scheduled: 3,
      held: 1,
      noShow: 0,
      deals: 1,
      committed: 1_500_000_000n,
      realised: 0n,
      potential: 3_000_000_000n,
    });
    expect(funnel.bySector.map((s) => [s.sector, s.suggested, s.accepted, s.held, s.deals, s.committed])).toEqual([
      ["Perikanan", 1, 1, 1, 1, 1_500_000_000n],
      ["Fesyen", 1, 1, 0, 0, 0n],
      ["Perdagangan Umum", 1, 1, 0, 0, 0n],
    ]);

    // Later: part of the deal realised, a second deal from the same meeting voided, the coal pair missed.
    const today = localIsoDateTime(new Date(), "Asia/Jakarta").slice(0, 10);
    expect(
      await recordRealisation(event, { commitmentId: deal.data.id, realisedOn: today, amount: "400 juta", note: "Termin pertama" }, organizer),
    ).toMatchObject({ ok: true });
    const second = await recordCommitment(event, signingRequest({ visiting: feedMaker, host: fishFarm }, { meetingId: feed.id, value: "7 miliar" }), organizer);
    if (!second.ok) throw new Error(JSON.stringify(second));
    expect(await voidCommitment(event, { commitmentId: second.data.id, reason: "Tercatat ganda" }, organizer)).toMatchObject({ ok: true });
    const coal = await db.meeting.findFirstOrThrow({ where: { eventId: event.id, hostBusinessId: mine.id } });
    await markAttendance(event, { meetingId: coal.id, attendance: "NO_SHOW" }, organizer);
    const later = await matchingFunnel(event.id);
    expect(later).toMatchObject({ held: 1, noShow: 1, deals: 1, committed: 1_500_000_000n, realised: 400_000_000n });
    expect(later.bySector.map((s) => [s.sector, s.noShow, s.deals, s.realised])).toEqual([
      ["Perikanan", 0, 1, 400_000_000n],
      ["Fesyen", 0, 0, 0n],
      ["Perdagangan Umum", 1, 0, 0n],
    ]);

    // Outcomes are recorded by the mission's own organizer page only, each naming who recorded it.
    const other = await newPracticeMission();
    expect(await recordMeetingOutcome(other, { meetingId: feed.id, outcome: "NO_FURTHER_CONTACT", note: null }, organizer)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: feed.id } })).outcome).toBe("AGREEMENT_REACHED");
    expect(await db.auditEvent.count({ where: { action: "meeting.outcome_recorded", targetId: feed.id, actorId: organizer.id, eventId: event.id } })).toBe(2);
  });
});
