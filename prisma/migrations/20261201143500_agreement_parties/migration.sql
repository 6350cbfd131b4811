-- A cooperation agreement's parties are agencies (OPD), regional companies (BUMD), associations or
-- another kind: the OPD register becomes the register of agreement parties, each with its kind.
CREATE TYPE "PartyKind" AS ENUM ('PERANGKAT_DAERAH', 'BUMD', 'ASOSIASI', 'LAINNYA');

ALTER TABLE "Opd" RENAME TO "AgreementParty";
ALTER TABLE "AgreementParty" RENAME CONSTRAINT "Opd_pkey" TO "AgreementParty_pkey";
ALTER INDEX "Opd_province_name_key" RENAME TO "AgreementParty_province_name_key";
ALTER TABLE "AgreementParty" ADD COLUMN "kind" "PartyKind" NOT NULL DEFAULT 'PERANGKAT_DAERAH',
ADD COLUMN "kindName" TEXT;
-- Another kind is named; the named kinds need no name.
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_kindName_check"
  CHECK (("kind" = 'LAINNYA') = ("kindName" IS NOT NULL AND length(trim("kindName")) > 0));

ALTER TABLE "Agreement" RENAME COLUMN "visitingOpdId" TO "visitingPartyId";
ALTER TABLE "Agreement" RENAME COLUMN "hostOpdId" TO "hostPartyId";
ALTER TABLE "Agreement" RENAME CONSTRAINT "Agreement_visitingOpdId_fkey" TO "Agreement_visitingPartyId_fkey";
ALTER TABLE "Agreement" RENAME CONSTRAINT "Agreement_hostOpdId_fkey" TO "Agreement_hostPartyId_fkey";
