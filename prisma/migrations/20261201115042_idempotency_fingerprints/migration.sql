-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "requestFingerprint" TEXT;
