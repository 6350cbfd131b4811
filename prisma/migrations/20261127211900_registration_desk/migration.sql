-- Trigram search: finds "Batik Sekar Arum" from "batk sekar" (typos) and ignores PT/CV prefixes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "searchKey" TEXT NOT NULL DEFAULT '';

-- Existing rows get the key lib/businesses/search-key.ts would give them (the app keeps it from now on).
UPDATE "Business" SET "searchKey" = btrim(regexp_replace(lower(
  regexp_replace("name", '^\s*(PT|CV|UD|PD|Koperasi|Kop)\.?\s+', '', 'i') || ' ' || "representative"
), '[^[:alnum:]]+', ' ', 'g'));

-- CreateTable
CREATE TABLE "ImportMapping" (
    "eventId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ImportMapping_pkey" PRIMARY KEY ("eventId","signature")
);

-- CreateIndex
CREATE INDEX "Business_searchKey_idx" ON "Business" USING GIN ("searchKey" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ImportMapping" ADD CONSTRAINT "ImportMapping_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
