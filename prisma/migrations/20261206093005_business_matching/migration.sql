-- Business matching (temu bisnis): what businesses offer and need, the pairs that meet at tables in
-- rounds, and the commitments that come of those meetings.

-- CreateEnum
CREATE TYPE "TradeLineKind" AS ENUM ('OFFER', 'NEED', 'INVEST');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('REQUESTED', 'ACCEPTED', 'DECLINED', 'HELD', 'NO_SHOW', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MeetingOutcome" AS ENUM ('NO_FURTHER_CONTACT', 'IN_NEGOTIATION', 'AGREEMENT_REACHED');

-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "unavailableRounds" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "meetingId" TEXT;

-- CreateTable
CREATE TABLE "TradeLine" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "kind" "TradeLineKind" NOT NULL,
    "commodity" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "quantity" DECIMAL(18,3),
    "unit" TEXT,
    "estimatedValue" BIGINT,
    "matchKey" TEXT NOT NULL,
    "removedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TradeLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "visitingBusinessId" TEXT NOT NULL,
    "hostBusinessId" TEXT NOT NULL,
    "category" "CommitmentCategory" NOT NULL,
    "visitingLineId" TEXT,
    "hostLineId" TEXT,
    "commodity" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "potential" BIGINT,
    "mustMeet" BOOLEAN NOT NULL DEFAULT false,
    "status" "MeetingStatus" NOT NULL,
    "requestedBy" "SideRole",
    "tableId" TEXT,
    "roundId" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "attendanceAt" TIMESTAMPTZ(3),
    "attendanceById" TEXT,
    "outcome" "MeetingOutcome",
    "outcomeNote" TEXT,
    "outcomeAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingTable" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT,

    CONSTRAINT "MeetingTable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingRound" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingRound_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TradeLine_eventId_kind_idx" ON "TradeLine"("eventId", "kind");

-- CreateIndex
CREATE INDEX "TradeLine_businessId_idx" ON "TradeLine"("businessId");

-- CreateIndex
CREATE INDEX "TradeLine_matchKey_idx" ON "TradeLine" USING GIN ("matchKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Meeting_eventId_status_idx" ON "Meeting"("eventId", "status");

-- CreateIndex
CREATE INDEX "Meeting_hostBusinessId_idx" ON "Meeting"("hostBusinessId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_eventId_visitingBusinessId_hostBusinessId_key" ON "Meeting"("eventId", "visitingBusinessId", "hostBusinessId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_roundId_tableId_key" ON "Meeting"("roundId", "tableId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_roundId_visitingBusinessId_key" ON "Meeting"("roundId", "visitingBusinessId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_roundId_hostBusinessId_key" ON "Meeting"("roundId", "hostBusinessId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingTable_eventId_number_key" ON "MeetingTable"("eventId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRound_eventId_number_key" ON "MeetingRound"("eventId", "number");

-- CreateIndex
CREATE INDEX "Commitment_meetingId_idx" ON "Commitment"("meetingId");

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeLine" ADD CONSTRAINT "TradeLine_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TradeLine" ADD CONSTRAINT "TradeLine_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_visitingBusinessId_fkey" FOREIGN KEY ("visitingBusinessId") REFERENCES "Business"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_hostBusinessId_fkey" FOREIGN KEY ("hostBusinessId") REFERENCES "Business"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_visitingLineId_fkey" FOREIGN KEY ("visitingLineId") REFERENCES "TradeLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_hostLineId_fkey" FOREIGN KEY ("hostLineId") REFERENCES "TradeLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "MeetingTable"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "MeetingRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_attendanceById_fkey" FOREIGN KEY ("attendanceById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingTable" ADD CONSTRAINT "MeetingTable_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRound" ADD CONSTRAINT "MeetingRound_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A placement is a table and a round together; a meeting marked held or no-show was placed and marked.
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_placement_check" CHECK (("roundId" IS NULL) = ("tableId" IS NULL));
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_attendance_check"
  CHECK ("status" NOT IN ('HELD', 'NO_SHOW') OR ("roundId" IS NOT NULL AND "attendanceAt" IS NOT NULL));
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_potential_check" CHECK ("potential" IS NULL OR "potential" >= 0);
ALTER TABLE "TradeLine" ADD CONSTRAINT "TradeLine_estimatedValue_check" CHECK ("estimatedValue" IS NULL OR "estimatedValue" > 0);
ALTER TABLE "MeetingRound" ADD CONSTRAINT "MeetingRound_times_check" CHECK ("endsAt" > "startsAt" AND "number" > 0);
ALTER TABLE "MeetingTable" ADD CONSTRAINT "MeetingTable_number_check" CHECK ("number" > 0);

-- The funnel and the commitments it led to are published figures: a meeting is cancelled, a line removed, never deleted.
CREATE TRIGGER "Meeting_no_delete" BEFORE DELETE ON "Meeting" FOR EACH ROW EXECUTE FUNCTION "refuse_change"('cancel the meeting with a reason instead');
CREATE TRIGGER "TradeLine_no_delete" BEFORE DELETE ON "TradeLine" FOR EACH ROW EXECUTE FUNCTION "refuse_change"('mark the line removed instead');

-- The public totals count meetings scheduled, held and missed: the board hears of every change.
CREATE TRIGGER "Meeting_notify_totals" AFTER INSERT OR UPDATE ON "Meeting" FOR EACH ROW EXECUTE FUNCTION "notify_totals_changed"();
