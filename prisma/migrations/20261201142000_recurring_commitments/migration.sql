-- A deal announced per period ("Rp124 miliar per tahun"): its value is one period's.
CREATE TYPE "Recurrence" AS ENUM ('ONE_OFF', 'MONTHLY', 'YEARLY');

ALTER TABLE "Commitment" ADD COLUMN "recurrence" "Recurrence" NOT NULL DEFAULT 'ONE_OFF',
ADD COLUMN "recurrenceYears" INTEGER;

-- A number of years only for a recurring deal, and a plausible one.
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_recurrenceYears_check"
  CHECK ("recurrenceYears" IS NULL OR ("recurrence" <> 'ONE_OFF' AND "recurrenceYears" BETWEEN 1 AND 50));

-- The totals' count of recurring deals reads only those rows, not the whole ledger.
CREATE INDEX "Commitment_recurring_idx" ON "Commitment" ("eventId") WHERE "status" = 'SIGNED' AND "recurrence" <> 'ONE_OFF';
