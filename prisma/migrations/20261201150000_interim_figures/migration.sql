-- Interim figures announced during the day ("hingga pukul 12.00 WITA"): the ledger as of a moment.
CREATE TABLE "InterimFigure" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "total" BIGINT NOT NULL,
    "sell" BIGINT NOT NULL,
    "buy" BIGINT NOT NULL,
    "invest" BIGINT NOT NULL,
    "commitments" INTEGER NOT NULL,
    "note" TEXT,
    "publishedById" TEXT,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterimFigure_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "InterimFigure_parts_check" CHECK ("total" = "sell" + "buy" + "invest")
);

CREATE INDEX "InterimFigure_eventId_asOf_idx" ON "InterimFigure"("eventId", "asOf");

ALTER TABLE "InterimFigure" ADD CONSTRAINT "InterimFigure_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "InterimFigure" ADD CONSTRAINT "InterimFigure_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Once announced, it is on record: a later one supersedes it, nothing changes it.
CREATE TRIGGER "InterimFigure_immutable" BEFORE UPDATE OR DELETE ON "InterimFigure" FOR EACH ROW EXECUTE FUNCTION "refuse_change"('an interim figure is superseded by a later one, never changed');
-- The board and the public page show it as soon as it is announced.
CREATE TRIGGER "InterimFigure_notify_totals" AFTER INSERT ON "InterimFigure" FOR EACH ROW EXECUTE FUNCTION "notify_totals_changed"();
