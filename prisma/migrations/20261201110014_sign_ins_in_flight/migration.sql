-- AlterTable
ALTER TABLE "LoginAttempt" ALTER COLUMN "succeeded" DROP NOT NULL;
