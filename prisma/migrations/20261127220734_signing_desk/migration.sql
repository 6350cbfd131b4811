-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "voidedById" TEXT;

-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "accessSecret" TEXT NOT NULL DEFAULT replace((gen_random_uuid())::text, '-'::text, ''::text);

-- CreateTable
CREATE TABLE "AgreementDocument" (
    "key" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementDocument_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_documentKey_key" ON "Agreement"("documentKey");

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_voidedById_fkey" FOREIGN KEY ("voidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_documentKey_fkey" FOREIGN KEY ("documentKey") REFERENCES "AgreementDocument"("key") ON DELETE SET NULL ON UPDATE CASCADE;
