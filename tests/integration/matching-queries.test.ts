// What the business matching's pages read (lib/matching/queries.ts), on a mission of the test's own
// with a published schedule: the hall screen (public), the lists and filters, the agendas, the counts.
// Each read is scoped to its mission: another mission's ids find nothing.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/database";
import { changedTables, tableFingerprints } from "../support/table-fingerprints";
import { BEFORE_THE_DAY, businessWithLines, matchingMission, pairKey, PRACTICE_SCHEDULE, staffActor } from "../support/matching";
import { getDb } from "@/lib/db/client";
import { markAttendance } from "@/lib/matching/attendance";
import { acceptPairs, cancelMeeting, setMustMeet } from "@/lib/matching/pairs";
import {
  agendas,
  hallScreen,
  heldMeetings,
  listMeetings,
  matchingCounts,
  meetingDetail,
  meetingFilters,
  meetingsOfBusiness,
  MEETINGS_PAGE,
  placedMeetings,
  potentialAndTarget,
  scheduleSetup,
  tradeLinesOf,
  unplacedMeetings,
} from "@/lib/matching/queries";
import { previewSchedule, publishSchedule, runSchedule } from "@/lib/matching/run-schedule";
import { saveScheduleSetup } from "@/lib/matching/schedule-setup";
import { removeTradeLine } from "@/lib/matching/trade-lines";

withTestDatabase();

/** A moment of the practice day, on the mission's clock (WIB), written as the organizer types it: "09.10". */
const at = (time: string) => new Date(`2026-12-10T${time.replace(".", ":")}:00+07:00`);

/**
 * Three accepted pairs placed as the scheduler places them (larger potential first): round 1 the feed
 * (table 1) and the batik (table 2), round 2 the coal (table 1); round 3 empty. Published when asked.
 */
async function scheduledMission(options: { publish: boolean }) {
  const mission = await matchingMission();
  const { event, feedMaker, batik, fishFarm, mine, boutique } = mission;
  const organizer = await staffActor("ADMIN");
  await saveScheduleSetup(event, PRACTICE_SCHEDULE, organizer);
  await acceptPairs(event, { pairs: [pairKey(feedMaker, fishFarm), pairKey(feedMaker, mine), pairKey(batik, boutique)], mustMeet: false }, organizer);
  const run = await runSchedule(event, { movePublished: false, onlyCheckedIn: false }, organizer, BEFORE_THE_DAY);
  expect(run).toMatchObject({ ok: true, data: { placed: 3 } });
  if (options.publish) expect(await publishSchedule(event, organizer)).toMatchObject({ ok: true, data: { published: 3 } });
  const db = await getDb();
  const meetingWith = (host: { id: string }) => db.meeting.findFirstOrThrow({ where: { eventId: event.id, hostBusinessId: host.id } });
  const [feed, coal, cloth] = await Promise.all([fishFarm, mine, boutique].map(meetingWith));
  return { ...mission, organizer, feed, coal, cloth };
}

describe("the hall screen", () => {
  it("shows the round under way and the next, table by table, with names and sides only", async () => {
    const { event } = await scheduledMission({ publish: true });
    const screen = await hallScreen(event.slug, at("09.10"));
    expect(screen).toEqual({
      event: { name: event.name, slug: event.slug, timeZone: event.timeZone, sides: expect.any(Array) },
      current: {
        id: expect.any(String),
        number: 1,
        startsAt: at("09.00"),
        endsAt: at("09.20"),
        meetings: [
          { table: { number: 1, name: "Perikanan" }, visiting: "PT Pakan Jaya", host: "CV Tambak Mahakam", status: "ACCEPTED" },
          { table: { number: 2, name: null }, visiting: "CV Batik Sekar", host: "Butik Samarinda", status: "ACCEPTED" },
        ],
      },
      next: {
        id: expect.any(String),
        number: 2,
        startsAt: at("09.30"),
        endsAt: at("09.50"),
        meetings: [{ table: { number: 1, name: "Perikanan" }, visiting: "PT Pakan Jaya", host: "PT Tambang Etam", status: "ACCEPTED" }],
      },
      rounds: 3,
      over: false,
    });
    expect(new Set(screen!.event.sides.map((s) => Object.keys(s).sort().join()))).toEqual(new Set(["role,shortName"]));
  });

  it("between rounds shows only the next; at a round's last minute still that round; after the last round, the day is over", async () => {
    const { event } = await scheduledMission({ publish: true });
    const before = await hallScreen(event.slug, at("08.00"));
    expect([before?.current, before?.next?.number, before?.over]).toEqual([null, 1, false]);
    const gap = await hallScreen(event.slug, at("09.25"));
    expect([gap?.current, gap?.next?.number, gap?.over]).toEqual([null, 2, false]);
    // A round ends at its endsAt: one millisecond before, it is still under way.
    const lastMoment = await hallScreen(event.slug, new Date(at("09.20").getTime() - 1));
    expect([lastMoment?.current?.number, lastMoment?.next?.number]).toEqual([1, 2]);
    const starting = await hallScreen(event.slug, at("09.30"));
    expect([starting?.current?.number, starting?.next?.number]).toEqual([2, 3]);
    expect(starting?.next?.meetings).toEqual([]);
    const last = await hallScreen(event.slug, at("10.10"));
    expect([last?.current?.number, last?.next, last?.over]).toEqual([3, null, false]);
    const after = await hallScreen(event.slug, at("10.20"));
    expect([after?.current, after?.next, after?.over]).toEqual([null, null, true]);
  });

  it("shows no meeting before the schedule is published, none cancelled, and held and missed ones as they were marked", async () => {
    const { event, organizer, feed, cloth, coal } = await scheduledMission({ publish: false });
    expect((await hallScreen(event.slug, at("09.10")))?.current?.meetings).toEqual([]);
    await publishSchedule(event, organizer);
    expect(await cancelMeeting(event, { meetingId: coal.id, reason: "Batal datang" }, organizer)).toMatchObject({ ok: true });
    const desk = await staffActor("DESK", event.id);
    await markAttendance(event, { meetingId: feed.id, attendance: "HELD" }, desk);
    await markAttendance(event, { meetingId: cloth.id, attendance: "NO_SHOW" }, desk);
    const screen = await hallScreen(event.slug, at("09.10"));
    expect(screen?.current?.meetings.map((m) => [m.table.number, m.status])).toEqual([
      [1, "HELD"],
      [2, "NO_SHOW"],
    ]);
    expect(screen?.next?.meetings).toEqual([]);
  });

  it("is there for no mission without rounds, none archived, none unknown and no malformed address", async () => {
    const { event } = await matchingMission();
    expect(await hallScreen(event.slug, at("09.10"))).toMatchObject({ current: null, next: null, rounds: 0, over: false });
    expect(await hallScreen("tidak-ada-misi", at("09.10"))).toBeNull();
    expect(await hallScreen("../etc/passwd", at("09.10"))).toBeNull();
    await (await getDb()).event.update({ where: { id: event.id }, data: { status: "ARCHIVED" } });
    expect(await hallScreen(event.slug, at("09.10"))).toBeNull();
  });
});

describe("the meetings' lists", () => {
  it("list must-meet pairs first, then by potential (none last), filter by status, and read a page past the last as empty", async () => {
    const { event, organizer, feed, coal, cloth } = await scheduledMission({ publish: false });
    const all = await listMeetings(event.id, meetingFilters.parse({}));
    expect(all).toMatchObject({ total: 3, pages: 1 });
    expect(all.rows.map((m) => m.id)).toEqual([feed.id, coal.id, cloth.id]);
    await setMustMeet(event, { meetingId: cloth.id, mustMeet: true }, organizer);
    expect((await listMeetings(event.id, meetingFilters.parse({}))).rows.map((m) => m.id)).toEqual([cloth.id, feed.id, coal.id]);

    await cancelMeeting(event, { meetingId: coal.id, reason: "Batal" }, organizer);
    const cancelled = await listMeetings(event.id, meetingFilters.parse({ status: "CANCELLED" }));
    expect([cancelled.total, cancelled.rows.map((m) => [m.id, m.cancelReason])]).toEqual([1, [[coal.id, "Batal"]]]);
    expect((await listMeetings(event.id, meetingFilters.parse({ status: "ACCEPTED" }))).total).toBe(2);
    expect(await listMeetings(event.id, meetingFilters.parse({ page: "2" }))).toMatchObject({ total: 3, rows: [], pages: 1 });
    // A filter from the address bar that means nothing is no filter, not an error.
    expect(meetingFilters.parse({ status: "SIGNED", page: "x" })).toEqual({ status: undefined, page: 1 });
    expect(meetingFilters.parse({ page: "0" })).toEqual({ status: undefined, page: 1 });
  });

  it("page by fifty, in the same order across the pages", async () => {
    const { event } = await matchingMission();
    const db = await getDb();
    const visiting = await Promise.all(Array.from({ length: 8 }, (_, i) => businessWithLines(event.id, "VISITING", `Jatim ${i}`, [])));
    const hosts = await Promise.all(Array.from({ length: 7 }, (_, i) => businessWithLines(event.id, "HOST", `Kaltim ${i}`, [])));
    const pairs = visiting.flatMap((v) => hosts.map((h) => [v, h] as const)).slice(0, MEETINGS_PAGE + 1);
    await db.meeting.createMany({
      data: pairs.map(([v, h], i) => ({
        eventId: event.id,
        visitingBusinessId: v.id,
        hostBusinessId: h.id,
        category: "SELL" as const,
        commodity: "Kopi",
        sector: "Kuliner",
        potential: BigInt(1_000 + i),
        status: "ACCEPTED" as const,
      })),
    });
    const first = await listMeetings(event.id, meetingFilters.parse({ page: "1" }));
    const second = await listMeetings(event.id, meetingFilters.parse({ page: "2" }));
    expect([first.total, first.pages, first.rows.length, second.rows.length]).toEqual([MEETINGS_PAGE + 1, 2, MEETINGS_PAGE, 1]);
    expect([...first.rows, ...second.rows].map((m) => m.potential)).toEqual(pairs.map((_, i) => BigInt(1_000 + MEETINGS_PAGE - i)));
  });

  it("find one meeting, a business's meetings in round order and what is placed, only in their own mission", async () => {
    const { event, feedMaker, feed, coal, cloth, batik } = await scheduledMission({ publish: false });
    const other = await scheduledMission({ publish: true });

    expect(await meetingDetail(event.id, feed.id)).toMatchObject({
      id: feed.id,
      status: "ACCEPTED",
      potential: 2_000_000_000n,
      visitingBusiness: { name: "PT Pakan Jaya", side: { shortName: "Jatim", role: "VISITING" } },
      hostBusiness: { name: "CV Tambak Mahakam", side: { role: "HOST" } },
      table: { number: 1, name: "Perikanan" },
      round: { number: 1, startsAt: at("09.00") },
    });
    expect(await meetingDetail(event.id, other.feed.id)).toBeNull();
    expect(await meetingDetail(other.event.id, feed.id)).toBeNull();

    expect((await meetingsOfBusiness(event.id, feedMaker.id)).map((m) => [m.id, m.round?.number])).toEqual([
      [feed.id, 1],
      [coal.id, 2],
    ]);
    expect(await meetingsOfBusiness(other.event.id, feedMaker.id)).toEqual([]);
    // Its agenda holds only the published schedule.
    expect(await meetingsOfBusiness(event.id, feedMaker.id, { publishedOnly: true })).toEqual([]);
    expect((await meetingsOfBusiness(other.event.id, other.feedMaker.id, { publishedOnly: true })).map((m) => m.id)).toEqual([other.feed.id, other.coal.id]);
    await cancelMeeting(other.event, { meetingId: other.coal.id, reason: "Batal" }, other.organizer);
    expect((await meetingsOfBusiness(other.event.id, other.feedMaker.id, { publishedOnly: true })).map((m) => m.id)).toEqual([other.feed.id]);

    expect((await placedMeetings(event.id)).map((m) => m.id)).toEqual([feed.id, cloth.id, coal.id]);
    expect((await placedMeetings(event.id, { roundNumber: 1 })).map((m) => m.id)).toEqual([feed.id, cloth.id]);
    expect((await placedMeetings(event.id, { tableNumber: 1 })).map((m) => m.id)).toEqual([feed.id, coal.id]);
    expect((await placedMeetings(event.id, { roundNumber: 2, tableNumber: 2 })).map((m) => m.id)).toEqual([]);
    expect(await placedMeetings(event.id, { publishedOnly: true })).toEqual([]);
    expect((await placedMeetings(other.event.id, { publishedOnly: true })).map((m) => m.id)).toEqual([other.feed.id, other.cloth.id]);
    expect(await unplacedMeetings(event.id)).toEqual([]);

    const agendasOf = async (filters: { side?: string; businessId?: string }) =>
      (await agendas(event.id, filters)).map((a) => [a.business.name, a.meetings.map((m) => m.id)]);
    expect(await agendasOf({ side: "JATIM" })).toEqual([
      ["CV Batik Sekar", [cloth.id]],
      ["PT Pakan Jaya", [feed.id, coal.id]],
    ]);
    expect(await agendasOf({ businessId: batik.id })).toEqual([["CV Batik Sekar", [cloth.id]]]);
    expect(await agendasOf({ businessId: other.batik.id })).toEqual([]);
    // Hosts after visitors; a business with nothing placed has no agenda.
    expect((await agendasOf({})).map(([name]) => name)).toEqual(["CV Batik Sekar", "PT Pakan Jaya", "Butik Samarinda", "CV Tambak Mahakam", "PT Tambang Etam"]);
  });

  it("list the accepted meetings still without a table, must-meet first, and the held ones with their deals", async () => {
    const { event, feedMaker, batik, fishFarm, mine, boutique } = await matchingMission();
    const organizer = await staffActor("ADMIN");
    await acceptPairs(event, { pairs: [pairKey(feedMaker, fishFarm), pairKey(feedMaker, mine), pairKey(batik, boutique)], mustMeet: false }, organizer);
    const db = await getDb();
    const [feed, coal, cloth] = await Promise.all(
      [fishFarm, mine, boutique].map((host) => db.meeting.findFirstOrThrow({ where: { eventId: event.id, hostBusinessId: host.id } })),
    );
    await setMustMeet(event, { meetingId: coal.id, mustMeet: true }, organizer);
    expect((await unplacedMeetings(event.id)).map((m) => m.id)).toEqual([coal.id, feed.id, cloth.id]);
    await cancelMeeting(event, { meetingId: feed.id, reason: "Batal" }, organizer);
    expect((await unplacedMeetings(event.id)).map((m) => m.id)).toEqual([coal.id, cloth.id]);

    await saveScheduleSetup(event, PRACTICE_SCHEDULE, organizer);
    await runSchedule(event, { movePublished: false, onlyCheckedIn: false }, organizer, BEFORE_THE_DAY);
    expect(await unplacedMeetings(event.id)).toEqual([]);
    expect(await heldMeetings(event.id, 1)).toEqual({ total: 0, rows: [], pages: 1 });
    const desk = await staffActor("DESK", event.id);
    await markAttendance(event, { meetingId: coal.id, attendance: "HELD" }, desk);
    await markAttendance(event, { meetingId: cloth.id, attendance: "NO_SHOW" }, desk);
    const held = await heldMeetings(event.id, 1);
    expect([held.total, held.pages, held.rows.map((m) => [m.id, m.status, m.commitments])]).toEqual([1, 1, [[coal.id, "HELD", []]]]);
  });
});

describe("the matching page's figures", () => {
  it("count lines by kind, businesses that listed any, meetings by status, placed and published; the potential next to the target", async () => {
    const { event, organizer, feedMaker, coal, cloth } = await scheduledMission({ publish: false });
    expect(await matchingCounts(event.id)).toEqual({
      lines: { OFFER: 3, NEED: 4, INVEST: 0 },
      businessesWithLines: 5,
      meetings: { REQUESTED: 0, ACCEPTED: 3, DECLINED: 0, HELD: 0, NO_SHOW: 0, CANCELLED: 0 },
      placed: 3,
      published: 0,
    });
    await publishSchedule(event, organizer);
    await cancelMeeting(event, { meetingId: coal.id, reason: "Batal" }, organizer);
    await markAttendance(event, { meetingId: cloth.id, attendance: "NO_SHOW" }, await staffActor("DESK", event.id));
    const batuBara = (await tradeLinesOf(event.id, feedMaker.id)).find((l) => l.commodity === "Batu bara")!;
    expect(await removeTradeLine(event, feedMaker.id, batuBara.id, { ...organizer, via: "staff" })).toMatchObject({ ok: true });
    expect(await matchingCounts(event.id)).toEqual({
      lines: { OFFER: 3, NEED: 3, INVEST: 0 },
      businessesWithLines: 5,
      meetings: { REQUESTED: 0, ACCEPTED: 1, DECLINED: 0, HELD: 0, NO_SHOW: 1, CANCELLED: 1 },
      placed: 2,
      published: 2,
    });
    // The accepted potential counts held and missed pairs, not cancelled ones; no target was set.
    expect(await potentialAndTarget(event.id)).toEqual({ pairs: 2, potential: 2_000_000_000n, target: null });
  });

  it("read a business's lines in the order they were listed, without removed ones, and the schedule's set-up in number order", async () => {
    const { event, organizer, feedMaker, mine } = await scheduledMission({ publish: false });
    expect((await tradeLinesOf(event.id, feedMaker.id)).map((l) => [l.kind, l.commodity, l.estimatedValue])).toEqual([
      ["OFFER", "Pakan ikan", 5_000_000_000n],
      ["NEED", "Batu bara", 1_000_000_000n],
    ]);
    const other = await matchingMission();
    expect(await tradeLinesOf(other.event.id, mine.id)).toEqual([]);
    const [first] = await tradeLinesOf(event.id, feedMaker.id);
    await removeTradeLine(event, feedMaker.id, first.id, { ...organizer, via: "staff" });
    expect((await tradeLinesOf(event.id, feedMaker.id)).map((l) => l.commodity)).toEqual(["Batu bara"]);

    const schedule = await scheduleSetup(event.id);
    expect(schedule.rounds.map((r) => [r.number, r.startsAt, r.endsAt])).toEqual([
      [1, at("09.00"), at("09.20")],
      [2, at("09.30"), at("09.50")],
      [3, at("10.00"), at("10.20")],
    ]);
    expect(schedule.tables.map((t) => [t.number, t.name])).toEqual([
      [1, "Perikanan"],
      [2, null],
    ]);
    const db = await getDb();
    expect(schedule.startsAt).toEqual((await db.event.findUniqueOrThrow({ where: { id: event.id } })).startsAt);
    expect((await scheduleSetup(other.event.id)).rounds).toEqual([]);
  });
});

describe("the schedule's preview", () => {
  it("shows what a run would write, with what it cannot place and why, and writes nothing", async () => {
    const { event, feedMaker, batik, fishFarm, mine, boutique } = await matchingMission();
    const organizer = await staffActor("ADMIN");
    await saveScheduleSetup(event, { ...PRACTICE_SCHEDULE, rounds: 1 }, organizer);
    await acceptPairs(event, { pairs: [pairKey(feedMaker, fishFarm), pairKey(feedMaker, mine), pairKey(batik, boutique)], mustMeet: false }, organizer);
    const db = await getDb();
    const [feed, coal, cloth] = await Promise.all(
      [fishFarm, mine, boutique].map((host) => db.meeting.findFirstOrThrow({ where: { eventId: event.id, hostBusinessId: host.id } })),
    );
    const before = await tableFingerprints();
    const preview = await previewSchedule(event.id);
    const onlyCheckedIn = await previewSchedule(event.id, { movePublished: false, onlyCheckedIn: true });
    expect(changedTables(before, await tableFingerprints())).toEqual([]);

    // One round: the feed maker can be at one table only; the coal meeting waits. The boutique has not come.
    const [round] = await db.meetingRound.findMany({ where: { eventId: event.id } });
    const tables = await db.meetingTable.findMany({ where: { eventId: event.id }, orderBy: { number: "asc" } });
    expect(preview.placements).toEqual(
      new Map([
        [feed.id, { roundId: round.id, tableId: tables[0].id }],
        [coal.id, null],
        [cloth.id, { roundId: round.id, tableId: tables[1].id }],
      ]),
    );
    expect(preview.unplaced.map((u) => u.meetingId)).toEqual([coal.id]);
    expect(onlyCheckedIn.unplaced).toContainEqual({ meetingId: cloth.id, reason: "NOT_CHECKED_IN" });

    // The run writes exactly what was previewed.
    const run = await runSchedule(event, { movePublished: false, onlyCheckedIn: false }, organizer);
    expect(run).toMatchObject({ ok: true, data: { placed: 2, moved: 0, unplaced: preview.unplaced } });
    const placed = await db.meeting.findMany({ where: { eventId: event.id }, select: { id: true, roundId: true, tableId: true } });
    for (const m of placed) {
      const place = preview.placements.get(m.id);
      expect([m.roundId, m.tableId]).toEqual(place ? [place.roundId, place.tableId] : [null, null]);
    }
  });
});

describe("reads in their stated order", () => {
  it("come back by round, table and time when written the other way round, beside another mission's published schedule", async () => {
    const { event, feedMaker, batik, fishFarm, mine, boutique } = await matchingMission();
    // Another mission's schedule, published, in the same rounds of the same day: none of it may show here.
    const other = await scheduledMission({ publish: true });
    const db = await getDb();
    // Tables and rounds written last number first, so that the insertion order is the wrong order.
    const table2 = await db.meetingTable.create({ data: { eventId: event.id, number: 2, name: "Dua" } });
    const table1 = await db.meetingTable.create({ data: { eventId: event.id, number: 1, name: "Satu" } });
    const round2 = await db.meetingRound.create({ data: { eventId: event.id, number: 2, startsAt: at("09.30"), endsAt: at("09.50") } });
    const round1 = await db.meetingRound.create({ data: { eventId: event.id, number: 1, startsAt: at("09.00"), endsAt: at("09.20") } });
    const published = new Date();
    const meeting = (
      visiting: { id: string },
      host: { id: string },
      createdAt: string,
      place: { round: { id: string }; table: { id: string } } | null,
      status: "ACCEPTED" | "HELD" | "CANCELLED" = "ACCEPTED",
    ) =>
      db.meeting.create({
        data: {
          eventId: event.id,
          visitingBusinessId: visiting.id,
          hostBusinessId: host.id,
          category: "SELL",
          commodity: "Kopi",
          sector: "Kuliner",
          potential: 1_000_000n,
          status,
          roundId: place?.round.id ?? null,
          tableId: place?.table.id ?? null,
          publishedAt: place ? published : null,
          createdAt: at(createdAt),
        },
      });
    // Written latest round first, and each later row with an earlier time.
    const late = await meeting(feedMaker, fishFarm, "08.05", { round: round2, table: table1 });
    const secondTable = await meeting(feedMaker, mine, "08.04", { round: round1, table: table2 });
    const firstTable = await meeting(batik, boutique, "08.03", { round: round1, table: table1 });
    const unplacedLater = await meeting(batik, fishFarm, "08.02", null);
    const unplacedEarlier = await meeting(batik, mine, "08.01", null);
    // A cancelled meeting that still names a round and a table (cancelling clears both; a hand edit may not)
    // is on neither the hall screen nor the counts of what is placed.
    const [stray, strayHost] = await Promise.all([
      businessWithLines(event.id, "VISITING", "UD Batal", []),
      businessWithLines(event.id, "HOST", "CV Batal", []),
    ]);
    const table3 = await db.meetingTable.create({ data: { eventId: event.id, number: 3 } });
    await meeting(stray, strayHost, "08.00", { round: round1, table: table3 }, "CANCELLED");

    const setup = await scheduleSetup(event.id);
    expect([setup.rounds.map((r) => r.number), setup.tables.map((t) => t.number)]).toEqual([
      [1, 2],
      [1, 2, 3],
    ]);
    expect((await placedMeetings(event.id, { publishedOnly: true })).map((m) => m.id)).toEqual([firstTable.id, secondTable.id, expect.any(String), late.id]);
    expect((await meetingsOfBusiness(event.id, feedMaker.id)).map((m) => m.id)).toEqual([secondTable.id, late.id]);
    // Unplaced meetings come after the placed ones, the earlier written first.
    expect((await meetingsOfBusiness(event.id, batik.id)).map((m) => m.id)).toEqual([firstTable.id, unplacedEarlier.id, unplacedLater.id]);
    expect((await meetingsOfBusiness(event.id, batik.id, { publishedOnly: true })).map((m) => m.id)).toEqual([firstTable.id]);

    const screen = await hallScreen(event.slug, at("09.10"));
    expect(screen?.current?.meetings).toEqual([
      { table: { number: 1, name: "Satu" }, visiting: "CV Batik Sekar", host: "Butik Samarinda", status: "ACCEPTED" },
      { table: { number: 2, name: "Dua" }, visiting: "PT Pakan Jaya", host: "PT Tambang Etam", status: "ACCEPTED" },
    ]);
    expect(screen?.next?.meetings.map((m) => m.host)).toEqual(["CV Tambak Mahakam"]);
    expect((await hallScreen(other.event.slug, at("09.10")))?.current?.meetings.map((m) => m.host)).toEqual(["CV Tambak Mahakam", "Butik Samarinda"]);

    expect(await matchingCounts(event.id)).toMatchObject({
      meetings: { REQUESTED: 0, ACCEPTED: 5, DECLINED: 0, HELD: 0, NO_SHOW: 0, CANCELLED: 1 },
      placed: 3,
      published: 3,
    });
    expect((await listMeetings(event.id, meetingFilters.parse({}))).total).toBe(6);
    expect((await unplacedMeetings(event.id)).map((m) => m.id).sort()).toEqual([unplacedEarlier.id, unplacedLater.id].sort());

    await db.meeting.updateMany({ where: { id: { in: [late.id, secondTable.id, firstTable.id] } }, data: { status: "HELD", attendanceAt: new Date() } });
    const held = await heldMeetings(event.id, 1);
    expect([held.total, held.rows.map((m) => m.id)]).toEqual([3, [firstTable.id, secondTable.id, late.id]]);
    expect((await heldMeetings(other.event.id, 1)).total).toBe(0);
    expect((await agendas(event.id, { side: "JATIM" })).slice(0, 2).map((a) => [a.business.name, a.meetings.map((m) => m.id)])).toEqual([
      ["CV Batik Sekar", [firstTable.id]],
      ["PT Pakan Jaya", [secondTable.id, late.id]],
    ]);
  });

  it("read a business's lines by when they were listed, whatever order their ids have", async () => {
    const { event, feedMaker } = await matchingMission();
    const db = await getDb();
    const write = (commodity: string, createdAt: string) =>
      db.tradeLine.create({
        data: {
          eventId: event.id,
          businessId: feedMaker.id,
          kind: "OFFER",
          commodity,
          sector: "Kuliner",
          matchKey: commodity.toLowerCase(),
          createdAt: at(createdAt),
        },
      });
    await write("Kopi", "08.30");
    await write("Teh", "08.10");
    // The mission's own two lines were written today, days before the practice day's 08.10.
    expect((await tradeLinesOf(event.id, feedMaker.id)).map((l) => l.commodity)).toEqual(["Pakan ikan", "Batu bara", "Teh", "Kopi"]);
  });
});
