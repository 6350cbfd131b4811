-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('PLANNED', 'LIVE', 'CLOSED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "SideRole" AS ENUM ('VISITING', 'HOST');

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('PT', 'CV', 'UD', 'KOPERASI', 'PERORANGAN');

-- CreateEnum
CREATE TYPE "BusinessScale" AS ENUM ('MIKRO', 'KECIL', 'MENENGAH', 'BESAR');

-- CreateEnum
CREATE TYPE "RegistrationSource" AS ENUM ('PRE_REGISTERED', 'WALK_IN');

-- CreateEnum
CREATE TYPE "CommitmentCategory" AS ENUM ('SELL', 'BUY', 'INVEST');

-- CreateEnum
CREATE TYPE "Instrument" AS ENUM ('LOI', 'MOU', 'CONTRACT');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('DRAFT', 'SIGNED', 'VOID');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('ACTIVE', 'VOID');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'DESK');

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "targetAmount" BIGINT,
    "valueCeiling" BIGINT,
    "status" "EventStatus" NOT NULL DEFAULT 'PLANNED',
    "sectors" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventSide" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "role" "SideRole" NOT NULL,
    "code" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "quota" INTEGER NOT NULL,
    "regencies" TEXT[],

    CONSTRAINT "EventSide_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Business" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "sideId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalForm" "LegalForm",
    "representative" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "scale" "BusinessScale",
    "regency" TEXT NOT NULL,
    "nib" CHAR(13),
    "phone" TEXT,
    "email" TEXT,
    "products" TEXT,
    "source" "RegistrationSource" NOT NULL,
    "badgeCode" TEXT NOT NULL,
    "checkedInAt" TIMESTAMPTZ(3),
    "checkedInById" TEXT,
    "checkedInDesk" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Business_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "visitingBusinessId" TEXT NOT NULL,
    "hostBusinessId" TEXT NOT NULL,
    "category" "CommitmentCategory" NOT NULL,
    "commodity" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "quantity" DECIMAL(18,3),
    "unit" TEXT,
    "value" BIGINT NOT NULL,
    "instrument" "Instrument" NOT NULL,
    "status" "CommitmentStatus" NOT NULL DEFAULT 'DRAFT',
    "visitingSignerName" TEXT,
    "visitingSignature" TEXT,
    "hostSignerName" TEXT,
    "hostSignature" TEXT,
    "signedAt" TIMESTAMPTZ(3),
    "voidedAt" TIMESTAMPTZ(3),
    "voidReason" TEXT,
    "voidedById" TEXT,
    "replacesId" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Realisation" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "realisedOn" DATE NOT NULL,
    "amount" BIGINT NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Realisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opd" (
    "id" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,

    CONSTRAINT "Opd_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "visitingOpdId" TEXT NOT NULL,
    "hostOpdId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "scope" TEXT,
    "documentNumber" TEXT,
    "visitingSignatory" TEXT NOT NULL,
    "hostSignatory" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "documentKey" TEXT,
    "status" "AgreementStatus" NOT NULL DEFAULT 'ACTIVE',
    "voidedAt" TIMESTAMPTZ(3),
    "voidReason" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficialFigure" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "frozenAt" TIMESTAMPTZ(3) NOT NULL,
    "total" BIGINT NOT NULL,
    "sell" BIGINT NOT NULL,
    "buy" BIGINT NOT NULL,
    "invest" BIGINT NOT NULL,
    "commitments" INTEGER NOT NULL,
    "agreements" INTEGER NOT NULL,
    "frozenById" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficialFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventAssignment" (
    "userId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,

    CONSTRAINT "EventAssignment_pkey" PRIMARY KEY ("userId","eventId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "eventId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "EventSide_eventId_role_key" ON "EventSide"("eventId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "EventSide_eventId_code_key" ON "EventSide"("eventId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Business_badgeCode_key" ON "Business"("badgeCode");

-- CreateIndex
CREATE INDEX "Business_eventId_sideId_idx" ON "Business"("eventId", "sideId");

-- CreateIndex
CREATE INDEX "Business_eventId_phone_idx" ON "Business"("eventId", "phone");

-- CreateIndex
CREATE UNIQUE INDEX "Business_eventId_nib_key" ON "Business"("eventId", "nib");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_replacesId_key" ON "Commitment"("replacesId");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_idempotencyKey_key" ON "Commitment"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_verificationCode_key" ON "Commitment"("verificationCode");

-- CreateIndex
CREATE INDEX "Commitment_eventId_status_category_idx" ON "Commitment"("eventId", "status", "category");

-- CreateIndex
CREATE INDEX "Commitment_visitingBusinessId_idx" ON "Commitment"("visitingBusinessId");

-- CreateIndex
CREATE INDEX "Commitment_hostBusinessId_idx" ON "Commitment"("hostBusinessId");

-- CreateIndex
CREATE INDEX "Realisation_commitmentId_idx" ON "Realisation"("commitmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Opd_province_name_key" ON "Opd"("province", "name");

-- CreateIndex
CREATE INDEX "Agreement_eventId_status_idx" ON "Agreement"("eventId", "status");

-- CreateIndex
CREATE INDEX "OfficialFigure_eventId_frozenAt_idx" ON "OfficialFigure"("eventId", "frozenAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_eventId_createdAt_idx" ON "AuditEvent"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_idx" ON "AuditEvent"("targetType", "targetId");

-- AddForeignKey
ALTER TABLE "EventSide" ADD CONSTRAINT "EventSide_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Business" ADD CONSTRAINT "Business_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Business" ADD CONSTRAINT "Business_sideId_fkey" FOREIGN KEY ("sideId") REFERENCES "EventSide"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Business" ADD CONSTRAINT "Business_checkedInById_fkey" FOREIGN KEY ("checkedInById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_visitingBusinessId_fkey" FOREIGN KEY ("visitingBusinessId") REFERENCES "Business"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_hostBusinessId_fkey" FOREIGN KEY ("hostBusinessId") REFERENCES "Business"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Commitment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_voidedById_fkey" FOREIGN KEY ("voidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Realisation" ADD CONSTRAINT "Realisation_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Realisation" ADD CONSTRAINT "Realisation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_visitingOpdId_fkey" FOREIGN KEY ("visitingOpdId") REFERENCES "Opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_hostOpdId_fkey" FOREIGN KEY ("hostOpdId") REFERENCES "Opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialFigure" ADD CONSTRAINT "OfficialFigure_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialFigure" ADD CONSTRAINT "OfficialFigure_frozenById_fkey" FOREIGN KEY ("frozenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAssignment" ADD CONSTRAINT "EventAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAssignment" ADD CONSTRAINT "EventAssignment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules the database itself enforces, whatever code writes to it.
-- Money is positive integer rupiah.
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_value_positive" CHECK ("value" > 0);
ALTER TABLE "Realisation" ADD CONSTRAINT "Realisation_amount_nonnegative" CHECK ("amount" >= 0);
ALTER TABLE "Event" ADD CONSTRAINT "Event_targetAmount_positive" CHECK ("targetAmount" IS NULL OR "targetAmount" > 0);
ALTER TABLE "Event" ADD CONSTRAINT "Event_valueCeiling_positive" CHECK ("valueCeiling" IS NULL OR "valueCeiling" > 0);
ALTER TABLE "Event" ADD CONSTRAINT "Event_dates_ordered" CHECK ("endsAt" >= "startsAt");
ALTER TABLE "EventSide" ADD CONSTRAINT "EventSide_quota_nonnegative" CHECK ("quota" >= 0);
-- NIB (Nomor Induk Berusaha) is exactly 13 digits.
ALTER TABLE "Business" ADD CONSTRAINT "Business_nib_format" CHECK ("nib" IS NULL OR "nib" ~ '^[0-9]{13}$');
-- A signed commitment has its time; a void one has its reason.
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_signed_has_time" CHECK ("status" = 'DRAFT' OR "signedAt" IS NOT NULL);
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_void_has_reason" CHECK ("status" <> 'VOID' OR ("voidReason" IS NOT NULL AND "voidedAt" IS NOT NULL));
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_void_has_reason" CHECK ("status" <> 'VOID' OR ("voidReason" IS NOT NULL AND "voidedAt" IS NOT NULL));

-- Nothing a published figure depends on is ever deleted (void it with a reason instead),
-- and the audit trail is append-only.
CREATE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on "%" is not allowed: %', TG_OP, TG_TABLE_NAME, TG_ARGV[0];
END;
$$;
CREATE TRIGGER "Commitment_no_delete" BEFORE DELETE ON "Commitment" FOR EACH ROW EXECUTE FUNCTION "refuse_change"('void the commitment with a reason instead');
CREATE TRIGGER "Agreement_no_delete" BEFORE DELETE ON "Agreement" FOR EACH ROW EXECUTE FUNCTION "refuse_change"('void the agreement with a reason instead');
CREATE TRIGGER "OfficialFigure_immutable" BEFORE UPDATE OR DELETE ON "OfficialFigure" FOR EACH ROW EXECUTE FUNCTION "refuse_change"('an official figure is superseded by a new freeze, never changed');
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "refuse_change"('the audit trail is append-only');
